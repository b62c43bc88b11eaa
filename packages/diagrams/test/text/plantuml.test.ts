import { describe, expect, it } from 'vitest';
import { renderPlantUml } from '../../src/text/plantuml.js';
import { assignIdentifiers } from '../../src/text/identifiers.js';
import type { EdgeKind, NodeKind, ViewGraph } from '@gea-arch/core';
import {
  ALL_FIXTURES,
  HOSTILE_NAMES,
  NODE_KINDS,
  aggregated,
  deeplyNested,
  empty,
  gap,
  hostile,
  landscape,
  viewGraph,
  viewNode,
} from './fixtures.js';
import { readPlantUml, type PlantUmlDiagram } from './plantuml-reader.js';

const KEYWORD: Readonly<Record<NodeKind, string>> = {
  agency: 'rectangle',
  system: 'component',
  data: 'database',
  document: 'file',
  interface: 'interface',
  platform: 'node',
  trust: 'storage',
};

const ARROW: Readonly<Record<EdgeKind, string>> = {
  consumes: '-->',
  provides: '-->',
  carries: '-->',
  masters: '==>',
  aggregate: '==>',
  stores: '..>',
  'depends-on': '..>',
  uses: '..>',
  signs: '..>',
  seals: '..>',
  verifies: '..>',
  with: '..>',
  timestamp: '..>',
  issuer: '..>',
};

function asLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/\p{Cc}/gu, ' '));
}

function read(graph: ViewGraph): PlantUmlDiagram {
  return readPlantUml(renderPlantUml(graph));
}

describe('renderPlantUml', () => {
  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))(
    'writes balanced blocks, identifier aliases and declared edge ends: %s',
    (_, graph) => {
      const diagram = read(graph);
      expect(diagram.elements.size).toBe(graph.nodes.length + graph.groups.length);
      for (const alias of diagram.elements.keys()) expect(alias).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(diagram.edges).toHaveLength(graph.edges.length);
      for (const edge of diagram.edges) {
        expect(diagram.elements.has(edge.from)).toBe(true);
        expect(diagram.elements.has(edge.to)).toBe(true);
      }
    },
  );

  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))('says exactly what the view says: %s', (_, graph) => {
    const diagram = read(graph);
    const ids = assignIdentifiers(graph);
    expect(diagram.title).toBe(asLines(graph.title).join('\n'));
    for (const node of graph.nodes) {
      const element = diagram.elements.get(ids.node(node.id)!)!;
      expect(element.keyword).toBe(KEYWORD[node.kind]);
      expect(element.label).toBe([...asLines(node.label), ...(node.detail === undefined ? [] : asLines(node.detail))].join('\n'));
      expect(element.parent).toBe(node.group === undefined ? undefined : ids.group(node.group));
    }
    for (const group of graph.groups) {
      const element = diagram.elements.get(ids.group(group.id)!)!;
      expect(element.keyword).toBe(group.kind === 'agency' ? 'rectangle' : 'node');
      expect(element.label).toBe(asLines(group.label).join('\n'));
      expect(element.parent).toBe(group.parent === undefined ? undefined : ids.group(group.parent));
    }
    graph.edges.forEach((edge, index) => {
      const drawn = diagram.edges[index]!;
      expect([drawn.from, drawn.arrow, drawn.to]).toEqual([ids.node(edge.from), ARROW[edge.kind], ids.node(edge.to)]);
      if (edge.label !== undefined) expect(drawn.label.split('\n').slice(0, asLines(edge.label).length)).toEqual(asLines(edge.label));
    });
  });

  it('uses every element keyword and every arrow in a view with every kind', () => {
    const diagram = read(landscape);
    expect(new Set([...diagram.elements.values()].map((element) => element.keyword))).toEqual(new Set(Object.values(KEYWORD)));
    expect(new Set(diagram.edges.map((edge) => edge.arrow))).toEqual(new Set(['-->', '..>', '==>']));
    expect(new Set(landscape.nodes.map((node) => node.kind))).toEqual(new Set(NODE_KINDS));
  });

  it('nests groups four deep and keeps an empty group', () => {
    const diagram = read(deeplyNested);
    const ids = assignIdentifiers(deeplyNested);
    expect(diagram.elements.get(ids.node('l1.l2.l3.l4.deep')!)!.parent).toBe(ids.group('l1.l2.l3.l4'));
    expect(diagram.elements.get(ids.group('l1.l2.l3.l4')!)!.parent).toBe(ids.group('l1.l2.l3'));
    expect(diagram.elements.get(ids.group('l1.empty')!)!.keyword).toBe('node');
  });

  it('brings every hostile name back exactly, escaped in the text', () => {
    const text = renderPlantUml(hostile);
    const diagram = readPlantUml(text);
    const labels = [...diagram.elements.values()].map((element) => element.label).join('\n');
    const stereotypes = [...diagram.elements.values()].flatMap((element) => element.stereotypes);
    const edgeLabels = diagram.edges.map((edge) => edge.label);
    for (const name of HOSTILE_NAMES) {
      expect(labels).toContain(asLines(name).join('\n'));
      expect(edgeLabels.some((label) => label.startsWith(asLines(name).join('\n')))).toBe(true);
      expect(stereotypes).toContain(asLines(name).join(' '));
    }
    expect(text).not.toMatch(/<script|<color|<b>|%date|\$var|\*\*bold|--strike|\[\[http/);
    expect(text).toContain('&#60;script&#62;');
  });

  it('marks classification, status and badges with stereotypes and the status with a border', () => {
    const diagram = read(landscape);
    const ids = assignIdentifiers(landscape);
    const element = (id: string) => diagram.elements.get(ids.node(id)!)!;
    expect(element('mn.gasr.citizen').stereotypes).toEqual(['ХЯЗГААРЛАГДМАЛ', 'суурь бүртгэл', 'хувийн']);
    expect(element('mn.gasr.citizen').style).toBe('#ffedd5;line:c2410c');
    expect(element('mn.mojha.portal').stereotypes).toEqual(['шинэ']);
    expect(element('mn.mojha.portal').style).toMatch(/;line\.dashed$/);
    expect(element('mn.gasr.civil_registry').style).toMatch(/;line\.dotted$/);
    expect(element('mn.gasr.citizen_info').style).toMatch(/;line\.bold$/);
    expect(diagram.elements.get(ids.group('mn.ndc')!)!.stereotypes).toEqual(['шинэ']);
    expect(diagram.edges.find((edge) => edge.label.startsWith('direct-db'))!.label).toBe('direct-db\n«хасагдсан»');
  });

  it('gives every status its border in a gap view', () => {
    const diagram = read(gap);
    const ids = assignIdentifiers(gap);
    const border = (id: string) => /line\.(\w+)$/.exec(diagram.elements.get(ids.node(id)!)!.style)?.[1];
    expect(['active', 'planned', 'retiring', 'new', 'eliminated', 'changed', 'kept'].map((status) => border(`${status}.system`))).toEqual([
      undefined,
      'dashed',
      'dotted',
      'dashed',
      'dotted',
      'bold',
      undefined,
    ]);
  });

  it('writes aggregated traffic as thick arrows with counts, and an empty view with only its title', () => {
    expect(read(aggregated).edges.map((edge) => `${edge.arrow} ${edge.label}`)).toEqual(['==> 14', '==> 3', '==> 1']);
    const diagram = read(empty);
    expect(diagram.elements.size).toBe(0);
    expect(diagram.title).toBe('Nothing to show');
  });

  it('gives the same bytes on every run', () => {
    for (const graph of ALL_FIXTURES) expect(renderPlantUml(structuredClone(graph))).toBe(renderPlantUml(graph));
  });

  it('refuses two nodes with one id', () => {
    expect(() => renderPlantUml(viewGraph({ nodes: [viewNode('a', 'system'), viewNode('a', 'data')] }))).toThrow(/two nodes have the id a/);
  });
});

describe('PlantUML reader as a check (negative controls)', () => {
  const good = renderPlantUml(landscape);
  it.each([
    ['an unclosed block', good.replace(/\n\s*\}\n/, '\n')],
    ['a stray closing brace', good.replace('@enduml', '}\n@enduml')],
    ['an undeclared edge end', good.replace('@enduml', 'n_mn_gasr --> n_ghost : "x"\n@enduml')],
    ['an alias that is not an identifier', good.replace('as n_mn_gasr ', 'as n.mn.gasr ')],
    ['a raw quote in a label', good.replace('"УБЕГ', '"У"БЕГ')],
    ['Creole markup in a label', good.replace('"УБЕГ', '"**УБЕГ**')],
    ['a missing @enduml', good.replace('@enduml\n', '')],
  ])('rejects %s', (_, broken) => {
    expect(broken).not.toBe(good);
    expect(() => readPlantUml(broken)).toThrow();
  });
});
