import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimOutFolder, OUT_MARKER, replaceSection } from '../../src/build/out-folder.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'gea-out-'));

describe('out folder', () => {
  it('creates and marks a missing folder, and accepts it again', async () => {
    const out = join(fresh(), 'out');
    await claimOutFolder(out);
    expect(existsSync(join(out, OUT_MARKER))).toBe(true);
    await claimOutFolder(out);
  });

  it('refuses a non-empty folder it did not create, touching nothing', async () => {
    const out = fresh();
    writeFileSync(join(out, 'thesis.docx'), 'precious');
    await expect(claimOutFolder(out)).rejects.toThrow(/is not empty and was not created by gea/);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  it('replaces a section with exactly the new files', async () => {
    const out = fresh();
    await claimOutFolder(out);
    await replaceSection(
      out,
      'diagrams',
      new Map([
        ['a.svg', '<svg/>'],
        ['nested/b.mmd', 'flowchart LR'],
      ]),
    );
    await replaceSection(out, 'diagrams', new Map([['c.svg', '<svg/>']]));
    expect(readdirSync(join(out, 'diagrams'))).toEqual(['c.svg']);
    expect(readdirSync(out).sort()).toEqual([OUT_MARKER, 'diagrams']);
  });

  it('leaves the previous section whole when writing fails', async () => {
    const out = fresh();
    await claimOutFolder(out);
    await replaceSection(out, 'reports', new Map([['findings.json', '{}']]));
    mkdirSync(join(out, `.reports.${process.pid}.new`));
    const bad = new Map<string, string>([
      ['ok.json', '{}'],
      ['\u0000bad', 'x'],
    ]);
    await expect(replaceSection(out, 'reports', bad)).rejects.toThrow();
    expect(readFileSync(join(out, 'reports', 'findings.json'), 'utf8')).toBe('{}');
    expect(readdirSync(out).sort()).toEqual([OUT_MARKER, 'reports']);
  });
});
