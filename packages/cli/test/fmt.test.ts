// `gea fmt [files] [--check]`: the language server's formatter on files; idempotent; --check changes
// nothing and exits 1 when a file is not formatted; a file with a syntax error is named and kept.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-fmt-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const MESSY = 'agency  a "А"{kind agency\n  name en   "A"}\n// the registry\ndata d { owner a }';
const FORMATTED = 'agency a "А" {\n  kind agency\n  name en "A"\n}\n\n// the registry\ndata d { owner a }\n';

describe('gea fmt', () => {
  it('writes the canonical layout back, and a second run changes nothing', async () => {
    const root = workspace({ 'model.gea': MESSY, 'tidy.gea': FORMATTED.replace(/\ba\b/g, 'b').replace(/\bd\b/g, 'e') });
    const first = await gea(['fmt'], root);
    expect(first).toMatchObject({ code: 0, stdout: 'formatted model.gea\n', stderr: '' });
    expect(readFileSync(join(root, 'model.gea'), 'utf8')).toBe(FORMATTED);
    expect(await gea(['fmt'], root)).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('with --check lists what is not formatted, changes nothing and exits 1', async () => {
    const root = workspace({ 'model.gea': MESSY });
    const result = await gea(['fmt', '--check', 'model.gea'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('not formatted: model.gea\n1 of 1 file needs formatting\n');
    expect(readFileSync(join(root, 'model.gea'), 'utf8')).toBe(MESSY);
    writeFileSync(join(root, 'model.gea'), FORMATTED);
    expect(await gea(['fmt', '--check', 'model.gea'], root)).toMatchObject({ code: 0, stdout: '' });
  });

  it('names a file with a syntax error, leaves it as it is and exits 1', async () => {
    const root = workspace({ 'broken.gea': 'agency a {\n' });
    const result = await gea(['fmt', 'broken.gea'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.gea:2:1: not formatted, it has a syntax error: /);
    expect(readFileSync(join(root, 'broken.gea'), 'utf8')).toBe('agency a {\n');
  });

  it('refuses a file that is not UTF-8 (Windows-1251), as gea check reads it: named where it starts, untouched, exit 1', async () => {
    const root = workspace({});
    // `agency gasr "Улсын" {…}` saved as Windows-1251: У is 0xD3, л 0xEB, с 0xF1, ы 0xFB, н 0xED.
    const cp1251 = Buffer.concat([
      Buffer.from('agency gasr "'),
      Buffer.from([0xd3, 0xeb, 0xf1, 0xfb, 0xed]),
      Buffer.from('" {\n    kind agency\n}\n'),
    ]);
    writeFileSync(join(root, 'cp1251.gea'), cp1251);
    writeFileSync(join(root, 'model.gea'), MESSY);
    for (const args of [['fmt'], ['fmt', '--check'], ['fmt', 'cp1251.gea']]) {
      const result = await gea(args, root);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'cp1251.gea:1:14: not formatted, it has a syntax error: this file is not UTF-8 text (byte 13 does not begin a UTF-8 character); it looks like windows-1251: save it as UTF-8\n',
      );
      expect(readFileSync(join(root, 'cp1251.gea'))).toEqual(cp1251);
    }
    // The other files of the run are still formatted.
    expect(readFileSync(join(root, 'model.gea'), 'utf8')).toBe(FORMATTED);
  });

  it('refuses a binary file (NUL bytes) the same way', async () => {
    const root = workspace({ 'binary.gea': 'agency a "A" {\n  kind\0agency }\n' });
    const result = await gea(['fmt', 'binary.gea'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^binary\.gea:2:7: not formatted, it has a syntax error: /);
    expect(readFileSync(join(root, 'binary.gea'), 'utf8')).toBe('agency a "A" {\n  kind\0agency }\n');
  });

  it('keeps a byte order mark and CRLF line endings, so a file checked out with CRLF passes --check once formatted', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const root = workspace({ 'windows.gea': `\uFEFF${crlf(MESSY)}`, 'tidy.gea': `\uFEFF${crlf(FORMATTED)}` });
    expect(await gea(['fmt', '--check'], root)).toMatchObject({
      code: 1,
      stdout: 'not formatted: windows.gea\n1 of 2 files needs formatting\n',
    });
    expect((await gea(['fmt'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'windows.gea'), 'utf8')).toBe(`\uFEFF${crlf(FORMATTED)}`);
    expect(await gea(['fmt', '--check'], root)).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes through a symbolic link to its file, keeping that file’s permissions', async () => {
    const root = workspace({ 'real/model.txt': MESSY });
    chmodSync(join(root, 'real/model.txt'), 0o600);
    symlinkSync(join(root, 'real/model.txt'), join(root, 'model.gea'));
    expect((await gea(['fmt', 'model.gea'], root)).code).toBe(0);
    expect(lstatSync(join(root, 'model.gea')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'real/model.txt'), 'utf8')).toBe(FORMATTED);
    expect(statSync(join(root, 'real/model.txt')).mode & 0o777).toBe(0o600);
  });

  it('speaks Mongolian when asked', async () => {
    const root = workspace({ 'model.gea': MESSY });
    const result = await gea(['fmt', '--check', '--locale', 'mn'], root);
    expect(result.stdout).toContain('хэлбэржээгүй: model.gea');
  });
});
