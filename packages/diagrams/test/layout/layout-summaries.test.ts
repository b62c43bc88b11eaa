// Cached layouts read only when drawn (node/layout-summaries.ts, node/lazy-layout.ts): after a build
// that summarized them, a view whose cache file is as that build left it gets a layout that reads
// its geometry on first use — the same layout as read at once, with the same readability, plan and
// warnings known without reading it — and a file that changed since is read and checked at once.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { measureReadability } from '../../src/quality/readability.js';
import { cacheFilePath, pruneLayoutCache } from '../../src/node/layout-cache.js';
import { LayoutFailure } from '../../src/node/layout-failure.js';
import { layoutViews, type LayoutViewsResult } from '../../src/node/layout-pool.js';
import { LayoutSummaries } from '../../src/node/layout-summaries.js';
import type { ViewLayout } from '../../src/layout/types.js';
import { FONTS } from '../fonts.js';
import { generatedView, LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';

/** A view without a word in it: its smallest text is at infinity, which JSON has no number for. */
const EMPTY_VIEW: ViewGraph = { ...MIXED_VIEW, id: 'empty', title: '', nodes: [], groups: [], edges: [] };
const GRAPHS: readonly ViewGraph[] = [MIXED_VIEW, LONG_LABEL_VIEW, generatedView(12), EMPTY_VIEW];
const FILE = 'summaries-by-key.jsonl';

/** Whether the layout's geometry is still to be read. */
const isLazy = (layout: ViewLayout): boolean => typeof Object.getOwnPropertyDescriptor(layout, 'nodes')?.get === 'function';

/** A build from nothing that summarizes its layouts, and a build after it by `identity`. */
async function twoBuilds(identity = 'gea 1'): Promise<{ dir: string; cold: LayoutViewsResult; warm: () => Promise<LayoutViewsResult> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gea-layout-summaries-'));
  const first = LayoutSummaries.read(dir, 'gea 1');
  const cold = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, summaries: first, workers: 1 });
  first.write();
  const warm = () => layoutViews(GRAPHS, FONTS, { cacheDir: dir, summaries: LayoutSummaries.read(dir, identity), workers: 1 });
  return { dir, cold, warm };
}

describe('cached layouts summarized by the last build', () => {
  it('are the layouts read from the cache, their geometry read on first use', async () => {
    const { cold, warm } = await twoBuilds();
    expect(cold.layouts.some(isLazy)).toBe(false);
    const read = await warm();
    expect(read.stats).toEqual({ laidOut: 0, cached: GRAPHS.length });
    expect(read.layouts.every(isLazy)).toBe(true);
    read.layouts.forEach((layout, index) => {
      const eager = cold.layouts[index]!;
      expect(measureReadability(layout)).toEqual(measureReadability(eager));
      expect(JSON.stringify(layout)).toBe(JSON.stringify(eager));
      expect({ ...layout }).toEqual({ ...eager });
    });
    expect(measureReadability(read.layouts[3]!).smallestTextAtA3).toBe(Number.POSITIVE_INFINITY);
  });

  it('say their readability, plan and warnings without reading their files', async () => {
    const { dir, cold, warm } = await twoBuilds();
    const read = await warm();
    for (const key of read.keys) rmSync(cacheFilePath(dir, key));
    read.layouts.forEach((layout, index) => {
      expect(measureReadability(layout)).toEqual(measureReadability(cold.layouts[index]!));
      expect(layout.plan).toBe(cold.layouts[index]!.plan);
      expect(layout.warnings).toEqual(cold.layouts[index]!.warnings);
    });
    // Drawn now, a file gone since is a failure naming the view and the file, not a layout made up.
    let failure: unknown;
    try {
      void read.layouts[0]!.nodes;
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(LayoutFailure);
    expect(failure).toMatchObject({ view: MIXED_VIEW.id, kind: 'damaged', detail: cacheFilePath(dir, read.keys[0]!) });
  });

  it('are read at once, and checked, when their file is not as the last build left it', async () => {
    const { dir, warm } = await twoBuilds();
    const [rewritten, touched, damaged] = (await warm()).keys.map((key) => cacheFilePath(dir, key));
    writeFileSync(rewritten!, readFileSync(rewritten!));
    const { atime, mtime } = statSync(touched!);
    utimesSync(touched!, atime, new Date(mtime.getTime() + 5_000));
    // Damaged, yet of the size and time summarized (the summary made to say so): read when drawn, and then a failure.
    writeFileSync(damaged!, 'x'.repeat(statSync(damaged!).size));
    const { size, mtimeMs } = statSync(damaged!);
    const summaries = join(dir, FILE);
    const key = basename(damaged!, '.json');
    const resummarized = readFileSync(summaries, 'utf8')
      .split('\n')
      .map((line) => (line.includes(key) ? JSON.stringify({ ...(JSON.parse(line) as object), size, modified: mtimeMs }) : line));
    writeFileSync(summaries, resummarized.join('\n'));
    const read = await warm();
    expect(read.layouts.map(isLazy)).toEqual([false, false, true, true]);
    expect(read.stats).toEqual({ laidOut: 0, cached: GRAPHS.length });
    expect(() => read.layouts[2]!.edges).toThrow(LayoutFailure);
    // The damaged file is gone, and so are the summaries: the next build reads every cached layout at
    // once, and lays that view out again.
    expect(existsSync(damaged!)).toBe(false);
    expect(existsSync(join(dir, FILE))).toBe(false);
    const next = await warm();
    expect(next.stats).toEqual({ laidOut: 1, cached: GRAPHS.length - 1 });
    expect(next.layouts.some(isLazy)).toBe(false);
  });

  it('are read at once for other code, or from a file gea did not write', async () => {
    expect((await (await twoBuilds('gea 2')).warm()).layouts.some(isLazy)).toBe(false);
    const { dir, warm } = await twoBuilds();
    const lines = readFileSync(join(dir, FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(GRAPHS.length + 1);
    // Each line gea did not write is one layout read at once; the others stay lazy.
    const damagedLines = [lines[0]!, '{"key":1}', lines[2]!.replace('"readability":[', '"readability":["x",'), lines[3]!, 'not JSON'];
    writeFileSync(join(dir, FILE), `${damagedLines.join('\n')}\n`);
    expect((await warm()).layouts.map(isLazy)).toEqual([false, false, true, false]);
    writeFileSync(join(dir, FILE), 'not what gea writes');
    expect((await warm()).layouts.some(isLazy)).toBe(false);
  });

  it('keep the layouts of this build only, and survive the layout cache’s pruning', async () => {
    const { dir, warm } = await twoBuilds();
    const keys = (await warm()).keys;
    const summaries = LayoutSummaries.read(dir, 'gea 1');
    await layoutViews([LONG_LABEL_VIEW], FONTS, { cacheDir: dir, summaries, workers: 1 });
    summaries.write();
    pruneLayoutCache(dir, new Set([keys[1]!]));
    const lines = readFileSync(join(dir, FILE), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('"gea 1"');
    expect(lines.slice(1).map((line) => (JSON.parse(line) as { key: string }).key)).toEqual([keys[1]]);
  });
});
