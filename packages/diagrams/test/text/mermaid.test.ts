import { describe, expect, it } from 'vitest';
import { MERMAID_LIMITS, mermaidDrawing, renderMermaid } from '../../src/text/mermaid.js';
import { assignIdentifiers } from '../../src/text/identifiers.js';
import type { EdgeKind, NodeKind, ViewGraph } from '@gea-arch/core';
import {
  ALL_FIXTURES,
  EDGE_KINDS,
  HOSTILE_NAMES,
  NODE_KINDS,
  aggregated,
  deeplyNested,
  empty,
  gap,
  hostile,
  landscape,
  viewEdge,
  viewGraph,
  viewNode,
} from './fixtures.js';
import { loadMermaid, mermaidAccepts, parseFlowchart, type ParsedFlowchart } from './mermaid-parser.js';

const SHAPE_IN_MERMAID: Readonly<Record<NodeKind, string>> = {
  agency: 'round',
  system: 'square',
  data: 'cylinder',
  document: 'lean_right',
  interface: 'hexagon',
  platform: 'subroutine',
  trust: 'stadium',
};

const STROKE_IN_MERMAID: Readonly<Record<EdgeKind, string>> = {
  consumes: 'normal',
  provides: 'normal',
  carries: 'normal',
  masters: 'thick',
  aggregate: 'thick',
  stores: 'dotted',
  'depends-on': 'dotted',
  uses: 'dotted',
  signs: 'dotted',
  seals: 'dotted',
  verifies: 'dotted',
  with: 'dotted',
  timestamp: 'dotted',
  issuer: 'dotted',
};

/** Text as it should come back: one entry per line, tabs and other control characters as spaces. */
function asLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/\p{Cc}/gu, ' '));
}

async function parsed(graph: ViewGraph): Promise<ParsedFlowchart> {
  return parseFlowchart(renderMermaid(graph));
}

describe('renderMermaid', () => {
  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))('writes a flowchart Mermaid accepts: %s', async (_, graph) => {
    const text = renderMermaid(graph);
    expect(text.split('\n')[3]).toBe('flowchart LR');
    await expect(mermaidAccepts(text)).resolves.toBeUndefined();
  });

  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))('gives the parser exactly the view: %s', async (_, graph) => {
    const flowchart = await parsed(graph);
    const ids = assignIdentifiers(graph);
    expect(flowchart.title).toBe(graph.title.replace(/\s*\n\s*/g, ' '));
    expect([...flowchart.vertices.keys()].sort()).toEqual(graph.nodes.map((node) => ids.node(node.id)!).sort());
    for (const node of graph.nodes) {
      const vertex = flowchart.vertices.get(ids.node(node.id)!)!;
      expect(vertex.shape).toBe(SHAPE_IN_MERMAID[node.kind]);
      expect(vertex.text.split('\n').slice(0, asLines(node.label).length)).toEqual(asLines(node.label));
      if (node.detail !== undefined) expect(vertex.text).toContain(asLines(node.detail).join('\n'));
    }
    expect(flowchart.subgraphs.map((subgraph) => subgraph.id).sort()).toEqual(graph.groups.map((group) => ids.group(group.id)!).sort());
    expect(flowchart.edges).toHaveLength(graph.edges.length);
    graph.edges.forEach((edge, index) => {
      const drawn = flowchart.edges[index]!;
      expect([drawn.from, drawn.to]).toEqual([ids.node(edge.from), ids.node(edge.to)]);
      expect(drawn.stroke).toBe(STROKE_IN_MERMAID[edge.kind]);
      expect(drawn.arrow).toBe('arrow_point');
      if (edge.label !== undefined) expect(drawn.text.split('\n').slice(0, asLines(edge.label).length)).toEqual(asLines(edge.label));
    });
  });

  it('puts every node and nested group inside its parent subgraph', async () => {
    for (const graph of [landscape, deeplyNested, hostile, gap]) {
      const flowchart = await parsed(graph);
      const ids = assignIdentifiers(graph);
      const membersOf = (groupId: string) => flowchart.subgraphs.find((subgraph) => subgraph.id === ids.group(groupId))!.members;
      for (const node of graph.nodes.filter((node) => node.group !== undefined))
        expect(membersOf(node.group!)).toContain(ids.node(node.id));
      for (const group of graph.groups.filter((group) => group.parent !== undefined))
        expect(membersOf(group.parent!)).toContain(ids.group(group.id));
      const members = new Set(flowchart.subgraphs.flatMap((subgraph) => subgraph.members));
      for (const node of graph.nodes.filter((node) => node.group === undefined)) expect(members.has(ids.node(node.id)!)).toBe(false);
    }
  });

  it('draws every node kind with its own shape and every edge kind with its line', async () => {
    const flowchart = await parsed(landscape);
    expect(new Set(landscape.nodes.map((node) => node.kind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(landscape.edges.map((edge) => edge.kind))).toEqual(new Set(EDGE_KINDS));
    expect(new Set([...flowchart.vertices.values()].map((vertex) => vertex.shape))).toEqual(new Set(Object.values(SHAPE_IN_MERMAID)));
    expect(new Set(flowchart.edges.map((edge) => edge.stroke))).toEqual(new Set(['normal', 'dotted', 'thick']));
  });

  it('brings every hostile name back exactly, as node, group, detail, badge and edge label', async () => {
    const flowchart = await parsed(hostile);
    const vertexTexts = [...flowchart.vertices.values()].map((vertex) => vertex.text).join('\n');
    const edgeTexts = flowchart.edges.map((edge) => edge.text).join('\n');
    const groupTitles = flowchart.subgraphs.map((subgraph) => subgraph.title).join('\n');
    for (const name of HOSTILE_NAMES) {
      const lines = asLines(name).join('\n');
      expect(vertexTexts).toContain(lines);
      expect(edgeTexts).toContain(lines);
    }
    expect(groupTitles).toContain('<script>alert("x")</script>');
    expect(groupTitles).toContain('Say "hello"');
    expect(groupTitles).toContain('%%{init: {"theme":"dark"}}%%');
  });

  it('escapes markup, quotes and directives in the text itself', async () => {
    // A `%%{init}%%` directive in a name or the title would change Mermaid's configuration.
    expect(await (await loadMermaid()).parse(renderMermaid(hostile))).toEqual({ diagramType: 'flowchart-v2', config: {} });
    const text = renderMermaid(hostile).split('\n---\n')[1]!;
    expect(text).not.toMatch(/<script|<\/script|<color|<b>|%%\{|&amp;|`/);
    expect(text).toContain('#lt;script#gt;');
    expect(text).toContain('Tom #amp; Jerry');
    // Every line opens and closes its quotes: no quote inside a label is left raw.
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('marks classification and status with classes and with words, so colour is not the only cue', async () => {
    const flowchart = await parsed(landscape);
    const ids = assignIdentifiers(landscape);
    const citizen = flowchart.vertices.get(ids.node('mn.gasr.citizen')!)!;
    expect(citizen.classes).toContain('classified_restricted');
    expect(citizen.text).toContain('ХЯЗГААРЛАГДМАЛ');
    expect(citizen.text).toContain('суурь бүртгэл');
    const portal = flowchart.vertices.get(ids.node('mn.mojha.portal')!)!;
    expect(portal.classes).toEqual(['kind_system', 'status_planned']);
    expect(flowchart.subgraphs.find((subgraph) => subgraph.id === ids.group('mn.ndc.khur'))!.classes).toEqual([
      'group_platform',
      'status_retiring',
    ]);
    for (const className of [
      'classified_restricted',
      'classified_secret',
      'classified_public',
      'status_planned',
      'status_changed',
      'group_agency',
    ]) {
      expect(flowchart.classDefs.has(className)).toBe(true);
    }
    const eliminated = flowchart.edges.find((edge) => edge.text.startsWith('direct-db'))!;
    expect(eliminated.text).toBe('direct-db\n«хасагдсан»');
  });

  it('names unlabelled edges by their kind in the view locale, and aggregates by their count', async () => {
    expect((await parsed(landscape)).edges[1]!.text).toBe('нийлүүлдэг');
    expect((await parsed(aggregated)).edges.map((edge) => edge.text)).toEqual(['14', '3', '1']);
    expect((await parsed(viewGraph({ nodes: [viewNode('a', 'system'), viewNode('b', 'data')], edges: [] }))).edges).toEqual([]);
  });

  it('writes an empty view as a flowchart with only its title', async () => {
    expect(renderMermaid(empty)).toBe('---\ntitle: "Nothing to show"\n---\nflowchart LR\n');
    const flowchart = await parsed(empty);
    expect(flowchart.vertices.size).toBe(0);
  });

  it('gives the same bytes on every run', () => {
    for (const graph of ALL_FIXTURES) expect(renderMermaid(structuredClone(graph))).toBe(renderMermaid(graph));
  });

  it('refuses an edge to an id the view does not have', () => {
    const broken = viewGraph({
      nodes: [viewNode('a', 'system')],
      edges: [{ id: 'x', from: 'a', to: 'ghost', kind: 'uses', status: 'active', tooltip: '' }],
    });
    expect(() => renderMermaid(broken)).toThrow(/ghost/);
  });
});

describe('Mermaid parser as a check (negative controls)', () => {
  it('rejects a label whose quote was left raw', async () => {
    const broken = renderMermaid(hostile).replace('Say #quot;hello#quot;', 'Say "hello"');
    await expect(mermaidAccepts(broken)).rejects.toThrow(/Parse error/);
  });

  it('rejects a subgraph that is never closed', async () => {
    const broken = renderMermaid(deeplyNested).replace(/\n\s*end\n/, '\n');
    await expect(mermaidAccepts(broken)).rejects.toThrow();
  });

  it('applies a directive left raw in a label, which is why names have their % encoded', async () => {
    const mermaid = await loadMermaid();
    const text = renderMermaid(viewGraph({ nodes: [viewNode('a', 'system', { label: "x %%{init: {'theme':'dark'}}%% y" })] }));
    expect(await mermaid.parse(text)).toEqual({ diagramType: 'flowchart-v2', config: {} });
    expect(await mermaid.parse(text.replaceAll('#37;', '%'))).toMatchObject({ config: { theme: 'dark' } });
  });

  it('rejects an edge with no target', async () => {
    await expect(mermaidAccepts(`${renderMermaid(landscape)}  n_mn_gasr -->\n`)).rejects.toThrow();
  });
});

/** A view of `edges` edges between two nodes (each labelled, so each is its own line), and nodes with labels of `labelLength`. */
function sized({
  edges = 1,
  nodes = 2,
  labelLength = 1,
  locale = 'en',
}: {
  edges?: number;
  nodes?: number;
  labelLength?: number;
  locale?: string;
}) {
  const ids = Array.from({ length: nodes }, (_, index) => `n${index}`);
  return viewGraph({
    id: 'big',
    title: 'Big',
    locale,
    nodes: ids.map((id) => viewNode(id, 'system', { label: `${id} ${'x'.repeat(labelLength)}` })),
    edges: Array.from({ length: edges }, (_, index) => viewEdge('consumes', 'n0', 'n1', { id: `e${index}`, label: `i${index}` })),
  });
}

describe("Mermaid's limits", () => {
  it('are the defaults of the Mermaid the tests parse with', async () => {
    const { defaultConfig } = (await loadMermaid()).mermaidAPI as unknown as { defaultConfig: { maxEdges: number; maxTextSize: number } };
    expect(MERMAID_LIMITS).toEqual({ edges: defaultConfig.maxEdges, characters: defaultConfig.maxTextSize });
  });

  it('are counted as Mermaid counts: every edge, and the characters after the front matter and the note', () => {
    const { text, size } = mermaidDrawing(sized({ edges: 3 }));
    expect(size).toEqual({ edges: 3, characters: text.slice(text.indexOf('flowchart LR')).length });
    const over = mermaidDrawing(sized({ edges: 501 }));
    expect(over.size.characters).toBe(over.text.slice(over.text.indexOf('flowchart LR')).length);
  });

  it('leave a text at the limit of edges as it is, which Mermaid draws', async () => {
    const text = renderMermaid(sized({ edges: MERMAID_LIMITS.edges }));
    expect(text).not.toContain('%%');
    await mermaidAccepts(text);
  });

  it('put a note after the title of a text over the limit of edges, which Mermaid refuses', async () => {
    const text = renderMermaid(sized({ edges: MERMAID_LIMITS.edges + 1 }));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['---', 'title: "Big"', '---']);
    expect(lines[3]).toMatch(/^%% Mermaid will not draw this: it has 501 edges \(at most 500\), .*`gea diagram big -o big\.svg`$/);
    expect(lines[4]).toBe('flowchart LR');
    // Every edge is still there: the note tells, the text does not leave edges out.
    expect(lines.filter((line) => line.startsWith('  n_n0 -->'))).toHaveLength(501);
    await expect(mermaidAccepts(text)).rejects.toThrow(/Edge limit exceeded/);
  });

  it("note a text over the limit of characters in the view's locale, as a comment Mermaid reads past", async () => {
    const graph = sized({ nodes: 20, labelLength: 2600, locale: 'mn' });
    const { text, size } = mermaidDrawing(graph);
    expect(size.characters).toBeGreaterThan(MERMAID_LIMITS.characters);
    expect(text.split('\n')[3]).toMatch(new RegExp(`^%% Mermaid үүнийг зурахгүй: ${size.characters} тэмдэгт \\(хамгийн ихдээ 50000\\)`));
    const parsed = await parseFlowchart(text);
    expect(parsed.title).toBe('Big');
    expect(parsed.vertices.size).toBe(20);
  });
});
