// View graphs built by hand for the layout tests: Cyrillic labels (with Ө and Ү), every node kind,
// nested groups, edge labels, a name with `<script>` and `&`; and a generator for larger views.
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';

export function node(id: string, kind: NodeKind, label: string, extra: Partial<ViewNode> = {}): ViewNode {
  return { id, kind, label, status: 'active', badges: [], tooltip: label, href: `${kind}/${id}.html`, ...extra };
}

export function group(id: string, label: string, extra: Partial<ViewGroup> = {}): ViewGroup {
  return { id, kind: 'agency', label, status: 'active', tooltip: label, href: `agency/${id}.html`, ...extra };
}

export function edge(from: string, to: string, kind: EdgeKind, label?: string, repeat = 0): ViewEdge {
  const id = `${kind}:${from}->${to}${repeat ? `#${repeat}` : ''}`;
  return { id, from, to, kind, status: 'active', tooltip: id, ...(label ? { label } : {}) };
}

/** A view with its parts in the order given (tests of arrangements that depend on that order). */
export function viewAsGiven(
  id: string,
  nodes: ViewNode[],
  groups: ViewGroup[],
  edges: ViewEdge[],
  kind: ViewGraph['kind'] = 'context',
): ViewGraph {
  return { id, kind, title: id, locale: 'mn', declared: false, aggregated: false, nodes, groups, edges };
}

function view(id: string, nodes: ViewNode[], groups: ViewGroup[], edges: ViewEdge[]): ViewGraph {
  return {
    id,
    kind: 'landscape',
    title: id,
    locale: 'mn',
    declared: false,
    aggregated: false,
    nodes: [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    groups: [...groups].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges,
  };
}

/** Every node kind, a parent agency holding a child agency, a platform group, labels and badges. */
export const MIXED_VIEW: ViewGraph = view(
  'mixed',
  [
    node('mn.gasr.civil_registry', 'system', 'Улсын бүртгэлийн ерөнхий газрын иргэний бүртгэлийн систем', {
      group: 'mn.gasr',
      detail: 'registry',
      badges: ['base registry', 'personal'],
    }),
    node('mn.gasr.citizen', 'data', 'Иргэний мэдээлэл (Өмнөговь, Үндэсний)', {
      group: 'mn.gasr',
      classification: 'restricted',
      badges: ['personal'],
    }),
    node('mn.gasr.citizen_api', 'interface', 'Иргэний лавлагаа', { group: 'mn.gasr', detail: 'SOAP 1.5.0' }),
    node('mn.gasr.archive.scanner', 'system', 'Архивын сканнер', { group: 'mn.gasr.archive' }),
    node('mn.gasr.archive.certificate', 'document', 'Төрсний гэрчилгээ', { group: 'mn.gasr.archive', badges: ['legally binding'] }),
    node('mn.sia.insurance', 'system', 'Нийгмийн даатгалын систем <script>alert(1)</script> & co', { group: 'mn.sia' }),
    node('mn.khur.xyp', 'platform', 'ХУР төрийн мэдээлэл солилцооны систем', { group: 'mn.khur' }),
    node('mn.trust.ca', 'trust', 'Үндэсний гэрчилгээ олгогч төв', { detail: 'CA' }),
    node('mn.tax', 'agency', 'Татварын ерөнхий газар', { detail: '12 systems' }),
  ],
  [
    group('mn.gasr', 'Улсын бүртгэлийн ерөнхий газар'),
    group('mn.gasr.archive', 'Архивын газар (Өвөрхангай, Үүрэг)', { parent: 'mn.gasr' }),
    group('mn.sia', 'Нийгмийн даатгалын ерөнхий газар'),
    group('mn.khur', 'ХУР', { kind: 'platform' }),
  ],
  [
    edge('mn.gasr.civil_registry', 'mn.gasr.citizen', 'masters'),
    edge('mn.gasr.civil_registry', 'mn.gasr.citizen_api', 'provides'),
    edge('mn.sia.insurance', 'mn.gasr.citizen_api', 'consumes', 'Иргэний лавлагаа'),
    edge('mn.sia.insurance', 'mn.gasr.citizen_api', 'consumes', 'хоёр дахь удаа', 1),
    edge('mn.gasr.citizen_api', 'mn.khur.xyp', 'carries', 'ХУР-аар дамжуулна'),
    edge('mn.gasr.archive.scanner', 'mn.gasr.archive.certificate', 'stores'),
    edge('mn.gasr.archive.certificate', 'mn.trust.ca', 'signs', 'qualified'),
    edge('mn.tax', 'mn.sia.insurance', 'aggregate', '3'),
    edge('mn.tax', 'mn.gasr.civil_registry', 'depends-on'),
    edge('mn.gasr.citizen', 'mn.gasr.archive.scanner', 'uses'),
  ],
);

/** Labels that must wrap: long Cyrillic with Ө and Ү, a long dotted name with no spaces. */
export const LONG_LABEL_VIEW: ViewGraph = view(
  'long-labels',
  [
    node('a', 'system', 'Өмнөговь аймгийн Үндэсний статистикийн хорооны нэгдсэн мэдээллийн сан ба үйлчилгээний систем Ү Ө', {
      detail: 'Өгөгдөл хүлээн авах, боловсруулах, түгээх үйлчилгээний интерфейс Ү',
    }),
    node('b', 'interface', 'mn.very_long_agency_name.very_long_system_name.very_long_interface_name_v2', { group: 'g' }),
    node('c', 'data', 'Үүрэг', { group: 'g' }),
  ],
  [group('g', 'Өмнөговь аймгийн Засаг даргын Тамгын газрын Үндэсний хөгжлийн газар ба түүний харьяа байгууллагууд')],
  [edge('a', 'b', 'consumes', 'Өмнөговь аймгийн Үндэсний статистикийн хорооны лавлагааны үйлчилгээ'), edge('b', 'c', 'uses')],
);

/** An aggregated view: agencies as nodes, with traffic inside one agency drawn as a self-loop. */
export const AGGREGATED_VIEW: ViewGraph = {
  ...view(
    'aggregated',
    [
      node('mn.gasr', 'agency', 'Улсын бүртгэлийн ерөнхий газар', { detail: '12 систем', group: 'mn.khur' }),
      node('mn.sia', 'agency', 'Нийгмийн даатгалын ерөнхий газар', { detail: '4 систем', group: 'mn.khur' }),
      node('mn.tax', 'agency', 'Татварын ерөнхий газар', { detail: '7 систем' }),
    ],
    [group('mn.khur', 'ХУР', { kind: 'platform' })],
    [
      edge('mn.gasr', 'mn.gasr', 'aggregate', '9'),
      edge('mn.sia', 'mn.gasr', 'aggregate', '14'),
      edge('mn.tax', 'mn.gasr', 'aggregate', '3'),
      edge('mn.tax', 'mn.tax', 'aggregate'),
    ],
  ),
  aggregated: true,
};

/** A deterministic view of `size` nodes spread over agencies (some nested) with ~1.5 edges a node. */
export function generatedView(size: number, seed = 1): ViewGraph {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const kinds: NodeKind[] = ['system', 'system', 'system', 'data', 'interface', 'document', 'platform', 'trust'];
  const edgeKinds: EdgeKind[] = ['consumes', 'provides', 'masters', 'uses', 'depends-on', 'signs'];
  const groupCount = Math.max(2, Math.round(size / 8));
  const groups = Array.from({ length: groupCount }, (_, index) =>
    group(`g${String(index).padStart(3, '0')}`, `Агентлаг ${index} Өргөө Үйлчилгээ`, index % 5 === 4 ? { parent: 'g000' } : {}),
  );
  const nodes = Array.from({ length: size }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    const inGroup = random() < 0.85;
    const label = `${['Систем', 'Өгөгдөл', 'Үйлчилгээ', 'Бүртгэл'][index % 4]} ${index} ${'урт нэр '.repeat(index % 3)}`.trim();
    return node(`n${String(index).padStart(4, '0')}`, kind, label, {
      ...(inGroup ? { group: groups[Math.floor(random() * groupCount)]!.id } : {}),
      ...(index % 4 === 0 ? { detail: 'REST 1.0' } : {}),
      ...(index % 7 === 0 ? { badges: ['personal'] } : {}),
    });
  });
  const edges: ViewEdge[] = [];
  const seen = new Map<string, number>();
  for (let count = 0; count < Math.round(size * 1.5); count++) {
    const from = nodes[Math.floor(random() * size)]!.id;
    let to = nodes[Math.floor(random() * size)]!.id;
    if (to === from) to = nodes[(nodes.findIndex((n) => n.id === from) + 1) % size]!.id;
    const kind = edgeKinds[count % edgeKinds.length]!;
    const key = `${kind}:${from}->${to}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    edges.push(edge(from, to, kind, count % 3 === 0 ? `урсгал ${count}` : undefined, repeat));
  }
  return view(`generated-${size}`, nodes, groups, edges);
}
