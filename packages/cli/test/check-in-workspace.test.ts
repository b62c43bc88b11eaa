import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

/** A workspace whose gea.yaml asks for English names and lists only model/; extra/x.gea lies outside `sources`. */
function workspace(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-scope-')), 'arch');
  const files: Record<string, string> = {
    'gea.yaml': 'locales: [mn, en]\nsources: ["model/**/*.gea"]\n',
    'model/agencies.gea': 'agency a "А" { name en "A" kind agency }\nagency b "Б" { kind agency }\n',
    'model/systems/s.gea': 'system s "С" { name en "S" owner a }\n',
    'model/broken.gea': 'system t "Т" { name en "T" owner nobody }\n',
    'extra/x.gea': 'system x "Х" { name en "X" owner a }\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const NAME_TRANSLATION = 'info name-translation agency `b` has no name in `en`; add `name en "…"` to it';
const UNRESOLVED = 'error unresolved-reference no agency named `nobody` is declared; declare it, or check the name and namespace';

describe('gea check FILE inside a workspace', () => {
  it('resolves references to the rest of the workspace and reports only the file', async () => {
    const root = workspace();
    const result = await gea(['check', 'model/systems/s.gea'], root);
    expect(result).toEqual({ code: 0, stdout: '✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (1 element)\n', stderr: '' });
  });

  it('names a problem in gea.yaml by its path from the current folder', async () => {
    const root = workspace();
    writeFileSync(join(root, 'gea.yaml'), 'sources: ["model/**/*.gea"]\nrules:\n  bogus-rule: error\n');
    const result = await gea(['check', 'arch'], dirname(root));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('arch/gea.yaml:3:3: error: unknown rule `bogus-rule` (`gea rules` lists them)\n');
  });

  it("applies the workspace's settings, found in a folder above the file", async () => {
    const root = workspace();
    const result = await gea(['check', 'agencies.gea'], join(root, 'model'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`agencies.gea:2:1 ${NAME_TRANSLATION}\n\n✔ 0 errors, 0 warnings, 1 info, 0 waived in 1 file (2 elements)\n`);
  });

  it('reports the findings of several files of one workspace, with workspace-relative paths in JSON', async () => {
    const root = workspace();
    const result = await gea(['check', 'model/broken.gea', 'model/agencies.gea', '--format', 'json'], root);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`)).toEqual([
      'model/agencies.gea name-translation',
      'model/broken.gea unresolved-reference',
    ]);
    expect(json.summary).toEqual({ error: 1, warning: 0, info: 1, waived: 0, files: 2, elements: 3 });
  });

  it('checks a file that `sources` does not list, with the workspace', async () => {
    const root = workspace();
    const result = await gea(['check', join(root, 'extra', 'x.gea')]);
    expect(result).toEqual({ code: 0, stdout: '✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (1 element)\n', stderr: '' });
  });

  it('takes a folder inside a workspace as that workspace, reporting the .gea files below the folder', async () => {
    const root = workspace();
    expect(await gea(['check', 'systems'], join(root, 'model'))).toEqual({
      code: 0,
      stdout: '✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (1 element)\n',
      stderr: '',
    });
    expect((await gea(['check'], join(root, 'extra'))).stdout).toBe('✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (1 element)\n');
    mkdirSync(join(root, 'notes'));
    expect(await gea(['check', 'notes'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gea: no .gea files in notes (the workspace is .)\n',
    });
  });

  it('refuses files of different workspaces', async () => {
    const root = workspace();
    const outside = join(dirname(root), 'loose.gea');
    writeFileSync(outside, 'agency l "Л" { kind agency }\n');
    const result = await gea(['check', 'arch/model/agencies.gea', 'loose.gea'], dirname(root));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gea: the files belong to different workspaces (gea.yaml: arch/gea.yaml, none); check one workspace at a time\n',
    });
  });

  it('builds the whole workspace of a file given to gea build', async () => {
    const root = workspace();
    const result = await gea(['build', 'model/systems/s.gea', '--only', 'reports'], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'out', 'reports', 'findings.json'), 'utf8'));
    expect(report.summary).toMatchObject({ error: 1, info: 1, files: 3 });
  });
});

describe('text output paths', () => {
  it('are relative to the current folder, so a terminal can open them', async () => {
    const root = workspace();
    const fromAbove = await gea(['check', 'arch'], dirname(root));
    expect(fromAbove.stdout).toContain(`\narch/model/broken.gea:1:34 ${UNRESOLVED}\n`);
    expect(fromAbove.stdout.startsWith(`arch/model/agencies.gea:2:1 ${NAME_TRANSLATION}\n`)).toBe(true);
    const inside = await gea(['check'], root);
    expect(inside.stdout.startsWith(`model/agencies.gea:2:1 ${NAME_TRANSLATION}\n`)).toBe(true);
    const below = await gea(['check', '..'], join(root, 'model', 'systems'));
    expect(below.stdout.startsWith(`../agencies.gea:2:1 ${NAME_TRANSLATION}\n`)).toBe(true);
    const json = JSON.parse((await gea(['check', '..', '--format', 'json'], join(root, 'model'))).stdout);
    expect(json.findings[0].file).toBe('model/agencies.gea');
    expect(basename(root)).toBe('arch');
  });
});

describe('--date and --locale', () => {
  it('exit 2 on a date that is not on the calendar, for check and build', async () => {
    const root = workspace();
    for (const command of ['check', 'build']) {
      expect(await gea([command, '--date', '2026-02-31'], root)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'gea: --date 2026-02-31 is not a calendar date; give a real day, written YYYY-MM-DD\n',
      });
    }
    expect((await gea(['check', '--date', '2028-02-29'], root)).code).toBe(1);
  });

  it('exit 2 on a locale the workspace does not list, for build and diagram, naming the allowed ones', async () => {
    const root = workspace();
    const stderr =
      "gea: --locale fr is neither one of the workspace's locales (mn, en) nor a language gea speaks (mn, en); use one of those, or add fr to `locales` in gea.yaml\n";
    expect(await gea(['build', '--locale', 'fr'], root)).toEqual({ code: 2, stdout: '', stderr });
    expect(await gea(['diagram', 'signatures', '--locale', 'fr'], root)).toEqual({ code: 2, stdout: '', stderr });
    // The diagram is drawn; the reference it could not resolve is named, and the exit code says so.
    expect(await gea(['diagram', 'signatures', '--locale', 'en', '-f', 'mermaid'], root)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('flowchart LR'),
      stderr: expect.stringContaining(`model/broken.gea:1:34 ${UNRESOLVED}`),
    });
    const defaults = join(root, 'model', 'systems');
    expect(
      (await gea(['diagram', 'signatures', join(root, 'model', 'agencies.gea'), '--locale', 'en', '-f', 'mermaid'], defaults)).code,
    ).toBe(0);
  });

  it('allow the default locale and the languages gea speaks when gea.yaml does not list locales', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-locale-'));
    writeFileSync(join(root, 'm.gea'), 'agency a "А" { kind agency }\n');
    // The workspace's locales are its `locale` alone; the languages gea speaks are named apart.
    const stderr =
      "gea: --locale fr is neither one of the workspace's locales (mn) nor a language gea speaks (mn, en); use one of those, or add fr to `locales` in gea.yaml\n";
    expect((await gea(['diagram', 'signatures', '--locale', 'fr'], root)).stderr).toBe(stderr);
    expect(await gea(['check', '--locale', 'fr'], root)).toEqual({ code: 2, stdout: '', stderr });
    expect((await gea(['diagram', 'signatures', '--locale', 'mn', '-f', 'mermaid'], root)).code).toBe(0);
    expect((await gea(['diagram', 'signatures', '--locale', 'en', '-f', 'mermaid'], root)).code).toBe(0);
  });
});
