// A workspace with a binary file and a Windows-1251 file among good ones: one finding each, where
// the trouble starts, and the rest of the workspace still checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, findingRecords, loadWorkspace, WorkspaceError } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';

describe('files that are not UTF-8 text', () => {
  it('give one syntax finding each and leave the other files checked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-unreadable-'));
    writeFileSync(join(root, 'good.gea'), 'agency a "А" { kind agency }\nsystem s "С" { owner missing }\n');
    writeFileSync(join(root, 'binary.gea'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]));
    writeFileSync(
      join(root, 'cp1251.gea'),
      new Uint8Array([...new TextEncoder().encode('agency b "'), 0xc1, 0xee, 0xeb, 0xee, 0xf0, 0x22, 0x0a]),
    );
    const compilation = await compileWorkspace(await loadWorkspace([root]), { locale: 'en' });
    const records = findingRecords(compilation).map((r) => `${r.file}:${r.line}:${r.column} ${r.rule} ${r.message}`);
    expect(records).toEqual([
      'binary.gea:1:7 syntax this is not a text file (it holds NUL bytes); gea reads .gea files as UTF-8 text',
      'cp1251.gea:1:11 syntax this file is not UTF-8 text (byte 10 does not begin a UTF-8 character); it looks like windows-1251: save it as UTF-8',
      'good.gea:2:22 unresolved-reference no agency named `missing` is declared; declare it, or check the name and namespace',
    ]);
  });
});

describe('a file that goes away while it is read', () => {
  it('is a workspace error naming the file, not a crash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-gone-'));
    writeFileSync(join(root, 'a.gea'), 'agency a "А" { kind agency }\n');
    writeFileSync(join(root, 'b.gea'), 'agency b "Б" { kind agency }\n');
    const workspace = await loadWorkspace([root]);
    rmSync(join(root, 'b.gea'));
    const error = await compileWorkspace(workspace, { locale: 'en' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(/^cannot read .*b\.gea: ENOENT/);
  });
});

describe('line endings and byte order marks', () => {
  it('reads CRLF, LF and mixed line endings alike, and a BOM, with the same positions', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-endings-'));
    writeFileSync(join(root, 'crlf.gea'), '\uFEFFagency a "А" { kind agency }\r\nsystem s "С" { owner nobody }\r\n');
    writeFileSync(join(root, 'mixed.gea'), 'agency b "Б" { kind agency }\n\r\nsystem t "Т" { owner nobody }\r\n');
    const records = findingRecords(await compileWorkspace(await loadWorkspace([root]), { locale: 'en' }));
    expect(records.map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`)).toEqual([
      'crlf.gea:2:22 unresolved-reference',
      'mixed.gea:3:22 unresolved-reference',
    ]);
  });
});
