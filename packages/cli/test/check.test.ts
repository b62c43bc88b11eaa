import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

const CONFORMANCE = resolve(import.meta.dirname, '../../language/test/conformance');

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
    const result = await gea(['check', join(CONFORMANCE, '07-broken-input.gea')]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('07-broken-input.gea:9:1 error duplicate-name `civil_registry` is declared more than once (also at line 21); rename one — references go to the first');
    expect(lines[1]).toBe('07-broken-input.gea:10:9 error unresolved-reference no agency named `gars` is declared; did you mean `gasr`?');
    expect(lines.at(-1)).toMatch(/^✖ 4 errors, 0 warnings, 0 infos, 0 waived in 1 file \(5 elements\)$/);
    expect(result.stdout).not.toContain('\u001b[');
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
      plateaus: [],
      waived: false,
      waiver: null,
    });
  });

  it('colours a terminal unless NO_COLOR is set', async () => {
    const { run } = await import('../src/main.js');
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, stdoutIsTty: true, stderrIsTty: false, env: {}, cwd: process.cwd() };
    await run(['check', join(CONFORMANCE, '07-broken-input.gea')], io);
    expect(stdout).toContain('\u001b[31merror\u001b[0m');
    stdout = '';
    await run(['check', join(CONFORMANCE, '07-broken-input.gea')], { ...io, env: { NO_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes --output whole, and nothing to standard output', async () => {
    const root = workspace({ 'm.gea': CLEAN });
    const result = await gea(['check', '.', '--format', 'json', '--output', 'reports/findings.json'], root);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(root, 'reports/findings.json'), 'utf8')).summary.files).toBe(1);
  });

  it('checks the current folder by default', async () => {
    const root = workspace({ 'm.gea': CLEAN });
    expect((await gea(['check'], root)).code).toBe(0);
  });

  it('exits 2 with a clear message on usage and I/O errors', async () => {
    const root = workspace({ 'gea.yaml': 'locale: mn\nrulez: {}\n', 'm.gea': CLEAN });
    const badConfig = await gea(['check', root]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toBe(`${join(root, 'gea.yaml')}:2:1: error: unknown setting \`rulez\`; did you mean \`rules\`? (known: name, locale, locales, sources, out, rules, evaluation-date)\n`);
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
    const output = execFileSync(process.execPath, [bin, 'check', join(CONFORMANCE, '01-minimal.gea'), '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(output).summary.error).toBe(0);
  });
});
