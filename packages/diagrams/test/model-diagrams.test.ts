// Diagrams of whole models — the national example, every conformance example, a model with
// hostile names — through the real build: every view renders, lays out cleanly, carries its data
// attributes, escapes what it must, gives the same bytes twice, and comes from the cache the
// second time without laying anything out; and how readable each view is, by the measures.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONFORMANCE_DIR } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace, compileWorkspace, foldDenseViews } from '@gea-arch/compiler';
import { computeViews } from '@gea-arch/core';
import type { ViewGraph } from '@gea-arch/core';
import { measureReadability, READABILITY_LIMITS, readabilityProblems, type ReadabilityLimits, type ViewLayout } from '@gea-arch/diagrams';
import { layoutViews } from '@gea-arch/diagrams/node';
import { DEFAULT_PLAN, layoutView } from '../src/layout/index.js';
import { pictureSvg } from '../src/svg/picture-svg.js';
import { renderSvg } from '../src/svg/render-svg.js';
import { FONTS } from './fonts.js';
import { layoutProblems } from './layout/geometry-checks.js';
import { parseSvg } from './svg/parse-svg.js';
import { mermaidAccepts } from './text/mermaid-parser.js';
import { HOSTILE_NAMES, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';

const EXAMPLE = MONGOLIA_EXAMPLE;
const HOSTILE = HOSTILE_NAMES;

/** The layouts a build draws (with the findings marked, dense views folded); from the build's cache when given. */
async function layoutsOf(target: string, cacheDir?: string): Promise<ViewLayout[]> {
  const { analysis } = await compileWorkspace(await loadWorkspace([target]), { evaluationDate: '2026-11-27' });
  const { model, findings } = analysis;
  const layOut = async (graphs: readonly ViewGraph[]) => (await layoutViews(graphs, FONTS, { workers: 1, cacheDir })).layouts;
  return (await foldDenseViews(model, await layOut(computeViews(model, { findings })), layOut, { findings })).layouts;
}

function checkLayouts(layouts: readonly ViewLayout[]): string[] {
  const problems: string[] = [];
  for (const layout of layouts) {
    for (const problem of layoutProblems(layout)) problems.push(`${layout.graph.id}: ${problem}`);
    for (const placed of layout.nodes) {
      if (placed.label.width > placed.width) problems.push(`${layout.graph.id}: label of ${placed.node.id} is wider than its box`);
    }
  }
  return problems;
}

/** What is over its readability limit, view by view (`view: aspect 2.3 > 2`). */
function overLimits(layouts: readonly ViewLayout[], which: readonly (keyof ReadabilityLimits)[]): string[] {
  const limits = { ...NO_LIMITS, ...Object.fromEntries(which.map((name) => [name, READABILITY_LIMITS[name]])) };
  return layouts.flatMap((layout) =>
    readabilityProblems(measureReadability(layout), limits).map((problem) => `${layout.graph.id}: ${problem}`),
  );
}

const NO_LIMITS: ReadabilityLimits = {
  aspect: Infinity,
  edgesThroughNodes: Infinity,
  crossingsPerEdge: Infinity,
  bendsPerEdge: Infinity,
  smallestTextAtA3: 0,
};

describe('diagrams of the national example', () => {
  let outDir: string;
  let files: string[];
  let layouts: ViewLayout[];

  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'gea-diagrams-')), 'out');
    const result = await buildWorkspace(await loadWorkspace([EXAMPLE]), {
      outDir,
      only: ['diagrams'],
      toolVersion: 'test',
      evaluationDate: '2026-11-27',
    });
    // Every view, and those too dense to read as drawn once more, folded.
    expect(result.diagrams?.laidOut).toBeGreaterThanOrEqual(result.diagrams!.views);
    files = readdirSync(join(outDir, 'diagrams')).sort();
    // The build's layouts, read back from its cache.
    layouts = await layoutsOf(EXAMPLE, join(outDir, '.cache', 'layouts'));
  }, 600_000);

  it('renders every view as SVG, Mermaid and PlantUML', async () => {
    const { analysis } = await compileWorkspace(await loadWorkspace([EXAMPLE]));
    const ids = computeViews(analysis.model).map((view) => view.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    for (const id of ids) expect(files).toEqual(expect.arrayContaining([`${id}.svg`, `${id}.mmd`, `${id}.puml`]));
  });

  it('lays every view out without overlaps, with labels inside their boxes and edges touching their nodes', () => {
    expect(checkLayouts(layouts)).toEqual([]);
  });

  it('draws every view at most 2 : 1 either way, with no edge through a node that is not its end', () => {
    expect(overLimits(layouts, ['aspect', 'edgesThroughNodes'])).toEqual([]);
  });

  it('keeps every view within every readability limit, as the build draws it (decisions 0018, 0021, 0024)', () => {
    expect(overLimits(layouts, Object.keys(READABILITY_LIMITS) as (keyof ReadabilityLimits)[])).toEqual([]);
  });

  it('writes SVG that parses, with data attributes on every node and edge', () => {
    for (const file of files.filter((name) => name.endsWith('.svg'))) {
      const document = parseSvg(readFileSync(join(outDir, 'diagrams', file), 'utf8'));
      const nodes = [...document.querySelectorAll('g.node')];
      const edges = [...document.querySelectorAll('g.edge')];
      expect(nodes.length, file).toBeGreaterThan(0);
      for (const node of nodes) expect(node.getAttribute('data-id'), file).toBeTruthy();
      for (const edge of edges) {
        for (const attribute of ['data-from', 'data-to', 'data-kind'])
          expect(edge.getAttribute(attribute), `${file} ${attribute}`).toBeTruthy();
      }
    }
  });

  it('sets every label of every drawing as glyph outlines for its PNG, in SVG that parses', () => {
    for (const file of files.filter((name) => name.endsWith('.svg'))) {
      const svg = readFileSync(join(outDir, 'diagrams', file), 'utf8');
      const picture = pictureSvg(svg, FONTS);
      expect(picture, file).not.toMatch(/<text|<tspan/);
      expect(parseSvg(picture).querySelectorAll('g.glyphs').length, file).toBe((svg.match(/<text\b/g) ?? []).length);
    }
  });

  it("writes Mermaid that Mermaid's own parser accepts", async () => {
    for (const file of files.filter((name) => name.endsWith('.mmd'))) {
      await expect(mermaidAccepts(readFileSync(join(outDir, 'diagrams', file), 'utf8')), file).resolves.toBeUndefined();
    }
  });

  it('gives the same bytes on a second build, from the cache, without laying anything out', async () => {
    const before = new Map(files.map((file) => [file, readFileSync(join(outDir, 'diagrams', file))]));
    const layout = vi.fn(layoutView);
    const again = await buildWorkspace(await loadWorkspace([EXAMPLE]), {
      outDir,
      only: ['diagrams'],
      toolVersion: 'test',
      evaluationDate: '2026-11-27',
      layout,
    });
    expect(layout).not.toHaveBeenCalled();
    // Every view from the cache, and the folded version of each too dense to read as drawn.
    expect(again.diagrams?.laidOut).toBe(0);
    expect(again.diagrams!.cached).toBeGreaterThanOrEqual(again.diagrams!.views);
    const after = readdirSync(join(outDir, 'diagrams')).sort();
    expect(after).toEqual(files);
    for (const file of after) expect(readFileSync(join(outDir, 'diagrams', file)).equals(before.get(file)!), file).toBe(true);
  });

  it('lays out again with no-cache', { timeout: 300_000 }, async () => {
    const layout = vi.fn((graph: ViewGraph, fonts: typeof FONTS) => layoutView(graph, fonts, { plan: DEFAULT_PLAN }));
    const result = await buildWorkspace(await loadWorkspace([EXAMPLE]), {
      outDir,
      only: ['diagrams'],
      toolVersion: 'test',
      noCache: true,
      layout,
    });
    expect(result.diagrams).toMatchObject({ cached: 0, laidOut: layout.mock.calls.length });
    expect(result.diagrams!.laidOut).toBeGreaterThanOrEqual(result.diagrams!.views);
  });
});

describe('diagrams of the conformance examples', () => {
  for (const entry of readdirSync(CONFORMANCE_DIR)
    .filter((name) => name !== 'README.md')
    .sort()) {
    it(`${entry}: every view lays out cleanly, within every readability limit, and renders`, { timeout: 120_000 }, async () => {
      const layouts = await layoutsOf(join(CONFORMANCE_DIR, entry));
      expect(layouts.length).toBeGreaterThan(0);
      expect(checkLayouts(layouts)).toEqual([]);
      expect(overLimits(layouts, Object.keys(READABILITY_LIMITS) as (keyof ReadabilityLimits)[])).toEqual([]);
      for (const layout of layouts) {
        const document = parseSvg(renderSvg(layout, FONTS));
        expect(document.querySelectorAll('g.node').length, layout.graph.id).toBe(layout.nodes.length);
        expect(document.querySelectorAll('g.edge').length, layout.graph.id).toBe(layout.edges.length);
      }
    });
  }
});

describe('diagrams of a model with hostile names', () => {
  it('escapes `<script>`, `&` and quotes in every output', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'gea-hostile-')), 'out');
    await buildWorkspace(await loadWorkspace([HOSTILE]), { outDir, only: ['diagrams'], toolVersion: 'test' });
    const svgs = readdirSync(join(outDir, 'diagrams')).filter((file) => file.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const file of svgs) {
      const svg = readFileSync(join(outDir, 'diagrams', file), 'utf8');
      parseSvg(svg);
      const picture = pictureSvg(svg, FONTS);
      expect(parseSvg(picture).querySelector('text'), file).toBeNull();
      expect(picture, file).not.toMatch(/<script/i);
      expect(svg, file).not.toMatch(/<script/i);
      expect(svg, file).not.toMatch(/<img|<b>/);
      if (svg.includes('data-id="evil"') || svg.includes('data-id="client"')) expect(svg, file).toContain('&lt;script&gt;');
      if (svg.includes('class="node ')) expect(svg, file).toContain('&amp;');
      else expect(svg, file).toContain('Энэ харагдацад үзүүлэх элемент алга.');
      await expect(mermaidAccepts(readFileSync(join(outDir, 'diagrams', file.replace(/\.svg$/, '.mmd')), 'utf8'))).resolves.toBeUndefined();
    }
  });
});
