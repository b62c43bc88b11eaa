import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAT_IN_WORKER_FROM, statFiles, statHere, statInWorker } from '../../src/build/file-stats.js';

describe('file stats', () => {
  it('reads many files in a worker as it would here: size and time of files, nothing for folders and missing paths', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gea-stats-'));
    const paths = Array.from({ length: STAT_IN_WORKER_FROM + 3 }, (_, index) => join(folder, `f${index}.txt`));
    paths.forEach((path, index) => writeFileSync(path, 'x'.repeat(index % 17)));
    mkdirSync(join(folder, 'folder'));
    const asked = [...paths, join(folder, 'folder'), join(folder, 'missing.txt')];
    const stats = await statInWorker(asked);
    expect(stats).toEqual(asked.map(statHere));
    expect(await statFiles(asked)).toEqual(stats);
    expect(stats[16]).toEqual({ size: 16, mtimeMs: expect.any(Number) });
    expect(stats.slice(-2)).toEqual([undefined, undefined]);
  });

  it('reads a few files here', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gea-stats-'));
    writeFileSync(join(folder, 'a.txt'), 'abc');
    expect(await statFiles([join(folder, 'a.txt')])).toEqual([statHere(join(folder, 'a.txt'))]);
    expect((await statFiles([join(folder, 'a.txt')]))[0]?.size).toBe(3);
  });
});
