import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimOutFolder,
  commitSections,
  OUT_MARKER,
  replaceSection,
  stageSection,
  type OutFileSystem,
} from '../../src/build/out-folder.js';

import { STAT_IN_WORKER_FROM } from '../../src/build/file-stats.js';
import { LazyFiles } from '../../src/build/lazy-files.js';
import { WorkspaceError } from '../../src/workspace/load-workspace.js';
import { wordsFor } from '@gea-arch/core';

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
    expect(readdirSync(out).sort()).toEqual(['.cache', OUT_MARKER, 'diagrams']);
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
    expect(readdirSync(out).sort()).toEqual(['.cache', OUT_MARKER, 'reports']);
  });

  it('leaves the previous section whole, and says why, when the commit record cannot be written', async () => {
    const out = fresh();
    await claimOutFolder(out);
    await replaceSection(out, 'reports', new Map([['findings.json', '{}']]));
    const staged = await stageSection(out, 'reports', new Map([['findings.json', '{"new":true}']]));
    // A folder where the record goes: renaming the record's temporary file over it fails.
    mkdirSync(join(out, `.commit.${process.pid}.json`));
    const error = await commitSections(out, [staged]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(/^cannot write .*gea-out-\w+: /);
    expect(readFileSync(join(out, 'reports', 'findings.json'), 'utf8')).toBe('{}');
    expect(readdirSync(out).filter((entry) => entry.endsWith('.new') || entry.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the half-written records of builds that were killed, and not those of a build still running', async () => {
    const out = fresh();
    await claimOutFolder(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = process.ppid;
    const records = [
      join('.cache', `build-stamp.json.${gone}-0.tmp`),
      join('.cache', 'sections', `site.json.${gone}-0.tmp`),
      join('.cache', 'layouts', `0a1b.json.${gone}-2.tmp`),
      join('.cache', 'sections', `site.json.${running}-0.tmp`),
      join('.cache', 'sections', 'site.json'),
    ];
    for (const record of records) {
      mkdirSync(join(out, record, '..'), { recursive: true });
      writeFileSync(join(out, record), '{');
    }
    await claimOutFolder(out);
    expect(records.filter((record) => existsSync(join(out, record)))).toEqual(records.slice(3));
  });

  describe('reusing what the last build wrote', () => {
    const written: string[] = [];
    const counting: OutFileSystem = {
      writeFile: async (path, content) => {
        written.push(path.split('/').at(-1)!);
        await writeFile(path, content);
      },
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

    it('writes only the files whose content changed and keeps the others in place, the section exactly the new files', async () => {
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
      // The folder that held only a file no longer made is gone too.
      expect(readdirSync(join(out, 'site')).sort()).toEqual(['a.html', 'b.html', 'd.html']);
      expect(readdirSync(out).sort()).toEqual(['.cache', OUT_MARKER, 'site']);
    });

    it('writes a file given in pieces as their bytes one after another, the same file as when given whole', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const text = '<model>Улсын бүртгэлийн ерөнхий газар</model>\n';
      const bytes = new TextEncoder().encode(text);
      const stage = async (content: string | Uint8Array | readonly Uint8Array[]) => {
        written.length = 0;
        const files = new Map([['model.xml', content]]);
        await commitSections(out, [await stageSection(out, 'archimate', files, counting, { reuse: true, record: true })]);
        return readFileSync(join(out, 'archimate', 'model.xml'), 'utf8');
      };
      expect(await stage([bytes.subarray(0, 10), bytes.subarray(10, 30), bytes.subarray(30)])).toBe(text);
      expect(written).toEqual(['model.xml']);
      // The same bytes, split elsewhere or whole, are the file in place: not written again.
      expect(await stage([bytes.subarray(0, 7), bytes.subarray(7)])).toBe(text);
      expect(await stage(text)).toBe(text);
      expect(written).toEqual([]);
    });

    it('stages only what changed, and leaves what someone else put in the section', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b/c.html': 'c', 'e.html': 'e' });
      writeFileSync(join(out, 'site', 'stray.txt'), 'not gea');
      const staged = await stageSection(
        out,
        'site',
        new Map(Object.entries({ 'a.html': 'a', b: 'a file where a folder was', 'e/f.html': 'a folder where a file was' })),
        counting,
        { reuse: true, record: true },
      );
      expect(staged.update).toEqual({ replaced: ['b', 'e/f.html'], removed: ['b/c.html', 'e.html'] });
      expect(staged.foreign).toEqual({ paths: ['stray.txt'], unsaid: ['stray.txt'], changed: true });
      expect(readdirSync(staged.staging, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['b', 'e', join('e', 'f.html')]);
      await commitSections(out, [staged]);
      const section = join(out, 'site');
      expect(readdirSync(section).sort()).toEqual(['a.html', 'b', 'e', 'stray.txt']);
      expect(readFileSync(join(section, 'stray.txt'), 'utf8')).toBe('not gea');
      expect(readFileSync(join(section, 'b'), 'utf8')).toBe('a file where a folder was');
      expect(readFileSync(join(section, 'e', 'f.html'), 'utf8')).toBe('a folder where a file was');
      expect(readdirSync(out).filter((entry) => /\.(new|old)$/.test(entry))).toEqual([]);
    });

    it('warns of a file it did not write once: the next build finds it said, and a new one unsaid', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a' });
      mkdirSync(join(out, 'site', 'notes'));
      writeFileSync(join(out, 'site', 'notes', 'todo.txt'), 'mine');
      writeFileSync(join(out, 'site', 'CNAME'), 'arch.example.mn');
      const stage = () => stageSection(out, 'site', new Map([['a.html', 'a 2']]), counting, { reuse: true, record: true });
      const first = await stage();
      expect(first.foreign).toEqual({ paths: ['CNAME', 'notes/todo.txt'], unsaid: ['CNAME', 'notes/todo.txt'], changed: true });
      await commitSections(out, [first]);
      const second = await stage();
      expect(second.foreign).toEqual({ paths: ['CNAME', 'notes/todo.txt'], unsaid: [], changed: false });
      await commitSections(out, [second]);
      writeFileSync(join(out, 'site', 'robots.txt'), 'mine too');
      expect((await stage()).foreign?.unsaid).toEqual(['robots.txt']);
      expect(readFileSync(join(out, 'site', 'notes', 'todo.txt'), 'utf8')).toBe('mine');
    });

    it('leaves files it did not write when caches are off or its record is gone, updating the section instead of swapping it', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'old.html': 'no longer made' });
      writeFileSync(join(out, 'site', 'CNAME'), 'arch.example.mn');
      // Caches off: the record still says which files are gea's, so old.html goes and CNAME stays.
      const uncached = await stageSection(out, 'site', new Map([['a.html', 'a']]), counting, { reuse: false, record: true });
      expect(uncached.update).toEqual({ replaced: ['a.html'], removed: ['old.html'] });
      await commitSections(out, [uncached]);
      expect(readdirSync(join(out, 'site')).sort()).toEqual(['CNAME', 'a.html']);
      // No record at all: only what gea makes now is known to be its, and nothing else is removed.
      writeFileSync(join(out, 'site', 'stale.html'), 'gea wrote it, but nothing says so now');
      rmSync(join(out, '.cache'), { recursive: true });
      const unrecorded = await stageSection(out, 'site', new Map([['a.html', 'a 2']]), counting, { reuse: true, record: true });
      expect(unrecorded.update).toEqual({ replaced: ['a.html'], removed: [] });
      expect(unrecorded.foreign?.paths).toEqual(['CNAME', 'stale.html']);
      await commitSections(out, [unrecorded]);
      expect(readdirSync(join(out, 'site')).sort()).toEqual(['CNAME', 'a.html', 'stale.html']);
      expect(readFileSync(join(out, 'site', 'a.html'), 'utf8')).toBe('a 2');
    });

    it('still knows which files are its own after finishing the commit of a build that was killed', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b.html': 'b' });
      writeFileSync(join(out, 'site', 'CNAME'), 'mine');
      // What a killed build left: its staged update and the record of it.
      const gone = spawnSync(process.execPath, ['-e', '']).pid!;
      mkdirSync(join(out, `.site.${gone}.new`));
      writeFileSync(join(out, `.site.${gone}.new`, 'c.html'), 'c');
      writeFileSync(
        join(out, `.commit.${gone}.json`),
        JSON.stringify([{ section: 'site', update: { replaced: ['c.html'], removed: [] } }]),
      );
      await claimOutFolder(out);
      expect(readdirSync(join(out, 'site')).sort()).toEqual(['CNAME', 'a.html', 'b.html', 'c.html']);
      // The next build makes a.html only: b.html and c.html were gea's and go, every file is made again, CNAME stays.
      const staged = await stageSection(out, 'site', new Map([['a.html', 'a']]), counting, { reuse: true, record: true });
      expect(staged.update).toEqual({ replaced: ['a.html'], removed: ['b.html', 'c.html'] });
      expect(staged.foreign?.paths).toEqual(['CNAME']);
    });

    it('puts a file where an empty folder was', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a' });
      mkdirSync(join(out, 'site', 'z'));
      expect(await build(out, { 'a.html': 'a', z: 'a file' })).toEqual({ 'a.html': 'a', z: 'a file' });
    });

    it('moves everything back when putting an update in place fails', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const before = await build(out, { 'a.html': 'a', 'b/c.html': 'c', 'd.html': 'd' });
      const staged = await stageSection(out, 'site', new Map(Object.entries({ 'a.html': 'a 2', b: 'b', 'e.html': 'e' })), counting, {
        reuse: true,
        record: true,
      });
      // The last staged file is gone (as if removed meanwhile): its move fails after the others.
      rmSync(join(staged.staging, 'e.html'));
      await expect(commitSections(out, [staged])).rejects.toThrow();
      const section = join(out, 'site');
      const found = readdirSync(section, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(section, path)).isFile());
      expect(
        Object.fromEntries(found.sort().map((path) => [path.split(sep).join('/'), readFileSync(join(section, path), 'utf8')])),
      ).toEqual(before);
      expect(readdirSync(out).filter((entry) => /\.(new|old)$/.test(entry))).toEqual([]);
    });

    it('stages a section whole when caches are off or the last build left no record of it', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a' });
      expect(
        (await stageSection(out, 'site', new Map([['a.html', 'a']]), counting, { reuse: false, record: true })).update,
      ).toBeUndefined();
      rmSync(join(out, '.cache'), { recursive: true });
      const whole = await stageSection(out, 'site', new Map([['a.html', 'a']]), counting, { reuse: true, record: true });
      expect(whole.update).toBeUndefined();
      expect(readdirSync(whole.staging)).toEqual(['a.html']);
    });

    it('makes again, after a build killed between two renames, every file the manifest does not record', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b.html': 'b', 'c.html': 'c' });
      const staged = await stageSection(
        out,
        'site',
        new Map(Object.entries({ 'a.html': 'a 2', 'b.html': 'b 2', 'c.html': 'c' })),
        counting,
        {
          reuse: true,
          record: true,
        },
      );
      // Killed after the first rename: a.html is new, b.html old, and the manifest still the last build's.
      renameSync(join(staged.staging, 'a.html'), join(out, 'site', 'a.html'));
      rmSync(staged.staging, { recursive: true });
      expect(await build(out, { 'a.html': 'a 2', 'b.html': 'b 2', 'c.html': 'c' })).toEqual({
        'a.html': 'a 2',
        'b.html': 'b 2',
        'c.html': 'c',
      });
      expect(written.sort()).toEqual(['a.html', 'b.html']);
    });

    it('writes a file again when it was changed since gea wrote it', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await build(out, { 'a.html': 'a', 'b.html': 'b' });
      writeFileSync(join(out, 'site', 'a.html'), 'x');
      expect(await build(out, { 'a.html': 'a', 'b.html': 'b' })).toEqual({ 'a.html': 'a', 'b.html': 'b' });
      expect(written).toEqual(['a.html']);
    });

    /** Files made from the given digests, recording which were made. */
    const madeFrom = (files: Record<string, [content: string, from: string]>, made: string[]) => {
      const lazy = new LazyFiles<string>();
      for (const [path, [content, from]] of Object.entries(files)) {
        lazy.set(path, () => (made.push(path), content), { madeFrom: () => from });
      }
      return lazy;
    };
    const buildMade = async (out: string, files: LazyFiles<string>) => {
      written.length = 0;
      await commitSections(out, [await stageSection(out, 'diagrams', files, counting, { reuse: true, record: true })]);
      return Object.fromEntries(
        readdirSync(join(out, 'diagrams'))
          .sort()
          .map((path) => [path, readFileSync(join(out, 'diagrams', path), 'utf8')]),
      );
    };

    it('says how many files are staged as it goes, the linked ones first', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const made: string[] = [];
      await buildMade(out, madeFrom({ 'a.svg': ['a', 'view a'], 'b.svg': ['b', 'view b'], 'c.svg': ['c', 'view c'] }, made));
      const progress: string[] = [];
      const files = madeFrom({ 'a.svg': ['a', 'view a'], 'b.svg': ['b 2', 'view b 2'], 'c.svg': ['c 2', 'view c 2'] }, made);
      await stageSection(out, 'diagrams', files, counting, {
        reuse: true,
        record: true,
        onProgress: (done, total) => progress.push(`${done}/${total}`),
      });
      expect(progress).toEqual(['1/3', '2/3']);
    });

    it('says how many bytes it made: those of the files made, kept ones not counted, unwritten ones counted', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const made: string[] = [];
      const first = await stageSection(
        out,
        'diagrams',
        madeFrom({ 'a.svg': ['ааа', 'view a'], 'b.svg': ['bb', 'view b'] }, made),
        counting,
        {
          reuse: true,
          record: true,
        },
      );
      // Cyrillic letters are two bytes each in UTF-8.
      expect(first.made).toBe(8);
      await commitSections(out, [first]);
      const files = madeFrom({ 'a.svg': ['ааа', 'view a'], 'b.svg': ['bb', 'view b 2'] }, made);
      expect((await stageSection(out, 'diagrams', files, counting, { reuse: true, record: true })).made).toBe(2);
      const pieces = new Map([['model.xml', [new Uint8Array(3), new Uint8Array(4)]]]);
      expect((await stageSection(out, 'archimate', pieces, counting, { reuse: true, record: true })).made).toBe(7);
    });

    it('links a file made from the same inputs without making it, and makes the others', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const made: string[] = [];
      await buildMade(out, madeFrom({ 'a.svg': ['a', 'view a'], 'b.svg': ['b', 'view b'] }, made));
      expect(made.sort()).toEqual(['a.svg', 'b.svg']);
      const a = statSync(join(out, 'diagrams', 'a.svg')).ino;
      made.length = 0;
      // a.svg's maker would give other bytes: it is not asked, since what it is made from is the same.
      const second = await buildMade(out, madeFrom({ 'a.svg': ['not made', 'view a'], 'b.svg': ['b 2', 'view b 2'] }, made));
      expect(second).toEqual({ 'a.svg': 'a', 'b.svg': 'b 2' });
      expect(made).toEqual(['b.svg']);
      expect(written).toEqual(['b.svg']);
      expect(statSync(join(out, 'diagrams', 'a.svg')).ino).toBe(a);
      // Changed on disk since gea wrote it: made again.
      writeFileSync(join(out, 'diagrams', 'a.svg'), 'edited');
      made.length = 0;
      expect(await buildMade(out, madeFrom({ 'a.svg': ['a', 'view a'], 'b.svg': ['b 2', 'view b 2'] }, made))).toEqual({
        'a.svg': 'a',
        'b.svg': 'b 2',
      });
      expect(made).toEqual(['a.svg']);
    });

    it('looks at the files in place of a large section in a worker: those untouched stay, an edited and a deleted one are made', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const made: string[] = [];
      const count = STAT_IN_WORKER_FROM + 5;
      const views = (changed: string) =>
        Object.fromEntries(
          Array.from({ length: count }, (_, index) => [`v${index}.svg`, [index === 7 ? changed : `v${index}`, `view ${index}`]] as const),
        );
      await buildMade(out, madeFrom(views('v7'), made));
      expect(made).toHaveLength(count);
      writeFileSync(join(out, 'diagrams', 'v3.svg'), 'edited');
      rmSync(join(out, 'diagrams', 'v5.svg'));
      made.length = 0;
      const second = await buildMade(out, madeFrom(views('not made: the same inputs'), made));
      expect(made.sort()).toEqual(['v3.svg', 'v5.svg']);
      expect(second['v3.svg']).toBe('v3');
      expect(second['v5.svg']).toBe('v5');
      expect(second['v7.svg']).toBe('v7');
    });

    it('gives a later section the file it kept in place, read back rather than made again', async () => {
      const out = fresh();
      await claimOutFolder(out);
      const made: string[] = [];
      await buildMade(out, madeFrom({ 'a.svg': ['drawn', 'view a'], 'b.svg': ['b', 'view b'] }, made));
      made.length = 0;
      const files = new LazyFiles<string>()
        .set('a.svg', () => (made.push('a.svg'), 'drawn'), { madeFrom: () => 'view a', text: true })
        .set('b.svg', () => (made.push('b.svg'), 'b 2'), { madeFrom: () => 'view b 2', text: true });
      const staged = await stageSection(out, 'diagrams', files, counting, { reuse: true, record: true });
      expect(made).toEqual(['b.svg']);
      // As the site reads the drawings it inlines, before the sections are committed.
      expect(files.get('a.svg')).toBe('drawn');
      expect(await files.read('a.svg')).toBe('drawn');
      expect(files.get('b.svg')).toBe('b 2');
      expect(made).toEqual(['b.svg', 'b.svg']);
      await commitSections(out, [staged]);
      expect(files.get('a.svg')).toBe('drawn');
      expect(made).toEqual(['b.svg', 'b.svg']);
      // Gone from where it was kept: made again.
      rmSync(join(out, 'diagrams', 'a.svg'));
      expect(files.get('a.svg')).toBe('drawn');
      expect(made).toEqual(['b.svg', 'b.svg', 'a.svg']);
    });

    it('makes every file again when caches are off, or when the last build did not say what they were made from', async () => {
      const out = fresh();
      await claimOutFolder(out);
      await commitSections(out, [await stageSection(out, 'diagrams', new Map([['a.svg', 'a']]), counting, { reuse: true, record: true })]);
      const made: string[] = [];
      await buildMade(out, madeFrom({ 'a.svg': ['a', 'view a'] }, made));
      // Made to compare its bytes, then linked since they are the same; now recorded with its inputs.
      expect(made).toEqual(['a.svg']);
      expect(written).toEqual([]);
      made.length = 0;
      await buildMade(out, madeFrom({ 'a.svg': ['a', 'view a'] }, made));
      expect(made).toEqual([]);
      await commitSections(out, [
        await stageSection(out, 'diagrams', madeFrom({ 'a.svg': ['a', 'view a'] }, made), counting, { reuse: false, record: true }),
      ]);
      expect(made).toEqual(['a.svg']);
    });
  });
});
