// The language gea speaks: `--locale`, else GEA_LOCALE, else gea.yaml `locale`, else Mongolian.
// Messages, the summary, help, errors, JSON and SARIF texts follow it; rule ids never change.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog, wordsFor } from '@gea-arch/core';
import { CONFORMANCE_DIR } from '@gea-arch/fixtures';
import { gea } from './run-gea.js';

/** No GEA_LOCALE: what a user who has not set one sees. */
const NO_ENV = { GEA_LOCALE: undefined };
const BROKEN = '07-broken-input.gea';
const MONGOLIAN = wordsFor('mn');

/** Mongolian prose: Cyrillic, and none of the common English words once code (`…`) is left out. */
function isMongolian(text: string): boolean {
  const prose = text.replace(/`[^`]*`/g, ' ');
  return /[\u0400-\u04FF]/.test(prose) && !/\b(the|and|is|are|of|to|with|which|that|has|at|no|not)\b/i.test(prose);
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-locale-'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const UNRESOLVED = 'system s "С" { owner nobody }\n';

describe('gea check --locale', () => {
  it('mn: syntax, link and rule findings and the summary are in Mongolian, the rule ids as they are', async () => {
    const broken = await gea(['check', BROKEN, '--locale', 'mn'], CONFORMANCE_DIR);
    expect(broken.code).toBe(1);
    const lines = broken.stdout.trim().split('\n');
    expect(lines.slice(0, 4).map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual([
      'алдаа duplicate-name',
      'алдаа unresolved-reference',
      'алдаа duplicate-name',
      'алдаа syntax',
    ]);
    expect(lines[1]).toBe(
      '07-broken-input.gea:10:9 алдаа unresolved-reference `gars` нэртэй байгууллага тодорхойлогдоогүй байна; `gasr` гэж бичих гэсэн үү?',
    );
    expect(lines[0]).toBe(
      '07-broken-input.gea:9:1 алдаа duplicate-name `civil_registry` нэг бус удаа тодорхойлогдсон (нөгөө нь: 21-р мөр); аль нэгийнх нь нэрийг өөрчилнө үү — лавлагаа эхнийхийг заана',
    );
    for (const line of lines.slice(0, 4)) expect(isMongolian(line.split(' ').slice(3).join(' ')), line).toBe(true);
    expect(lines.at(-1)).toBe('✖ 4 алдаа, 0 анхааруулга, 0 мэдээлэл, 0 чөлөөлөгдсөн — 1 файл (5 элемент)');

    const rules = await gea(['check', '05-plateaus.gea', '--locale', 'mn', '--date', '2026-06-01'], CONFORMANCE_DIR);
    const singleMaster = rules.stdout.split('\n').find((line) => line.includes(' single-master '));
    expect(singleMaster).toMatch(/^05-plateaus\.gea:17:1 алдаа single-master .+ \[target\]$/);
    expect(isMongolian(singleMaster!.replace(/^\S+ \S+ \S+ /, '').replace(/ \[target\]$/, ''))).toBe(true);
    expect(rules.stdout).toMatch(/ чөлөөлөгдсөн cross-agency-via-platform .* \(чөлөөлөлт direct_db_until_khur\)$/m);
  });

  it('en: the same findings in English, whatever GEA_LOCALE says', async () => {
    const broken = await gea(['check', BROKEN, '--locale', 'en'], CONFORMANCE_DIR, { GEA_LOCALE: 'mn' });
    expect(broken.stdout).not.toBe((await gea(['check', BROKEN, '--locale', 'mn'], CONFORMANCE_DIR)).stdout);
    const lines = broken.stdout.trim().split('\n');
    expect(lines[1]).toBe('07-broken-input.gea:10:9 error unresolved-reference no agency named `gars` is declared; did you mean `gasr`?');
    expect(lines[3]).toBe(
      '07-broken-input.gea:26:8 error syntax unknown agency kind `agancy`; did you mean `agency`? expected one of: ministry, agency, local, soe, private, international',
    );
    expect(lines.at(-1)).toBe('✖ 4 errors, 0 warnings, 0 infos, 0 waived in 1 file (5 elements)');
    const rules = await gea(['check', '05-plateaus.gea', '--locale', 'en', '--date', '2026-06-01'], CONFORMANCE_DIR, NO_ENV);
    expect(rules.stdout).toMatch(/^05-plateaus\.gea:17:1 error single-master data asset `citizen` has no master system; .+ \[target\]$/m);
  });

  it('speaks the locale of gea.yaml when neither --locale nor GEA_LOCALE is given', async () => {
    const mongolian = workspace({ 'gea.yaml': 'locale: mn\n', 'm.gea': UNRESOLVED });
    const result = await gea(['check'], mongolian, NO_ENV);
    expect(result.stdout).toBe(
      'm.gea:1:22 алдаа unresolved-reference `nobody` нэртэй байгууллага тодорхойлогдоогүй байна; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу\n\n' +
        '✖ 1 алдаа, 0 анхааруулга, 0 мэдээлэл, 0 чөлөөлөгдсөн — 1 файл (1 элемент)\n',
    );
    const english = workspace({ 'gea.yaml': 'locale: en\n', 'm.gea': UNRESOLVED });
    expect((await gea(['check'], english, NO_ENV)).stdout).toContain('error unresolved-reference no agency named `nobody` is declared');
  });

  it('takes --locale over GEA_LOCALE, and GEA_LOCALE over gea.yaml', async () => {
    const root = workspace({ 'gea.yaml': 'locale: mn\n', 'm.gea': UNRESOLVED });
    expect((await gea(['check'], root, { GEA_LOCALE: 'en' })).stdout).toContain('✖ 1 error, 0 warnings');
    expect((await gea(['check', '--locale', 'mn'], root, { GEA_LOCALE: 'en' })).stdout).toContain('✖ 1 алдаа, 0 анхааруулга');
    expect((await gea(['check', '--locale=en'], root, NO_ENV)).stdout).toContain('✖ 1 error, 0 warnings');
  });

  it('writes the JSON `message` in the chosen locale', async () => {
    const message = async (locale: string) =>
      JSON.parse((await gea(['check', BROKEN, '--format', 'json', '--locale', locale], CONFORMANCE_DIR)).stdout).findings[1];
    expect(await message('en')).toMatchObject({
      rule: 'unresolved-reference',
      message: 'no agency named `gars` is declared; did you mean `gasr`?',
    });
    expect(await message('mn')).toMatchObject({
      rule: 'unresolved-reference',
      message: '`gars` нэртэй байгууллага тодорхойлогдоогүй байна; `gasr` гэж бичих гэсэн үү?',
    });
  });

  it('writes SARIF results and rule descriptions in the chosen locale, with the rule ids unchanged', async () => {
    const sarif = async (locale: string) =>
      JSON.parse((await gea(['check', BROKEN, '--format', 'sarif', '--locale', locale], CONFORMANCE_DIR)).stdout).runs[0];
    const [english, mongolian] = [await sarif('en'), await sarif('mn')];
    expect(english.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(mongolian.results.map((r: { ruleId: string }) => r.ruleId));
    expect(english.results[1].message.text).toBe('no agency named `gars` is declared; did you mean `gasr`?');
    expect(mongolian.results[1].message.text).toBe('`gars` нэртэй байгууллага тодорхойлогдоогүй байна; `gasr` гэж бичих гэсэн үү?');
    expect(mongolian.originalUriBaseIds['%SRCROOT%'].description.text).toBe(MONGOLIAN.cli.sarif.repositoryRoot);
    for (const [run, locale] of [
      [english, 'en'],
      [mongolian, 'mn'],
    ] as const) {
      const catalog = ruleCatalog(wordsFor(locale));
      expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(catalog.map((rule) => rule.id));
      const singleMaster = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'single-master');
      const described = catalog.find((rule) => rule.id === 'single-master')!;
      expect(singleMaster).toMatchObject({ shortDescription: { text: described.summary }, help: { text: described.explanation } });
    }
  });
});

describe('gea rules and gea explain --locale', () => {
  it('explains single-master in Mongolian', async () => {
    const result = await gea(['explain', 'single-master', '--locale', 'mn']);
    const rule = MONGOLIAN.rules['single-master'];
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`single-master (анхдагч түвшин: алдаа)\n${rule.summary}\n\n${rule.explanation}\n`);
  });

  it('lists the rules with Mongolian headings and severities, and refuses a language gea does not speak', async () => {
    const result = await gea(['rules'], process.cwd(), NO_ENV);
    expect(result.stdout).toMatch(/^дүрэм +анхдагч +юуг шалгадаг\nsyntax +алдаа +\S/);
    expect((await gea(['rules', '--locale', 'en'], process.cwd(), NO_ENV)).stdout).toMatch(/^id +default +checks\nsyntax +error +\S/);
    expect(await gea(['rules', '--locale', 'fr'])).toMatchObject({
      code: 2,
      stderr: 'gea: --locale fr is not a language gea speaks; use one of mn, en\n',
    });
    expect((await gea(['explain', 'single-mastr'], process.cwd(), NO_ENV)).stderr).toBe(
      'gea: `single-mastr` гэсэн дүрэм байхгүй; `single-master` гэж бичих гэсэн үү? (дүрмүүдийг `gea rules` жагсаана)\n',
    );
  });
});

describe('help, usage errors and gea init in the chosen locale', () => {
  it('prints --help in Mongolian by default, in English on request', async () => {
    const mongolian = await gea(['--help'], process.cwd(), NO_ENV);
    expect(mongolian.stdout).toContain('Хэрэглээ: gea [options] [command]');
    expect(mongolian.stdout).toContain(`Командууд:\n  init [options] [dir]`);
    expect(mongolian.stdout).toContain(MONGOLIAN.cli.commands.check);
    const check = await gea(['check', '--help'], process.cwd(), NO_ENV);
    expect(check.stdout).toContain(`--locale <locale>      ${MONGOLIAN.cli.commands.localeOption.slice(0, 20)}`);
    expect(check.stdout.replace(/\s+/g, ' ')).toContain('(боломжит утгууд: "text", "json", "sarif")');
    expect((await gea(['check', '--help', '--locale', 'en'], process.cwd(), NO_ENV)).stdout).toMatch(
      /^Usage: gea check \[options\] \[workspace\.\.\.\]\n/,
    );
  });

  it('says in --help where labels take their language from, as each command does', async () => {
    const root = workspace({ 'm.gea': 'agency a "Агентлаг" { name en "Agency" kind agency }\nsystem s "Систем" { owner a }\n' });
    const oneLine = async (args: string[]) => (await gea([...args, '--help', '--locale', 'en'], root)).stdout.replace(/\s+/g, ' ');
    // GEA_LOCALE is English, no gea.yaml: a drawing's labels are Mongolian, a document's English.
    expect((await gea(['views'], root)).stdout).toMatch(/^landscape-now +landscape +1 +0 +Ландшафт/m);
    for (const command of ['diagram', 'views']) {
      expect(await oneLine([command]), command).toContain(
        '(default: labels in gea.yaml `locale`, else mn; messages in GEA_LOCALE, else gea.yaml `locale`, else mn)',
      );
    }
    expect(await oneLine(['build'])).toContain('language of out/ (default: gea.yaml `locale`, else mn; never GEA_LOCALE');
    expect(await oneLine(['spec'])).toContain('language of labels and messages (default: GEA_LOCALE, else gea.yaml `locale`, else mn)');
  });

  it("says commander's parse errors and gea's own usage errors in the asked locale", async () => {
    expect(await gea(['frobnicate'], process.cwd(), NO_ENV)).toMatchObject({
      code: 2,
      stderr: 'алдаа: `frobnicate` гэсэн команд байхгүй\n(хэрэглээг `gea --help` харуулна)\n',
    });
    expect((await gea(['chek'])).stderr).toBe("error: unknown command 'chek'\n(Did you mean check?)\n(run `gea --help` for usage)\n");
    expect((await gea(['check', '--format', 'xml'], process.cwd(), NO_ENV)).stderr).toContain(
      'алдаа: `-f, --format <format>` сонголтод `xml` утга тохирохгүй.',
    );
    expect((await gea(['check', '--max-warnings', 'many'], process.cwd(), NO_ENV)).stderr).toBe(
      'gea: `--max-warnings` бүхэл тоо авна, `many` биш\n',
    );
  });

  it('says the errors of every command in the locale asked for, gea build and gea diagram too', async () => {
    const root = workspace({ 'm.gea': UNRESOLVED });
    expect((await gea(['build', 'nowhere'], root)).stderr).toBe('gea: no such file or folder: nowhere\n');
    expect((await gea(['build', 'nowhere'], root, NO_ENV)).stderr).toBe('gea: ийм файл эсвэл хавтас байхгүй: nowhere\n');
    expect((await gea(['diagram', 'v', 'nowhere', '--locale', 'mn'], root)).stderr).toBe('gea: ийм файл эсвэл хавтас байхгүй: nowhere\n');
    const badConfig = workspace({ 'gea.yaml': 'rulez: {}\n', 'm.gea': UNRESOLVED });
    expect((await gea(['build'], badConfig, NO_ENV)).stderr).toBe(
      `gea.yaml:1:1: алдаа: \`rulez\` гэсэн тохиргоо байхгүй; \`rules\` гэж бичих гэсэн үү? (боломжит: name, locale, locales, sources, out, rules, evaluation-date)\n`,
    );
  });

  it('writes gea init output in Mongolian', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-mn-'));
    const result = await gea(['init', 'arch', '--locale', 'mn'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `бичсэн файлууд: ${join('arch', 'gea.yaml')}, ${join('arch', 'model.gea')}\nдараагийн алхам:\n  cd arch\n  npx gea check\n  npx gea build\n`,
    );
    expect((await gea(['init', 'arch'], root, NO_ENV)).stderr).toContain('аль хэдийн байна');
  });
});
