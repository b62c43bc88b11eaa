// Layout keys remembered by their graphs' digests (node/remembered-keys.ts): the same keys as
// computed, read back only by the code that wrote them, and only for the views of the last build.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { layoutCacheKey, pruneLayoutCache } from '../../src/node/layout-cache.js';
import { layoutViews } from '../../src/node/layout-pool.js';
import { graphDigest } from '../../src/node/graph-digests.js';
import { RememberedKeys } from '../../src/node/remembered-keys.js';
import { FONTS } from '../fonts.js';
import { generatedView, LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';

const GRAPHS: readonly ViewGraph[] = [MIXED_VIEW, LONG_LABEL_VIEW, generatedView(12)];
const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'gea-remembered-keys-'));
const FILE = 'keys-by-graph.txt';

describe('remembered layout keys', () => {
  it('are the keys computed, remembered for the next build by the same code', async () => {
    const dir = cacheDir();
    const first = RememberedKeys.read(dir, 'gea 1');
    const cold = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, keys: first });
    expect(cold.keys).toEqual(GRAPHS.map((graph) => layoutCacheKey(graph, FONTS)));
    first.write();
    const lines = readFileSync(join(dir, FILE), 'utf8').trim().split('\n');
    expect(lines).toEqual(['"gea 1"', ...GRAPHS.map((graph) => `${graphDigest(graph)} ${layoutCacheKey(graph, FONTS)}`)]);
    const warm = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, keys: RememberedKeys.read(dir, 'gea 1') });
    expect(warm.keys).toEqual(cold.keys);
    expect(warm.stats).toEqual({ laidOut: 0, cached: GRAPHS.length });
  });

  it('are read back (not computed) for the same code only, and never by a graph that says anything else', () => {
    const dir = cacheDir();
    // A remembered key no computation would give shows that it was read, not computed.
    writeFileSync(join(dir, FILE), `"gea 1"\n${graphDigest(MIXED_VIEW)} remembered\n`);
    expect(RememberedKeys.read(dir, 'gea 1').keyOf(MIXED_VIEW, FONTS)).toBe('remembered');
    expect(RememberedKeys.read(dir, 'gea 2').keyOf(MIXED_VIEW, FONTS)).toBe(layoutCacheKey(MIXED_VIEW, FONTS));
    const retitled = { ...MIXED_VIEW, nodes: MIXED_VIEW.nodes.map((node) => ({ ...node, tooltip: 'өөр' })) };
    expect(RememberedKeys.read(dir, 'gea 1').keyOf(retitled, FONTS)).toBe(layoutCacheKey(retitled, FONTS));
    writeFileSync(join(dir, FILE), 'not what gea writes');
    expect(RememberedKeys.read(dir, 'gea 1').keyOf(MIXED_VIEW, FONTS)).toBe(layoutCacheKey(MIXED_VIEW, FONTS));
    expect(RememberedKeys.read(join(dir, 'missing'), 'gea 1').keyOf(MIXED_VIEW, FONTS)).toBe(layoutCacheKey(MIXED_VIEW, FONTS));
  });

  it('keep only the views asked for since they were read, and survive the layout cache’s pruning', async () => {
    const dir = cacheDir();
    const first = RememberedKeys.read(dir, 'gea 1');
    for (const graph of GRAPHS) first.keyOf(graph, FONTS);
    first.write();
    const second = RememberedKeys.read(dir, 'gea 1');
    second.keyOf(LONG_LABEL_VIEW, FONTS);
    second.write();
    pruneLayoutCache(dir, new Set());
    const lines = readFileSync(join(dir, FILE), 'utf8').trim().split('\n');
    expect(lines).toEqual(['"gea 1"', `${graphDigest(LONG_LABEL_VIEW)} ${layoutCacheKey(LONG_LABEL_VIEW, FONTS)}`]);
  });

  it('digest each graph object once, by everything it says', () => {
    expect(graphDigest(MIXED_VIEW)).toBe(graphDigest(structuredClone(MIXED_VIEW)));
    expect(graphDigest({ ...MIXED_VIEW, title: `${MIXED_VIEW.title} ` })).not.toBe(graphDigest(MIXED_VIEW));
  });
});
