import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheFilePath, layoutCacheKey } from '../../src/node/layout-cache.js';
import { layoutViews } from '../../src/node/layout-pool.js';
import { layoutView } from '../../src/layout/layout-view.js';
import type { ViewGraph } from '@gea-arch/core';
import { FONTS } from '../fonts.js';
import { generatedView, LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';
import type * as PureEntryModule from '../../src/index.js';
import type * as NodeEntryModule from '../../src/node/index.js';

type PureEntry = typeof PureEntryModule;
type NodeEntry = typeof NodeEntryModule;

const GRAPHS: readonly ViewGraph[] = [MIXED_VIEW, LONG_LABEL_VIEW, generatedView(12), generatedView(16, 5)];
const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'gea-layout-pool-'));

/** A layout function that records which views it was asked for. */
function watchedLayout() {
  return vi.fn((graph: ViewGraph, fonts: typeof FONTS) => layoutView(graph, fonts));
}

describe('layoutViews', () => {
  it('lays out every view in the order given, as layoutView does, and reports progress', async () => {
    const progress: [number, number][] = [];
    const { layouts, stats } = await layoutViews(GRAPHS, FONTS, { onProgress: (done, total) => progress.push([done, total]) });
    expect(stats).toEqual({ laidOut: GRAPHS.length, cached: 0 });
    expect(layouts.map((layout) => layout.graph)).toEqual(GRAPHS);
    for (const [index, graph] of GRAPHS.entries()) {
      expect(JSON.stringify(layouts[index])).toBe(JSON.stringify(await layoutView(graph, FONTS)));
    }
    expect(progress).toEqual(GRAPHS.map((_, index) => [index + 1, GRAPHS.length]));
  });

  it('reads every unchanged view from the cache the second time, without laying it out', async () => {
    const dir = cacheDir();
    const first = watchedLayout();
    const cold = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, layout: first });
    expect(cold.stats).toEqual({ laidOut: GRAPHS.length, cached: 0 });
    expect(first).toHaveBeenCalledTimes(GRAPHS.length);
    expect(readdirSync(dir).sort()).toEqual(GRAPHS.map((graph) => `${layoutCacheKey(graph, FONTS)}.json`).sort());
    expect(cold.keys).toEqual(GRAPHS.map((graph) => layoutCacheKey(graph, FONTS)));

    const second = watchedLayout();
    const warm = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, layout: second });
    expect(warm.stats).toEqual({ laidOut: 0, cached: GRAPHS.length });
    expect(second).not.toHaveBeenCalled();
    expect(JSON.stringify(warm.layouts)).toBe(JSON.stringify(cold.layouts));
    expect(warm.layouts.map((layout) => layout.graph)).toEqual(GRAPHS);
  });

  it('lays out only the views that changed, and attaches the current graph to cached geometry', async () => {
    const dir = cacheDir();
    await layoutViews(GRAPHS, FONTS, { cacheDir: dir });
    const retitled = { ...MIXED_VIEW, title: 'Шинэ гарчиг', nodes: MIXED_VIEW.nodes.map((n) => ({ ...n, tooltip: 'өөр' })) };
    const relabelled = { ...LONG_LABEL_VIEW, nodes: LONG_LABEL_VIEW.nodes.map((n) => ({ ...n, label: `${n.label} Ү` })) };
    const layout = watchedLayout();
    const { layouts, stats } = await layoutViews([retitled, relabelled, ...GRAPHS.slice(2)], FONTS, { cacheDir: dir, layout });
    expect(stats).toEqual({ laidOut: 1, cached: GRAPHS.length - 1 });
    expect(layout.mock.calls.map(([graph]) => graph.id)).toEqual([relabelled.id]);
    expect(layouts[0]!.graph).toBe(retitled);
    expect(layouts[0]!.nodes[0]!.node.tooltip).toBe('өөр');
  });

  it('lays every view out again with noCache, and refreshes the cache', async () => {
    const dir = cacheDir();
    await layoutViews(GRAPHS, FONTS, { cacheDir: dir });
    const layout = watchedLayout();
    const { stats } = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, noCache: true, layout });
    expect(stats).toEqual({ laidOut: GRAPHS.length, cached: 0 });
    expect(layout).toHaveBeenCalledTimes(GRAPHS.length);
    expect((await layoutViews(GRAPHS, FONTS, { cacheDir: dir })).stats.cached).toBe(GRAPHS.length);
  });

  it('ignores a corrupt cache file, lays that view out and rewrites the file', async () => {
    const dir = cacheDir();
    await layoutViews(GRAPHS, FONTS, { cacheDir: dir });
    writeFileSync(cacheFilePath(dir, layoutCacheKey(GRAPHS[1]!, FONTS)), '{"version":1,"key":');
    const layout = watchedLayout();
    const { stats } = await layoutViews(GRAPHS, FONTS, { cacheDir: dir, layout });
    expect(stats).toEqual({ laidOut: 1, cached: GRAPHS.length - 1 });
    expect(layout.mock.calls.map(([graph]) => graph.id)).toEqual([GRAPHS[1]!.id]);
    expect((await layoutViews(GRAPHS, FONTS, { cacheDir: dir })).stats).toEqual({ laidOut: 0, cached: GRAPHS.length });
  });

  it('says which view it starts and which it finished', async () => {
    const events: string[] = [];
    await layoutViews(GRAPHS.slice(0, 2), FONTS, {
      onStart: (view, done, total) => events.push(`start ${view} ${done}/${total}`),
      onProgress: (done, total, view) => events.push(`done ${view} ${done}/${total}`),
    });
    expect(events).toEqual([
      `start ${GRAPHS[0]!.id} 0/2`,
      `done ${GRAPHS[0]!.id} 1/2`,
      `start ${GRAPHS[1]!.id} 1/2`,
      `done ${GRAPHS[1]!.id} 2/2`,
    ]);
  });

  it('lays out a view with the same content as an earlier one once, and gives both the layout', async () => {
    const twin = { ...GRAPHS[0]!, id: 'twin', title: 'Twin' };
    const { layouts, stats } = await layoutViews([GRAPHS[0]!, twin], FONTS);
    expect(stats).toEqual({ laidOut: 2, cached: 0 });
    expect(layouts[1]!.graph).toBe(twin);
    expect(JSON.stringify(layouts[1]!.nodes)).toBe(JSON.stringify(layouts[0]!.nodes));
  });

  it('lays out in this process when no compiled worker script is at hand (as under vitest)', async () => {
    const { stats } = await layoutViews(GRAPHS.slice(0, 2), FONTS, {
      workers: 2,
      workerScript: pathToFileURL(join(tmpdir(), 'no-such-layout-worker.js')),
    });
    expect(stats.laidOut).toBe(2);
  });
});

// The real worker threads run the compiled dist/ (a .ts worker does not run under vitest). The
// worker pool and the in-process layout both come from the same dist, so a stale build still agrees.
const DIST = resolve(process.env.GEA_DIAGRAMS_DIST ?? join(import.meta.dirname, '../../dist'));
const DIST_LAYOUT = join(DIST, 'index.js');
const DIST_NODE = join(DIST, 'node/index.js');
const DIST_WORKER = join(DIST, 'node/layout-worker.js');

/** The compiled package: the pure entry, and the Node.js one with its bundled fonts loaded. */
async function compiled() {
  const pure = (await import(pathToFileURL(DIST_LAYOUT).href)) as PureEntry;
  const node = (await import(pathToFileURL(DIST_NODE).href)) as NodeEntry;
  return { layoutView: pure.layoutView, layoutViews: node.layoutViews, fonts: node.loadBundledFonts() };
}

describe('layoutViews in worker threads (compiled dist)', () => {
  beforeAll(() => {
    if (!existsSync(DIST_WORKER)) throw new Error(`${DIST_WORKER} is missing: run \`npm run build\` first (\`npm test\` does)`);
  });

  it('gives the same layouts in worker threads as in this process, and caches them', { timeout: 240_000 }, async () => {
    const dist = await compiled();
    const graphs = [...GRAPHS, generatedView(18, 9)];
    const dir = cacheDir();
    const threaded = await dist.layoutViews(graphs, dist.fonts, { workers: 2, cacheDir: dir });
    expect(threaded.stats).toEqual({ laidOut: graphs.length, cached: 0 });
    const inProcess = await Promise.all(graphs.map((graph) => dist.layoutView(graph, dist.fonts)));
    expect(JSON.stringify(threaded.layouts)).toBe(JSON.stringify(inProcess));
    expect(threaded.layouts.map((layout) => layout.graph)).toEqual(graphs);
    const again = await dist.layoutViews(graphs, dist.fonts, { workers: 2, cacheDir: dir });
    expect(again.stats).toEqual({ laidOut: 0, cached: graphs.length });
  });

  it('names the view when a worker fails to lay it out', async () => {
    const dist = await compiled();
    const broken: ViewGraph = { ...MIXED_VIEW, id: 'broken', edges: [{ ...MIXED_VIEW.edges[0]!, to: 'mn.nowhere' }] };
    await expect(dist.layoutViews([LONG_LABEL_VIEW, broken], dist.fonts, { workers: 2 })).rejects.toThrow(/broken/);
  });
});

/** A worker script that does `body` with each request instead of laying it out. */
function fakeWorker(body: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-fake-worker-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (request) => { ${body} });\n`);
  return pathToFileURL(file);
}

describe('layoutViews when a worker thread misbehaves', () => {
  const graphs = [MIXED_VIEW, LONG_LABEL_VIEW];

  it('stops with an error naming the view when its worker does not answer in time, never hanging', async () => {
    const workerScript = fakeWorker('/* never answers */');
    await expect(layoutViews(graphs, FONTS, { workers: 2, workerScript, timeoutMs: 1500 })).rejects.toMatchObject({
      name: 'LayoutFailure',
      view: expect.stringMatching(/^(mixed|long-labels)$/),
      kind: 'silent',
      detail: '2',
    });
  });

  it('stops with an error naming the view when its worker dies', async () => {
    const workerScript = fakeWorker('process.exit(3);');
    await expect(layoutViews(graphs, FONTS, { workers: 2, workerScript, timeoutMs: 10_000 })).rejects.toMatchObject({
      name: 'LayoutFailure',
      view: expect.stringMatching(/^(mixed|long-labels)$/),
      kind: 'exited',
      detail: '3',
    });
  });

  it('stops with an error naming the view when its worker throws', async () => {
    const workerScript = fakeWorker("throw new Error('out of memory');");
    await expect(layoutViews(graphs, FONTS, { workers: 2, workerScript, timeoutMs: 10_000 })).rejects.toMatchObject({
      name: 'LayoutFailure',
      view: expect.stringMatching(/^(mixed|long-labels)$/),
      kind: 'crashed',
      detail: 'out of memory',
    });
  });
});
