import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheFilePath,
  canonicalJson,
  LAYOUT_VERSION,
  layoutCacheKey,
  pruneLayoutCache,
  readCachedLayout,
  writeCachedLayout,
} from '../../src/node/layout-cache.js';
import { detachGraph } from '../../src/layout/layout-geometry.js';
import { layoutView } from '../../src/layout/layout-view.js';
import type { ViewGraph } from '@gea-arch/core';
import { FONTS } from '../fonts.js';
import { LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';

const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'gea-layout-cache-'));

function withNode(graph: ViewGraph, id: string, change: Partial<ViewGraph['nodes'][number]>): ViewGraph {
  return { ...graph, nodes: graph.nodes.map((node) => (node.id === id ? { ...node, ...change } : node)) };
}

describe('layout cache key', () => {
  it('is a sha256 that is the same for the same graph, however its objects were built', () => {
    const key = layoutCacheKey(MIXED_VIEW, FONTS);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(layoutCacheKey(JSON.parse(JSON.stringify(MIXED_VIEW)) as ViewGraph, FONTS)).toBe(key);
  });

  it('changes with what the layout depends on: a label, a nesting, an edge end, a badge, an option', () => {
    const key = layoutCacheKey(MIXED_VIEW, FONTS);
    const changed = [
      withNode(MIXED_VIEW, 'mn.tax', { label: 'Татварын газар' }),
      withNode(MIXED_VIEW, 'mn.tax', { group: 'mn.sia' }),
      withNode(MIXED_VIEW, 'mn.tax', { badges: ['personal'] }),
      withNode(MIXED_VIEW, 'mn.tax', { status: 'eliminated' }),
      { ...MIXED_VIEW, edges: MIXED_VIEW.edges.map((edge, i) => (i === 0 ? { ...edge, to: 'mn.tax' } : edge)) },
      { ...MIXED_VIEW, edges: MIXED_VIEW.edges.map((edge, i) => (i === 0 ? { ...edge, label: 'шинэ' } : edge)) },
    ].map((graph) => layoutCacheKey(graph, FONTS));
    changed.push(layoutCacheKey(MIXED_VIEW, FONTS, { elkOptions: { 'elk.layered.thoroughness': '3' } }));
    for (const other of changed) expect(other).not.toBe(key);
  });

  it('does not change with what no box or route depends on: tooltips, links, the title', () => {
    const graph: ViewGraph = {
      ...withNode(MIXED_VIEW, 'mn.tax', { tooltip: 'өөр', href: 'elsewhere.html' }),
      title: 'Another title',
      edges: MIXED_VIEW.edges.map((edge) => ({ ...edge, tooltip: 'x' })),
    };
    expect(layoutCacheKey(graph, FONTS)).toBe(layoutCacheKey(MIXED_VIEW, FONTS));
  });

  it('hashes canonical JSON: keys sorted at every level, undefined members left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: 'Ө' } })).toBe('{"a":{"c":"Ө","d":[1,{"z":1}]},"b":1}');
  });

  it('writes what JSON.stringify writes of the same members in sorted order, whatever the values', () => {
    const value = {
      '10': 'ten',
      '9': [undefined, null, true, 0.1, -0, 1e21, Number.NaN, 'a"b\\\n'],
      Zeta: { 'quote"d': 1, ' ': [], '': {} },
      alpha: [[], [{}], [[1]]],
      ö: 'Ө',
    };
    const sorted = (item: unknown): unknown =>
      Array.isArray(item)
        ? item.map(sorted)
        : item !== null && typeof item === 'object'
          ? Object.fromEntries(
              Object.entries(item)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([key, member]) => [key, sorted(member)]),
            )
          : item;
    // JSON.stringify lists integer keys first; canonical JSON sorts every key as a string.
    expect(canonicalJson(value)).toBe(
      `{"10":"ten","9":${JSON.stringify(value['9'])},"Zeta":${JSON.stringify(sorted(value.Zeta))},"alpha":${JSON.stringify(value.alpha)},"ö":"Ө"}`,
    );
  });
});

describe('layout cache files', () => {
  it('reads back what it wrote, leaving no temporary files', async () => {
    const dir = cacheDir();
    const geometry = detachGraph(await layoutView(LONG_LABEL_VIEW, FONTS));
    const key = layoutCacheKey(LONG_LABEL_VIEW, FONTS);
    writeCachedLayout(dir, key, geometry);
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
    expect(readCachedLayout(dir, key, LONG_LABEL_VIEW)).toEqual(geometry);
  });

  it('ignores a missing, corrupt, truncated, foreign-version or ill-fitting file', async () => {
    const dir = cacheDir();
    const key = layoutCacheKey(LONG_LABEL_VIEW, FONTS);
    expect(readCachedLayout(dir, key, LONG_LABEL_VIEW)).toBeUndefined();
    const geometry = detachGraph(await layoutView(LONG_LABEL_VIEW, FONTS));
    writeCachedLayout(dir, key, geometry);
    const good = readFileSync(cacheFilePath(dir, key), 'utf8');
    const bad = [
      'not json {',
      good.slice(0, good.length / 2),
      '[]',
      JSON.stringify({ version: LAYOUT_VERSION + 1, key, geometry }),
      JSON.stringify({ version: LAYOUT_VERSION, key: 'other', geometry }),
      JSON.stringify({ version: LAYOUT_VERSION, key, geometry: { ...geometry, nodes: geometry.nodes.slice(1) } }),
      JSON.stringify({ version: LAYOUT_VERSION, key, geometry: { ...geometry, edges: geometry.edges.map((e) => ({ ...e, points: [] })) } }),
      JSON.stringify({ version: LAYOUT_VERSION, key, geometry: { ...geometry, width: 'wide' } }),
    ];
    for (const text of bad) {
      writeFileSync(cacheFilePath(dir, key), text);
      expect(readCachedLayout(dir, key, LONG_LABEL_VIEW), text.slice(0, 40)).toBeUndefined();
    }
  });
});

describe('pruneLayoutCache', () => {
  it('keeps the layouts of current views and deletes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gea-prune-'));
    for (const name of ['keep.json', 'stale.json', 'notes.txt']) writeFileSync(join(dir, name), '{}');
    expect(pruneLayoutCache(dir, new Set(['keep']))).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['keep.json', 'notes.txt']);
    expect(pruneLayoutCache(join(dir, 'missing'), new Set())).toBe(0);
  });
});
