// Hand-built view graphs for the text renderings: nested groups, every node and edge kind, every
// status, and names made to break quoting (quotes, tags, entities, markup, Cyrillic Ө Ү).
import type { EdgeKind, NodeKind, Status, ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';

export const NODE_KINDS: readonly NodeKind[] = ['agency', 'system', 'data', 'document', 'interface', 'platform', 'trust'];
export const EDGE_KINDS: readonly EdgeKind[] = [
  'consumes',
  'provides',
  'masters',
  'stores',
  'carries',
  'depends-on',
  'uses',
  'signs',
  'seals',
  'verifies',
  'with',
  'timestamp',
  'issuer',
  'aggregate',
];
export const STATUSES: readonly Status[] = ['active', 'planned', 'retiring', 'new', 'eliminated', 'changed', 'kept'];

/** Names that break naive quoting in Mermaid, PlantUML, HTML or YAML. */
export const HOSTILE_NAMES: readonly string[] = [
  'Say "hello"',
  '<script>alert("x")</script>',
  'Tom & Jerry &amp; &#34; #quot;',
  'a | b || c',
  '[brackets] (round) {braces}',
  '#hash #35; ;semi;',
  'Өргөдөл Үйлчилгээ',
  'line one\nline two\r\nline three',
  'tab\there',
  '%%{init: {"theme":"dark"}}%%',
  "%date() $var /' not a comment '/",
  '**bold** //italic// --strike-- __under__ ~~wave~~ ""mono""',
  '`markdown` ~tilde ^caret',
  'back\\slash \\n not a break',
  '* list item',
  '<color:red>red</color> <b>b</b> <&heart> [[http://x.mn link]]',
  'end',
  '@enduml',
  '--> -.-> ==> ---',
];

export function viewNode(id: string, kind: NodeKind, extra: Partial<ViewNode> = {}): ViewNode {
  return { id, kind, label: id, status: 'active', badges: [], tooltip: id, href: `${kind}/${id}.html`, ...extra };
}

export function viewGroup(id: string, kind: ViewGroup['kind'], extra: Partial<ViewGroup> = {}): ViewGroup {
  return { id, kind, label: id, status: 'active', tooltip: id, href: `${kind}/${id}.html`, ...extra };
}

export function viewEdge(kind: EdgeKind, from: string, to: string, extra: Partial<ViewEdge> = {}): ViewEdge {
  return { id: `${kind}:${from}->${to}`, from, to, kind, status: 'active', tooltip: `${from} ${kind} ${to}`, ...extra };
}

export function viewGraph(extra: Partial<ViewGraph> = {}): ViewGraph {
  return {
    id: 'test-view',
    kind: 'landscape',
    title: 'Test view',
    locale: 'en',
    declared: false,
    aggregated: false,
    nodes: [],
    groups: [],
    edges: [],
    ...extra,
  };
}

/** A ministry holding an agency, a platform holding its services, every node kind and edge kind. */
export const landscape: ViewGraph = viewGraph({
  id: 'landscape-current',
  title: 'Ландшафт — одоогийн байдал (2025)',
  locale: 'mn',
  plateau: { id: 'current', label: 'Одоо', date: '2025-01-01' },
  groups: [
    viewGroup('mn.gasr', 'agency', { label: 'Улсын бүртгэлийн ерөнхий газар', parent: 'mn.mojha' }),
    viewGroup('mn.mojha', 'agency', { label: 'Хууль зүй, дотоод хэргийн яам' }),
    viewGroup('mn.ndc', 'agency', { label: 'Үндэсний дата төв', status: 'planned' }),
    viewGroup('mn.ndc.khur', 'platform', { label: 'ХУР', parent: 'mn.ndc', status: 'retiring' }),
  ],
  nodes: [
    viewNode('mn.gasr', 'agency', { label: 'УБЕГ', detail: '12 систем' }),
    viewNode('mn.gasr.certificate', 'document', { label: 'Төрсний гэрчилгээ', group: 'mn.gasr', status: 'new', badges: ['хуульд заасан'] }),
    viewNode('mn.gasr.citizen', 'data', {
      label: 'Иргэн',
      detail: 'registry',
      classification: 'restricted',
      group: 'mn.gasr',
      badges: ['суурь бүртгэл', 'хувийн'],
    }),
    viewNode('mn.gasr.citizen_info', 'interface', { label: 'Иргэний мэдээлэл', detail: 'SOAP 1.5.0', group: 'mn.gasr', status: 'changed' }),
    viewNode('mn.gasr.civil_registry', 'system', { label: 'Иргэний бүртгэлийн систем', group: 'mn.gasr', status: 'retiring' }),
    viewNode('mn.mojha.portal', 'system', { label: 'Яамны портал', group: 'mn.mojha', status: 'planned' }),
    viewNode('mn.ndc.ca', 'trust', { label: 'Гэрчилгээ олгогч', detail: 'CA', group: 'mn.ndc.khur', classification: 'secret' }),
    viewNode('mn.ndc.khur', 'platform', { label: 'ХУР платформ', group: 'mn.ndc', status: 'eliminated' }),
    viewNode('mn.ndc.open', 'data', { label: 'Нээлттэй өгөгдөл', classification: 'public', status: 'kept' }),
  ],
  edges: [
    viewEdge('consumes', 'mn.mojha.portal', 'mn.gasr.citizen', { label: 'citizen_info' }),
    viewEdge('provides', 'mn.gasr.civil_registry', 'mn.gasr.citizen_info'),
    viewEdge('masters', 'mn.gasr.civil_registry', 'mn.gasr.citizen'),
    viewEdge('stores', 'mn.gasr.civil_registry', 'mn.gasr.certificate', { status: 'new' }),
    viewEdge('carries', 'mn.gasr.citizen_info', 'mn.gasr.citizen'),
    viewEdge('depends-on', 'mn.mojha.portal', 'mn.gasr.civil_registry', { label: 'direct-db', status: 'eliminated' }),
    viewEdge('uses', 'mn.mojha.portal', 'mn.ndc.khur'),
    viewEdge('signs', 'mn.gasr.civil_registry', 'mn.gasr.certificate', { label: 'qualified' }),
    viewEdge('seals', 'mn.gasr.civil_registry', 'mn.gasr.certificate', { id: 'seals:mn.gasr.civil_registry->mn.gasr.certificate#2' }),
    viewEdge('verifies', 'mn.mojha.portal', 'mn.gasr.certificate', { status: 'planned' }),
    viewEdge('with', 'mn.gasr.civil_registry', 'mn.ndc.ca'),
    viewEdge('timestamp', 'mn.gasr.civil_registry', 'mn.ndc.ca', { status: 'retiring' }),
    viewEdge('issuer', 'mn.ndc.ca', 'mn.ndc.khur', { status: 'changed' }),
    viewEdge('aggregate', 'mn.gasr', 'mn.ndc.open', { label: '7', status: 'kept' }),
  ],
});

/** Every hostile name as a node label, group label, detail, badge and edge label; ids that clash once made ASCII. */
export const hostile: ViewGraph = viewGraph({
  id: 'hostile',
  title: 'Title with "quotes", <script>, & --- and: colons # Ө Ү %%{init: {"theme":"dark"}}%%\nsecond line',
  groups: [
    viewGroup('g.end', 'agency', { label: HOSTILE_NAMES[1]! }),
    viewGroup('g.Өргөдөл', 'platform', { label: HOSTILE_NAMES[0]!, parent: 'g.end' }),
    viewGroup('subgraph', 'agency', { label: HOSTILE_NAMES[9]! }),
  ],
  nodes: [
    ...HOSTILE_NAMES.map((name, index) =>
      viewNode(`h.${index}`, NODE_KINDS[index % NODE_KINDS.length]!, {
        label: name,
        detail: HOSTILE_NAMES[(index + 3) % HOSTILE_NAMES.length]!,
        badges: [HOSTILE_NAMES[(index + 5) % HOSTILE_NAMES.length]!],
        group: index % 3 === 0 ? 'g.end' : index % 3 === 1 ? 'g.Өргөдөл' : undefined,
      }),
    ),
    // Ids that collide once made ASCII, and ids that are keywords in Mermaid or PlantUML.
    viewNode('a.b', 'system'),
    viewNode('a_b', 'system'),
    viewNode('a-b', 'system'),
    viewNode('a.b_2', 'system'),
    viewNode('end', 'system', { group: 'subgraph' }),
    viewNode('class', 'system'),
    viewNode('style', 'system'),
    viewNode('default', 'system'),
    viewNode('o', 'system'),
    viewNode('x', 'system'),
    viewNode('өргөдөл', 'data'),
    viewNode('оргодол', 'data'),
    viewNode('ӨРГӨДӨЛ', 'data'),
    viewNode('名字', 'document'),
  ],
  edges: [
    ...HOSTILE_NAMES.map((name, index) =>
      viewEdge(EDGE_KINDS[index % EDGE_KINDS.length]!, `h.${index}`, `h.${(index + 1) % HOSTILE_NAMES.length}`, { label: name }),
    ),
    viewEdge('consumes', 'o', 'x'),
    viewEdge('uses', 'x', 'o'),
    viewEdge('masters', 'end', 'class'),
    viewEdge('stores', 'style', 'default'),
    viewEdge('consumes', 'a.b', 'a_b'),
    viewEdge('consumes', 'a-b', 'a.b_2'),
    viewEdge('consumes', 'өргөдөл', 'оргодол'),
    viewEdge('consumes', 'ӨРГӨДӨЛ', '名字'),
  ],
});

/** Systems folded into their agencies: agency nodes and aggregate edges with counts. */
export const aggregated: ViewGraph = viewGraph({
  id: 'landscape-target',
  title: 'Landscape — target (aggregated: 212 systems in 3 agencies)',
  aggregated: true,
  nodes: [
    viewNode('mn.gasr', 'agency', { label: 'GASR', detail: '120 systems' }),
    viewNode('mn.khur', 'agency', { label: 'KHUR', detail: '80 systems' }),
    viewNode('mn.tax', 'agency', { label: 'Tax', detail: '12 systems' }),
  ],
  edges: [
    viewEdge('aggregate', 'mn.gasr', 'mn.khur', { label: '14' }),
    viewEdge('aggregate', 'mn.khur', 'mn.tax', { label: '3' }),
    viewEdge('aggregate', 'mn.tax', 'mn.gasr', { label: '1' }),
  ],
});

/** A gap view: every status on nodes, groups and edges. */
export const gap: ViewGraph = viewGraph({
  id: 'gap-current-target',
  kind: 'gap',
  title: 'Gap: current → target',
  groups: STATUSES.map((status) => viewGroup(`agency.${status}`, 'agency', { status })),
  nodes: STATUSES.flatMap((status) => NODE_KINDS.map((kind) => viewNode(`${status}.${kind}`, kind, { status, group: `agency.${status}` }))),
  edges: STATUSES.map((status, index) =>
    viewEdge('consumes', `${status}.system`, `${STATUSES[(index + 1) % STATUSES.length]}.data`, { status }),
  ),
});

export const empty: ViewGraph = viewGraph({ id: 'empty', title: 'Nothing to show' });

/** Groups nested four deep, one of them empty. */
export const deeplyNested: ViewGraph = viewGraph({
  id: 'nested',
  groups: [
    viewGroup('l1', 'agency'),
    viewGroup('l1.l2', 'agency', { parent: 'l1' }),
    viewGroup('l1.l2.l3', 'platform', { parent: 'l1.l2' }),
    viewGroup('l1.l2.l3.l4', 'agency', { parent: 'l1.l2.l3' }),
    viewGroup('l1.empty', 'platform', { parent: 'l1' }),
  ],
  nodes: [
    viewNode('l1.a', 'system', { group: 'l1' }),
    viewNode('l1.l2.l3.l4.deep', 'data', { group: 'l1.l2.l3.l4' }),
    viewNode('l1.l2.l3.mid', 'interface', { group: 'l1.l2.l3' }),
  ],
  edges: [viewEdge('consumes', 'l1.a', 'l1.l2.l3.l4.deep'), viewEdge('provides', 'l1.l2.l3.mid', 'l1.l2.l3.l4.deep')],
});

export const ALL_FIXTURES: readonly ViewGraph[] = [landscape, hostile, aggregated, gap, empty, deeplyNested];
