// Section files made when read: nothing is made until staging reads a file, each is made once per
// read, and staging writes every file with its content, in path order.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LazyFiles } from '../../src/build/lazy-files.js';
import { stageSection } from '../../src/build/out-folder.js';

/** Files whose maker records the order they were made in. */
function recordingFiles(made: string[]): LazyFiles<string> {
  const files = new LazyFiles<string>();
  for (const path of ['b/two.md', 'a.json', 'b/one.md']) {
    files.set(path, () => {
      made.push(path);
      return `content of ${path}`;
    });
  }
  return files;
}

describe('lazy section files', () => {
  it('are listed, counted and looked up without being made', () => {
    const made: string[] = [];
    const files = recordingFiles(made);
    expect(files.size).toBe(3);
    expect([...files.keys()]).toEqual(['b/two.md', 'a.json', 'b/one.md']);
    expect(files.has('a.json')).toBe(true);
    expect(files.has('c.json')).toBe(false);
    expect(made).toEqual([]);
    expect(files.get('a.json')).toBe('content of a.json');
    expect(files.get('c.json')).toBeUndefined();
    expect(made).toEqual(['a.json']);
  });

  it('read as a map, give every entry with its content', () => {
    const files = recordingFiles([]);
    expect(new Map(files)).toEqual(
      new Map([
        ['b/two.md', 'content of b/two.md'],
        ['a.json', 'content of a.json'],
        ['b/one.md', 'content of b/one.md'],
      ]),
    );
    expect([...files.values()]).toHaveLength(3);
  });

  it('are staged one at a time, in path order, each made once', async () => {
    const made: string[] = [];
    const out = await mkdtemp(join(tmpdir(), 'gea-lazy-'));
    try {
      const staged = await stageSection(out, 'specs', recordingFiles(made));
      expect(made).toEqual(['a.json', 'b/one.md', 'b/two.md']);
      expect(await readFile(join(staged.staging, 'b', 'two.md'), 'utf8')).toBe('content of b/two.md');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('made elsewhere, are read a few ahead and written in path order, and cannot be read as a map', async () => {
    const asked: string[] = [];
    const finish: (() => void)[] = [];
    const files = new LazyFiles<Uint8Array>();
    for (const path of ['c.png', 'a.png', 'b.png', 'd.png', 'e.png', 'f.png']) {
      files.setMadeLater(path, () => {
        asked.push(path);
        // Answered in the order asked, after staging has moved on to ask for the next ones.
        return new Promise((resolve) => finish.push(() => resolve(new TextEncoder().encode(path))));
      });
    }
    expect(() => files.get('a.png')).toThrow(/read\(\)/);
    const out = await mkdtemp(join(tmpdir(), 'gea-lazy-'));
    try {
      const staging = stageSection(out, 'diagrams', files);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Several asked for before the first is written, never all of them.
      expect(asked.length).toBeGreaterThan(1);
      expect(asked.length).toBeLessThan(6);
      expect(asked).toEqual(['a.png', 'b.png', 'c.png', 'd.png', 'e.png', 'f.png'].slice(0, asked.length));
      const answer = setInterval(() => finish.shift()?.(), 1);
      const staged = await staging;
      clearInterval(answer);
      expect(await readFile(join(staged.staging, 'e.png'), 'utf8')).toBe('e.png');
      expect(asked).toHaveLength(6);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('made elsewhere and failing, fail the staging and leave no staging folder', async () => {
    const files = new LazyFiles<string>();
    files.set('a.svg', () => '<svg/>');
    files.setMadeLater('b.png', () => Promise.reject(new Error('no pixels')));
    files.set('c.svg', () => '<svg/>');
    const out = await mkdtemp(join(tmpdir(), 'gea-lazy-'));
    try {
      await expect(stageSection(out, 'diagrams', files)).rejects.toThrow(/no pixels/);
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
