import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { link, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimOutFolder,
  commitSections,
  OUT_MARKER,
  replaceSection,
  stageSection,
  type OutFileSystem,
} from '../../src/build/out-folder.js';

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

  describe('reusing what the last build wrote', () => {
    const written: string[] = [];
    const counting: OutFileSystem = {
      writeFile: async (path, content) => {
        written.push(path.split('/').at(-1)!);
        await writeFile(path, content);
      },
      link,
    };
    const build = async (out: string, files: Record<string, string>, fileSystem = counting) => {
      written.length = 0;
      await commitSections(out, [
        await stageSection(out, 'site', new Map(Object.entries(files)), fileSystem, { reuse: true, record: true }),
      ]);
      const section = join(out, 'site');
      const found = readdirSync(section, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(section, path)).isFile());
      return Object.fromEntries(found.sort().map((path) => [path, readFileSync(join(section, path), 'utf8')]));
    };
    const inode = (out: string, path: string) => statSync(join(out, 'site', path)).ino;

    it('writes only the files whose content changed and links the others, the section exactly the new files', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b.html': 'b', 'nested/c.html': 'c' });
      const a = inode(out, 'a.html');
      expect(await build(out, { 'a.html': 'a', 'b.html': 'b 2', 'd.html': 'd' })).toEqual({
        'a.html': 'a',
        'b.html': 'b 2',
        'd.html': 'd',
      });
      expect(written.sort()).toEqual(['b.html', 'd.html']);
      expect(inode(out, 'a.html')).toBe(a);
    });

    it('writes a file again when it was changed since gea wrote it', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b.html': 'b' });
      writeFileSync(join(out, 'site', 'a.html'), 'x');
      expect(await build(out, { 'a.html': 'a', 'b.html': 'b' })).toEqual({ 'a.html': 'a', 'b.html': 'b' });
      expect(written).toEqual(['a.html']);
    });

    it('writes every file where hard links fail', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const noLinks: OutFileSystem = {
        ...counting,
        link: async () => {
          throw Object.assign(new Error('EPERM: link'), { code: 'EPERM' });
        },
      };
      await build(out, { 'a.html': 'a', 'b.html': 'b' }, noLinks);
      expect(await build(out, { 'a.html': 'a', 'b.html': 'b 2' }, noLinks)).toEqual({ 'a.html': 'a', 'b.html': 'b 2' });
      expect(written).toEqual(['a.html', 'b.html']);
    });
  });
});
