// A build keeps the ArchiMate document's generated diagrams as it wrote them (kept-diagrams.ts) and
// writes a diagram from there while it is made from the same. A digest that missed something a
// diagram shows would leave it stale: the example model is edited one way at a time and the
// document, written with the diagrams of the unedited model kept, must be byte for byte the one
// written without them.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import type { ViewLayout } from '@gea-arch/diagrams';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { DrawnRelationships } from '../../src/archimate/drawn-relationships.js';
import { KeptDiagramFiles } from '../../src/build/kept-diagrams.js';
import { buildArchimate, compileTexts, loadWorkspace, type Workspace } from '../../src/index.js';

const EMPTY_GRAPH: ViewGraph = {
  id: 'v',
  kind: 'landscape',
  title: 'V',
  locale: 'mn',
  declared: false,
  aggregated: false,
  nodes: [],
  groups: [],
  edges: [],
};

const EVALUATION_DATE = '2026-11-27';

/** Where the layout below starts its row: a layout can change with nothing in the graph changed (another ELK, another candidate). */
let start = 0;

/** Nodes in a row and groups around them, edges bent once: where boxes go depends on the graph, as a layout's does. */
async function rowLayout(graph: ViewGraph): Promise<ViewLayout> {
  const text = { lines: [], fontSize: 12, bold: false, width: 0 };
  return {
    graph,
    width: graph.nodes.length * 200,
    height: 300,
    nodes: graph.nodes.map((node, index) => ({ node, x: start + index * 200, y: 100, width: 160, height: 60, label: text })),
    groups: graph.groups.map((group, index) => ({ group, x: index * 5, y: index * 5, width: 400, height: 200, label: text })),
    edges: graph.edges.map((edge, index) => ({
      edge,
      points: [
        { x: 0, y: 0 },
        { x: index, y: graph.nodes.length },
        { x: 10, y: 10 },
      ],
    })),
  };
}

describe('the ArchiMate document with the diagrams a build kept', () => {
  let workspace: Workspace;
  let texts: string[];
  let folder: string;

  const documentOf = async (sources: readonly string[], kept?: { folder: string; madeWith?: string }, noCache = false) => {
    const compilation = await compileTexts(workspace, sources, { evaluationDate: EVALUATION_DATE });
    const built = await buildArchimate(compilation.analysis.model, {
      name: workspace.config.name,
      findings: compilation.analysis.findings,
      layout: rowLayout,
      noCache,
      keptDiagrams: kept && { folder: kept.folder, madeWith: kept.madeWith ?? 'test' },
    });
    return Buffer.concat(built.xml).toString('utf8');
  };

  beforeAll(async () => {
    workspace = await loadWorkspace([MONGOLIA_EXAMPLE]);
    texts = workspace.files.map((file) => readFileSync(join(workspace.root, file), 'utf8'));
    folder = mkdtempSync(join(tmpdir(), 'gea-kept-diagrams-'));
  }, 60_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is the document written without them, and writes each generated diagram from what was kept', async () => {
    const fresh = await documentOf(texts);
    expect(await documentOf(texts, { folder })).toBe(fresh);
    const kept = readdirSync(folder);
    expect(kept.length).toBeGreaterThan(20);
    const times = kept.map((name) => statSync(join(folder, name)).mtimeMs);
    expect(await documentOf(texts, { folder })).toBe(fresh);
    expect(kept.map((name) => statSync(join(folder, name)).mtimeMs)).toEqual(times);
    // What is written is what was kept, not made again.
    const one = join(folder, kept[0]!);
    const bytes = readFileSync(one);
    writeFileSync(one, '<!-- kept -->\n');
    expect(await documentOf(texts, { folder })).toContain('<!-- kept -->');
    // An empty file is no diagram: it is made again.
    writeFileSync(one, '');
    expect(await documentOf(texts, { folder })).toBe(fresh);
    writeFileSync(one, bytes);
    // Those no view is made from now go, and what a killed build left half kept.
    writeFileSync(join(folder, 'gone.xml'), '');
    writeFileSync(join(folder, `${kept[0]!}.tmp`), '');
    await documentOf(texts, { folder });
    expect(readdirSync(folder).sort()).toEqual([...kept].sort());
    // `--no-cache` reads none of them.
    writeFileSync(one, '<!-- kept -->\n');
    expect(await documentOf(texts, { folder }, true)).toBe(fresh);
    expect(readFileSync(one)).toEqual(bytes);
  });

  it('makes a diagram again whenever what it shows changes', async () => {
    const edits: string[][] = [];
    const edit = (pattern: RegExp, replace: (match: string) => string, every: number) => {
      let count = 0;
      texts.forEach((text, file) => {
        for (const match of text.matchAll(pattern)) {
          if (count++ % every !== 0) continue;
          const edited = text.slice(0, match.index) + replace(match[0]) + text.slice(match.index + match[0].length);
          edits.push(texts.map((original, index) => (index === file ? edited : original)));
        }
      });
    };
    edit(/"[^"\n]*"/g, (literal) => `${literal.slice(0, -1)}ж"`, 150);
    edit(/^[ \t]*[^\s{}][^\n{}]*$/gm, () => '', 120);
    // A second consumption of an interface: relationship ids the whole model numbers move.
    edit(/\bconsumes [a-z_.]+/g, (statement) => `${statement}\n  ${statement}`, 50);
    edit(/\bvia khur\b/g, () => '', 12);
    expect(edits.length).toBeGreaterThan(15);
    await documentOf(texts, { folder });
    const madeFromUnedited = new Set(readdirSync(folder));
    for (const sources of edits) {
      const cacheOfUnedited = mkdtempSync(join(tmpdir(), 'gea-kept-diagrams-'));
      try {
        for (const name of madeFromUnedited) writeFileSync(join(cacheOfUnedited, name), readFileSync(join(folder, name)));
        expect(await documentOf(sources, { folder: cacheOfUnedited })).toBe(await documentOf(sources));
      } finally {
        rmSync(cacheOfUnedited, { recursive: true, force: true });
      }
    }
  }, 300_000);

  it('makes a diagram again when it is laid out otherwise, or its edges draw other relationships', async () => {
    await documentOf(texts, { folder });
    try {
      start = 7;
      expect(await documentOf(texts, { folder })).toBe(await documentOf(texts));
    } finally {
      start = 0;
    }
    const layout = await rowLayout({
      ...EMPTY_GRAPH,
      edges: [{ id: 'e', from: 'a', to: 'b', kind: 'consumes', status: 'active', tooltip: '' }],
    });
    const drawing = (relationship: string, reversed: boolean) => {
      const drawn = new DrawnRelationships();
      drawn.add('consumes', 'a', 'b', { relationship, reversed });
      return new KeptDiagramFiles(folder, 'test').madeFrom(layout, drawn);
    };
    expect(new Set([drawing('r1', false), drawing('r2', false), drawing('r1', true)]).size).toBe(3);
    expect(drawing('r1', false)).toBe(drawing('r1', false));
  });

  it('stands for a layout by its key in the layout cache when it has one, its geometry not read', async () => {
    const laidOut = await rowLayout({
      ...EMPTY_GRAPH,
      edges: [{ id: 'e', from: 'a', to: 'b', kind: 'consumes', status: 'active', tooltip: '' }],
    });
    const unread = { graph: laidOut.graph } as ViewLayout;
    for (const name of ['width', 'height', 'nodes', 'groups', 'edges'])
      Object.defineProperty(unread, name, { enumerable: true, get: () => expect.unreachable(`${name} read`) });
    const drawn = new DrawnRelationships();
    drawn.add('consumes', 'a', 'b', { relationship: 'r1', reversed: false });
    const madeFrom = (layout: ViewLayout, key?: string) => new KeptDiagramFiles(folder, 'test', true, () => key).madeFrom(layout, drawn);
    expect(madeFrom(unread, 'k1')).toBe(madeFrom(laidOut, 'k1'));
    expect(madeFrom(unread, 'k2')).not.toBe(madeFrom(unread, 'k1'));
    expect(madeFrom(laidOut)).not.toBe(madeFrom(laidOut, 'k1'));
  });

  it('makes every diagram again for another gea', async () => {
    await documentOf(texts, { folder });
    const before = new Set(readdirSync(folder));
    await documentOf(texts, { folder, madeWith: 'another gea' });
    expect(readdirSync(folder).filter((name) => before.has(name))).toEqual([]);
  });
});
