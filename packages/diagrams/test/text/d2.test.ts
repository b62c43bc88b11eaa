import { describe, expect, it } from 'vitest';
import { compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { computeViews } from '@gea-arch/core';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { renderD2 } from '../../src/text/d2.js';
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
  viewGroup,
  viewNode,
} from './fixtures.js';
import { readD2, type D2Diagram, type D2Shape } from './d2-reader.js';

const SHAPE_IN_D2: Readonly<Record<NodeKind, string>> = {
  agency: 'rectangle',
  system: 'rectangle',
  data: 'cylinder',
  document: 'document',
  interface: 'hexagon',
  platform: 'package',
  trust: 'oval',
};

const LINE_CLASSES: Readonly<Record<EdgeKind, readonly string[]>> = {
  consumes: [],
  provides: [],
  carries: [],
  masters: ['line_thick'],
  aggregate: ['line_thick'],
  stores: ['line_dotted'],
  'depends-on': ['line_dotted'],
  uses: ['line_dotted'],
  signs: ['line_dotted'],
  seals: ['line_dotted'],
  verifies: ['line_dotted'],
  with: ['line_dotted'],
  timestamp: ['line_dotted'],
  issuer: ['line_dotted'],
};

/** Text as it should come back: one entry per line, tabs and other control characters as spaces. */
function asLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/\p{Cc}/gu, ' '));
}

/** The shapes that draw the graph's nodes or groups: every shape but the title, by its tooltip (the full name). */
function drawn(diagram: D2Diagram, kind: 'n_' | 'g_'): Map<string, D2Shape> {
  const shapes = [...diagram.shapes.values()].filter((shape) => shape.path.split('.').pop()!.startsWith(kind));
  return new Map(shapes.map((shape) => [shape.tooltip!, shape]));
}

const tiny = viewGraph({
  id: 'tiny',
  title: 'Tiny "view"',
  groups: [viewGroup('mn.gasr', 'agency', { label: 'GASR' })],
  nodes: [
    viewNode('mn.gasr.civil_registry', 'system', { label: 'Civil registry', group: 'mn.gasr' }),
    viewNode('mn.tax.portal', 'system', { label: 'Tax portal', status: 'planned' }),
  ],
  edges: [
    viewEdge('consumes', 'mn.tax.portal', 'mn.gasr.civil_registry', { label: 'citizen_info' }),
    viewEdge('depends-on', 'mn.tax.portal', 'mn.gasr.civil_registry'),
  ],
});

describe('renderD2', () => {
  it('writes a small view: the title, the classes it uses, a container per group, edges by full path', () => {
    expect(renderD2(tiny)).toBe(
      [
        'direction: right',
        'title: "Tiny \\"view\\"" {',
        '  shape: text',
        '  near: top-center',
        '  style: {font-size: 20; bold: true}',
        '}',
        'classes: {',
        '  kind_system: {style: {fill: "#ffffff"; stroke: "#334155"; font-color: "#0f172a"}}',
        '  group_agency: {style: {fill: "#f8fafc"; stroke: "#94a3b8"; font-color: "#0f172a"}}',
        '  status_planned: {style: {stroke-dash: 5; stroke-width: 2}}',
        '  line_dotted: {style: {stroke-dash: 3}}',
        '}',
        'n_mn_tax_portal: "Tax portal\\n«new»" {',
        '  shape: rectangle',
        '  tooltip: "mn.tax.portal"',
        '  class: [kind_system; status_planned]',
        '}',
        'g_mn_gasr: "GASR" {',
        '  tooltip: "mn.gasr"',
        '  class: group_agency',
        '  n_mn_gasr_civil_registry: "Civil registry" {',
        '    shape: rectangle',
        '    tooltip: "mn.gasr.civil_registry"',
        '    class: kind_system',
        '  }',
        '}',
        'n_mn_tax_portal -> g_mn_gasr.n_mn_gasr_civil_registry: "citizen_info"',
        'n_mn_tax_portal -> g_mn_gasr.n_mn_gasr_civil_registry: "depends on" {class: line_dotted}',
        '',
      ].join('\n'),
    );
  });

  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))(
    'writes D2 the reader accepts, with exactly the view: %s',
    (_, graph) => {
      const diagram = readD2(renderD2(graph));
      expect(diagram.direction).toBe('right');
      const title = diagram.shapes.get('title')!;
      expect(title).toMatchObject({ shape: 'text', near: 'top-center', label: asLines(graph.title).join('\n') });
      const nodes = drawn(diagram, 'n_');
      const groups = drawn(diagram, 'g_');
      expect([...nodes.keys()].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
      expect([...groups.keys()].sort()).toEqual(graph.groups.map((group) => group.id).sort());
      for (const node of graph.nodes) {
        const shape = nodes.get(node.id)!;
        expect(shape.shape).toBe(SHAPE_IN_D2[node.kind]);
        expect(shape.parent).toBe(node.group === undefined ? undefined : groups.get(node.group)!.path);
        expect(shape.label!.split('\n').slice(0, asLines(node.label).length)).toEqual(asLines(node.label));
        if (node.detail !== undefined) expect(shape.label).toContain(asLines(node.detail).join('\n'));
      }
      for (const group of graph.groups) {
        expect(groups.get(group.id)!.parent).toBe(group.parent === undefined ? undefined : groups.get(group.parent)!.path);
        expect(groups.get(group.id)!.label!.split('\n').slice(0, asLines(group.label).length)).toEqual(asLines(group.label));
      }
      expect(diagram.edges).toHaveLength(graph.edges.length);
      graph.edges.forEach((edge, index) => {
        const written = diagram.edges[index]!;
        expect([written.from, written.to]).toEqual([nodes.get(edge.from)!.path, nodes.get(edge.to)!.path]);
        expect(written.classes).toEqual(LINE_CLASSES[edge.kind]);
        if (edge.label !== undefined) expect(written.label!.split('\n').slice(0, asLines(edge.label).length)).toEqual(asLines(edge.label));
      });
    },
  );

  it('draws every node kind with its shape and every edge kind with its line', () => {
    const diagram = readD2(renderD2(landscape));
    expect(new Set(landscape.nodes.map((node) => node.kind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(landscape.edges.map((edge) => edge.kind))).toEqual(new Set(EDGE_KINDS));
    expect(new Set([...drawn(diagram, 'n_').values()].map((shape) => shape.shape))).toEqual(new Set(Object.values(SHAPE_IN_D2)));
    expect(new Set(diagram.edges.map((edge) => edge.classes.join()))).toEqual(new Set(['', 'line_dotted', 'line_thick']));
    expect(diagram.classes.get('line_dotted')).toEqual(new Map([['stroke-dash', '3']]));
  });

  it('nests groups as containers and names edge ends by their path from the root', () => {
    const diagram = readD2(renderD2(deeplyNested));
    const nodes = drawn(diagram, 'n_');
    expect(nodes.get('l1.l2.l3.l4.deep')!.path).toBe('g_l1.g_l1_l2.g_l1_l2_l3.g_l1_l2_l3_l4.n_l1_l2_l3_l4_deep');
    expect(diagram.edges[0]).toMatchObject({ from: 'g_l1.n_l1_a', to: 'g_l1.g_l1_l2.g_l1_l2_l3.g_l1_l2_l3_l4.n_l1_l2_l3_l4_deep' });
    expect(drawn(diagram, 'g_').get('l1.empty')!.parent).toBe('g_l1');
  });

  it('brings every hostile name back exactly, as node, group, detail, badge and edge label', () => {
    const diagram = readD2(renderD2(hostile));
    const labels = [...diagram.shapes.values()].map((shape) => shape.label).join('\n');
    const edgeLabels = diagram.edges.map((edge) => edge.label).join('\n');
    for (const name of HOSTILE_NAMES) {
      expect(labels).toContain(asLines(name).join('\n'));
      expect(edgeLabels).toContain(asLines(name).join('\n'));
    }
    const groups = drawn(diagram, 'g_');
    expect(groups.get('g.end')!.label).toBe('<script>alert("x")</script>');
    expect(groups.get('g.Өргөдөл')!.label).toBe('Say "hello"');
    expect(groups.get('subgraph')!.label).toBe(HOSTILE_NAMES[9]);
  });

  it('gives keys that differ only in case distinct names, since D2 keys ignore case', () => {
    const graph = viewGraph({
      nodes: ['Registry', 'registry', 'REGISTRY', 'ӨРГӨДӨЛ', 'өргөдөл'].map((id) => viewNode(id, 'system')),
      edges: [viewEdge('consumes', 'Registry', 'registry'), viewEdge('consumes', 'ӨРГӨДӨЛ', 'өргөдөл')],
    });
    const diagram = readD2(renderD2(graph));
    const nodes = drawn(diagram, 'n_');
    const keys = [...nodes.values()].map((shape) => shape.path.toLowerCase());
    expect(new Set(keys).size).toBe(5);
    expect(diagram.edges[0]).toMatchObject({ from: nodes.get('Registry')!.path, to: nodes.get('registry')!.path });
    // The Mermaid and PlantUML identifiers, which are case-sensitive, stay as they were.
    expect(assignIdentifiers(graph).node('registry')).toBe('n_registry');
    expect(assignIdentifiers(graph).node('Registry')).toBe('n_Registry');
  });

  it('keeps keys within D2’s length limit however long a full name is', () => {
    const long = (tail: string) => `mn.${'名'.repeat(300)}.${tail}`;
    const graph = viewGraph({
      groups: [viewGroup(long('agency'), 'agency')],
      nodes: [viewNode(long('a'), 'system', { group: long('agency') }), viewNode(long('b'), 'system')],
      edges: [viewEdge('consumes', long('a'), long('b'))],
    });
    const diagram = readD2(renderD2(graph));
    expect(
      drawn(diagram, 'n_')
        .get(long('a'))!
        .path.split('.')
        .map((key) => key.length <= 518),
    ).toEqual([true, true]);
    expect(diagram.edges).toHaveLength(1);
  });

  it('marks classification and status with classes and with words, so colour is not the only cue', () => {
    const diagram = readD2(renderD2(landscape));
    const nodes = drawn(diagram, 'n_');
    const citizen = nodes.get('mn.gasr.citizen')!;
    expect(citizen.classes).toEqual(['classified_restricted']);
    expect(citizen.label).toContain('ХЯЗГААРЛАГДМАЛ');
    expect(nodes.get('mn.mojha.portal')!.classes).toEqual(['kind_system', 'status_planned']);
    expect(drawn(diagram, 'g_').get('mn.ndc.khur')!.classes).toEqual(['group_platform', 'status_retiring']);
    expect(diagram.classes.get('status_changed')).toEqual(new Map([['stroke-width', '4']]));
    expect(diagram.edges.find((edge) => edge.label!.startsWith('direct-db'))!.label).toBe('direct-db\n«хасагдсан»');
  });

  it('names unlabelled edges by their kind in the view locale, and aggregates by their count', () => {
    expect(readD2(renderD2(landscape)).edges[1]!.label).toBe('нийлүүлдэг');
    expect(readD2(renderD2(aggregated)).edges.map((edge) => edge.label)).toEqual(['14', '3', '1']);
  });

  it('gives every status of a gap view its class', () => {
    const diagram = readD2(renderD2(gap));
    expect([...diagram.classes.keys()].filter((name) => name.startsWith('status_')).sort()).toEqual([
      'status_changed',
      'status_eliminated',
      'status_new',
      'status_planned',
      'status_retiring',
    ]);
  });

  it('writes an empty view as its title alone', () => {
    expect(renderD2(empty)).toBe(
      'direction: right\ntitle: "Nothing to show" {\n  shape: text\n  near: top-center\n  style: {font-size: 20; bold: true}\n}\n',
    );
  });

  it('gives the same bytes on every run, whatever the order of the ids', () => {
    for (const graph of ALL_FIXTURES) expect(renderD2(structuredClone(graph))).toBe(renderD2(graph));
    const reordered: ViewGraph = { ...hostile, nodes: [...hostile.nodes].reverse() };
    const keysOf = (graph: ViewGraph) => [...drawn(readD2(renderD2(graph)), 'n_')].map(([id, shape]) => `${id} ${shape.path}`).sort();
    expect(keysOf(reordered)).toEqual(keysOf(hostile));
  });

  it('refuses an edge to an id the view does not have', () => {
    const broken = viewGraph({
      nodes: [viewNode('a', 'system')],
      edges: [{ id: 'x', from: 'a', to: 'ghost', kind: 'uses', status: 'active', tooltip: '' }],
    });
    expect(() => renderD2(broken)).toThrow(/ghost/);
  });
});

describe('D2 of the national example', () => {
  it(
    'writes every view, in both locales, as D2 the reader accepts with all its nodes, groups and edges',
    { timeout: 120_000 },
    async () => {
      const { analysis } = await compileWorkspace(await loadWorkspace([MONGOLIA_EXAMPLE]), { evaluationDate: '2026-11-27' });
      for (const locale of ['mn', 'en']) {
        const graphs = computeViews(analysis.model, { locale, findings: analysis.findings });
        expect(graphs.length).toBeGreaterThan(20);
        for (const graph of graphs) {
          const diagram = readD2(renderD2(graph));
          expect(drawn(diagram, 'n_').size + drawn(diagram, 'g_').size, graph.id).toBe(graph.nodes.length + graph.groups.length);
          expect(diagram.edges, graph.id).toHaveLength(graph.edges.length);
        }
      }
    },
  );
});

describe('D2 reader as a check (negative controls)', () => {
  const text = renderD2(landscape);

  it('refuses a label whose quote was left raw, and a raw dollar', () => {
    expect(() => readD2(text.replace('"citizen_info"', '"citizen "info"'))).toThrow();
    expect(() => readD2(renderD2(tiny).replace('Tax portal', 'Tax $portal'))).toThrow(/substitution/);
  });

  it('refuses a container that is never closed, and a stray closing brace', () => {
    expect(() => readD2(text.replace(/\n {2}}\n/, '\n'))).toThrow();
    expect(() => readD2(`${text}}\n`)).toThrow();
  });

  it('refuses an edge end that is not declared, or named without its container', () => {
    expect(() => readD2(`${text}n_mn_gasr -> n_ghost: "x"\n`)).toThrow(/not a declared shape/);
    expect(() => readD2(`${text}n_mn_gasr -> n_mn_gasr_citizen: "x"\n`)).toThrow(/not a declared shape/);
  });

  it('refuses a comment, a class never defined, and two keys that differ only in case', () => {
    expect(() => readD2(`${text}# note\n`)).toThrow(/comment/);
    expect(() => readD2(text.replace('class: classified_public', 'class: classified_unknown'))).toThrow(/not defined/);
    expect(() => readD2(`${text}N_MN_GASR: "again" {\n  shape: rectangle\n}\n`)).toThrow(/twice/);
  });
});
