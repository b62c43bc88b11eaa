import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';
import { CONFORMANCE_DIR } from '@gea-arch/fixtures';

const CONFORMANCE = CONFORMANCE_DIR;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const CLEAN = 'agency a "А" { kind agency }\n';

describe('gea check', () => {
  it('exits 0 and prints a summary for a model with no findings', async () => {
    const result = await gea(['check', join(CONFORMANCE, '01-minimal.gea')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (3 elements)\n');
  });

  it('prints file:line:col severity rule message and exits 1 on errors', async () => {
    const result = await gea(['check', '07-broken-input.gea'], CONFORMANCE);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '07-broken-input.gea:9:1 error duplicate-name `civil_registry` is declared more than once (also at line 21); rename one — references go to the first',
    );
    expect(lines[1]).toBe('07-broken-input.gea:10:9 error unresolved-reference no agency named `gars` is declared; did you mean `gasr`?');
    expect(lines.at(-1)).toMatch(/^✖ 4 errors, 0 warnings, 0 infos, 0 waived in 1 file \(5 elements\)$/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('lists the plateaus of a finding only when the model declares plateaus', async () => {
    const withoutPlateaus = await gea(['check', join(CONFORMANCE, '03-exchange-violations.gea')]);
    expect(withoutPlateaus.stdout).toContain('error cross-agency-via-platform');
    expect(withoutPlateaus.stdout).not.toContain('[now]');
    const withPlateaus = await gea(['check', join(CONFORMANCE, '05-plateaus.gea')]);
    expect(withPlateaus.stdout).toMatch(/waived cross-agency-via-platform .* \[current\] \(waiver direct_db_until_khur\)$/m);
    expect(withPlateaus.stdout).toMatch(/error single-master .* \[target\]$/m);
  });

  it('lists every plateau for a finding that holds at each: a syntax error, an unresolved name', async () => {
    const root = workspace({
      'm.gea':
        'plateau p1 "П1" { date 2026-01-01 }\nplateau p2 "П2" { date 2028-01-01 }\nagency a "А" { kind agency }\nsystem s "С" { owner b }\n',
    });
    const json = JSON.parse((await gea(['check', root, '--format', 'json'])).stdout);
    expect(json.findings.map((finding: { rule: string; plateaus: string[] }) => `${finding.rule} ${finding.plateaus}`)).toEqual([
      'unresolved-reference p1,p2',
    ]);
    const sarif = JSON.parse((await gea(['check', root, '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].results[0].properties.plateaus).toEqual(['p1', 'p2']);
  });

  it('writes the JSON shape of OUTPUTS.md', async () => {
    const result = await gea(['check', join(CONFORMANCE, '07-broken-input.gea'), '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(json.summary).toEqual({ error: 4, warning: 0, info: 0, waived: 0, files: 1, elements: 5 });
    expect(json.findings[1]).toEqual({
      rule: 'unresolved-reference',
      severity: 'error',
      message: 'no agency named `gars` is declared; did you mean `gasr`?',
      file: '07-broken-input.gea',
      line: 10,
      column: 9,
      endLine: 10,
      endColumn: 13,
      element: 'civil_registry',
      // A finding of no plateau in particular holds at every one: here the implicit `now`.
      plateaus: ['now'],
      waived: false,
      waiver: null,
    });
  });

  it('colours a terminal unless NO_COLOR is set and not empty (no-color.org)', async () => {
    const { run } = await import('../src/main.js');
    let stdout = '';
    const io = {
      stdout: (t: string) => void (stdout += t),
      stderr: () => undefined,
      stdoutIsTty: true,
      stderrIsTty: false,
      env: { GEA_LOCALE: 'en' },
      cwd: process.cwd(),
    };
    await run(['check', join(CONFORMANCE, '07-broken-input.gea')], io);
    expect(stdout).toContain('\u001b[31merror\u001b[0m');
    stdout = '';
    await run(['check', join(CONFORMANCE, '07-broken-input.gea')], { ...io, env: { GEA_LOCALE: 'en', NO_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
    stdout = '';
    await run(['check', join(CONFORMANCE, '07-broken-input.gea')], { ...io, env: { GEA_LOCALE: 'en', NO_COLOR: '' } });
    expect(stdout).toContain('\u001b[31merror\u001b[0m');
  });

  it('writes --output whole, and nothing to standard output', async () => {
    const root = workspace({ 'm.gea': CLEAN });
    const result = await gea(['check', '.', '--format', 'json', '--output', 'reports/findings.json'], root);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(root, 'reports/findings.json'), 'utf8')).summary.files).toBe(1);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 within the limit', async () => {
    const entry = join(CONFORMANCE, '08-rules-misc.gea');
    const json = JSON.parse((await gea(['check', entry, '--format', 'json', '--plateau', 'now'])).stdout);
    expect(json.summary.warning).toBeGreaterThan(0);
    const warningsOnly = workspace({
      'm.gea':
        'agency a "А" { kind agency }\ndata d "Д" { owner a }\nsystem s "С" { owner a masters d }\nsystem t "Т" { owner a masters e }\ndata e "Е" { owner a }\ndata f "Ф" { owner a field k string key field x string }\nagency b "Б" { kind agency }\ndata g "Г" { owner b field k string key field x string }\nsystem u "У" { owner a masters f }\nsystem v "В" { owner b masters g }\n',
    });
    const plain = await gea(['check', warningsOnly]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('warning duplicate-data');
    const over = await gea(['check', warningsOnly, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    // Said, so the exit 1 of a run without errors is explained.
    expect(over.stderr).toBe('gea: 1 warning, more than --max-warnings 0 allows\n');
    expect((await gea(['check', warningsOnly, '--max-warnings', '0'], process.cwd(), { GEA_LOCALE: 'mn' })).stderr).toBe(
      'gea: 1 анхааруулга: --max-warnings 0-ийн зөвшөөрөхөөс олон\n',
    );
    expect(await gea(['check', warningsOnly, '--max-warnings', '1'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('evaluates one plateau with --plateau', async () => {
    const entry = join(CONFORMANCE, '05-plateaus.gea');
    const all = JSON.parse((await gea(['check', entry, '--format', 'json', '--date', '2026-06-01'])).stdout);
    const current = JSON.parse((await gea(['check', entry, '--format', 'json', '--date', '2026-06-01', '--plateau', 'current'])).stdout);
    expect(all.findings.some((f: { plateaus: string[] }) => f.plateaus.includes('target'))).toBe(true);
    expect(current.findings.every((f: { plateaus: string[] }) => f.plateaus.length === 0 || f.plateaus.join() === 'current')).toBe(true);
    expect(current.findings.map((f: { rule: string }) => f.rule)).toContain('cross-agency-via-platform');
    expect(current.findings.map((f: { rule: string }) => f.rule)).not.toContain('single-master');
    const unknown = await gea(['check', entry, '--plateau', 'targt']);
    expect(unknown).toMatchObject({ code: 2, stderr: 'gea: no plateau `targt`; did you mean `target`? (plateaus: current, target)\n' });
  });

  it('takes the evaluation date from --date, else gea.yaml, for certificate checks', async () => {
    const model =
      'agency a "А" { kind agency }\ntrust ca "CA" { kind ca operator a accredited levels qualified formats PAdES certificate "C" { valid-from 2020-01-01 valid-until 2027-01-01 } }\n' +
      'data doc "Баримт" { owner a kind document legally-binding }\nsystem s "С" { owner a masters doc signs doc { level qualified format PAdES with ca } }\n';
    const root = workspace({ 'gea.yaml': 'evaluation-date: 2030-01-01\n', 'm.gea': model });
    const fromConfig = await gea(['check', root]);
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout).toContain('error certificate-valid');
    expect((await gea(['check', root, '--date', '2026-06-01'])).code).toBe(0);
    const soon = await gea(['check', root, '--date', '2026-12-01']);
    expect(soon.code).toBe(0);
    expect(soon.stdout).toContain('warning certificate-valid');
  });

  it('checks and builds a retention that ends after the year 9999, and takes dates in the years 0000–0099', async () => {
    const model =
      'agency a "А" { kind agency }\ntrust ca "CA" { kind ca operator a accredited levels qualified formats PAdES certificate "C" { valid-from 2020-01-01 valid-until 2040-01-01 } }\n' +
      'data decree "Тогтоол" { owner a kind document legally-binding format pdf retention 100000000d }\n' +
      'system s "С" { owner a masters decree signs decree { level qualified format PAdES with ca } }\n';
    const root = workspace({ 'gea.yaml': 'evaluation-date: 0050-01-01\n', 'm.gea': model });
    const checked = await gea(['check', root, '--date', '2026-06-01']);
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    expect(checked.stdout).toContain(
      'warning long-term-validation data asset `decree` is kept for 100000000d (until after the year 9999), beyond',
    );
    expect(await gea(['build', root, '--date', '2026-06-01', '--only', 'reports'])).toMatchObject({ code: 0, stderr: '' });
    // The CA's certificate is not valid yet in the year 50, whether the date comes from gea.yaml or --date.
    for (const args of [[], ['--date', '0050-01-01']]) {
      const early = await gea(['check', root, ...args]);
      expect(early).toMatchObject({ code: 1, stderr: '' });
      expect(early.stdout).toContain('is not valid before 2020-01-01 (evaluation date 0050-01-01)');
    }
  });

  it('checks the current folder by default', async () => {
    const root = workspace({ 'm.gea': CLEAN });
    expect((await gea(['check'], root)).code).toBe(0);
  });

  it('exits 2 with a clear message on usage and I/O errors', async () => {
    const root = workspace({ 'gea.yaml': 'locale: mn\nrulez: {}\n', 'm.gea': CLEAN });
    const badConfig = await gea(['check', root]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toBe(
      `${relative(process.cwd(), join(root, 'gea.yaml')).split(sep).join('/')}:2:1: error: unknown setting \`rulez\`; did you mean \`rules\`? (known: name, locale, locales, sources, out, rules, evaluation-date)\n`,
    );
    expect(await gea(['check', 'nowhere'], root)).toMatchObject({ code: 2, stderr: 'gea: no such file or folder: nowhere\n' });
    expect((await gea(['check', '--format', 'xml'], root)).code).toBe(2);
    expect((await gea(['check', '--max-warnings', 'many'], root)).stderr).toContain('--max-warnings takes a whole number');
    expect((await gea(['check', '--date', 'tomorrow'], root)).code).toBe(2);
    expect((await gea(['frobnicate'], root)).code).toBe(2);
  });

  it('exits 0 for --help and --version', async () => {
    const help = await gea(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check');
    expect((await gea(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs as the `gea` bin of a built checkout', () => {
    const bin = resolve(import.meta.dirname, '../bin/gea.js');
    expect(existsSync(resolve(import.meta.dirname, '../dist/main.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const output = execFileSync(process.execPath, [bin, 'check', join(CONFORMANCE, '01-minimal.gea'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output).summary.error).toBe(0);
  });
});
