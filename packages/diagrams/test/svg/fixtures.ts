// Hand-placed view layouts for the renderer's tests and previews: groups holding nodes of every
// kind, orthogonal routes with bends, label boxes, Cyrillic (Ө, Ү) and hostile names.
import type { Box, PlacedEdge, PlacedGroup, PlacedNode, Point, TextBlock, ViewLayout } from '../../src/layout/types.js';
import { wrapText } from '../../src/fonts/wrap-text.js';
import { FONTS, lineHeight, textWidth } from '../fonts.js';
import { nodeChrome } from '../../src/chrome/node-chrome.js';
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';

export const HOSTILE_NAME = `Хор <script>alert("x")</script> & 'Co'`;
export const HOSTILE_ID = `mn.test.x<script>&"'`;

const LABEL_SIZE = 13;
const DETAIL_SIZE = 11;
const EDGE_LABEL_SIZE = 11;
const NODE_WIDTH = 200;
const PADDING = { x: 14, y: 10 };

function block(text: string, fontSize: number, bold: boolean, maxWidth: number): TextBlock {
  const lines = wrapText(FONTS, text, maxWidth, fontSize, bold);
  return { lines, fontSize, bold, width: Math.max(...lines.map((line) => textWidth(line, fontSize, bold))) };
}

function blockHeight(text: TextBlock): number {
  return text.lines.length * lineHeight(text.fontSize);
}

export function place(node: ViewNode, x: number, y: number, width = NODE_WIDTH): PlacedNode {
  // Sized the way the layout is asked to: padding plus the renderer's chrome for the kind and badges.
  const chrome = nodeChrome(node);
  const textWidthLimit = width - 2 * PADDING.x - chrome.left - chrome.right;
  const label = block(node.label, LABEL_SIZE, true, textWidthLimit);
  const detail = node.detail === undefined ? undefined : block(node.detail, DETAIL_SIZE, false, textWidthLimit);
  const height = 2 * PADDING.y + blockHeight(label) + (detail ? 2 + blockHeight(detail) : 0) + chrome.top + chrome.bottom;
  return detail ? { node, x, y, width, height, label, detail } : { node, x, y, width, height, label };
}

export function enclose(group: ViewGroup, members: readonly Box[], padding = 16): PlacedGroup {
  const label = block(group.label, LABEL_SIZE, true, 10_000);
  const top = blockHeight(label) + 10 + 14;
  const x = Math.min(...members.map((m) => m.x)) - padding;
  const y = Math.min(...members.map((m) => m.y)) - top;
  const right = Math.max(x + label.width + 40, Math.max(...members.map((m) => m.x + m.width)) + padding);
  const bottom = Math.max(...members.map((m) => m.y + m.height)) + padding;
  return { group, label, x, y, width: right - x, height: bottom - y };
}

type Side = 'left' | 'right' | 'top' | 'bottom';

export function port(box: Box, side: Side, at = 0.5): Point {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height * at };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height * at };
    case 'top':
      return { x: box.x + box.width * at, y: box.y };
    case 'bottom':
      return { x: box.x + box.width * at, y: box.y + box.height };
  }
}

/** Horizontal, then vertical at `channelX`, then horizontal. */
export function viaColumn(from: Point, to: Point, channelX: number): Point[] {
  return from.y === to.y ? [from, to] : [from, { x: channelX, y: from.y }, { x: channelX, y: to.y }, to];
}

/** Vertical, then horizontal at `channelY`, then vertical. */
export function viaRow(from: Point, to: Point, channelY: number): Point[] {
  return from.x === to.x ? [from, to] : [from, { x: from.x, y: channelY }, { x: to.x, y: channelY }, to];
}

export function labelAt(text: string, centre: Point): Box & { text: TextBlock } {
  const textBlock = block(text, EDGE_LABEL_SIZE, false, 10_000);
  const width = textBlock.width + 10;
  const height = blockHeight(textBlock) + 4;
  return { x: centre.x - width / 2, y: centre.y - height / 2, width, height, text: textBlock };
}

export function viewNode(partial: Partial<ViewNode> & Pick<ViewNode, 'id' | 'kind' | 'label'>): ViewNode {
  return {
    status: 'active',
    badges: [],
    tooltip: `${partial.label}\n${partial.id} (${partial.kind})`,
    href: `${partial.kind}/${partial.id}.html`,
    ...partial,
  };
}

function viewGroup(partial: Partial<ViewGroup> & Pick<ViewGroup, 'id' | 'kind' | 'label'>): ViewGroup {
  return { status: 'active', tooltip: `${partial.label}\n${partial.id}`, href: `${partial.kind}/${partial.id}.html`, ...partial };
}

function viewEdge(kind: ViewEdge['kind'], from: string, to: string, extra: Partial<ViewEdge> = {}): ViewEdge {
  return {
    id: `${kind}:${from}->${to}`,
    kind,
    from,
    to,
    status: 'active',
    tooltip: `${from} ${kind} ${to}`,
    href: `system/${from}.html`,
    ...extra,
  };
}

function edge(viewEdgeValue: ViewEdge, points: Point[], label?: Point): PlacedEdge {
  return viewEdgeValue.label !== undefined && label
    ? { edge: viewEdgeValue, points, label: labelAt(viewEdgeValue.label, label) }
    : { edge: viewEdgeValue, points };
}

/** Bounds of everything placed (boxes, routes, edge labels), from the origin. */
function extent(boxes: readonly Box[], edges: readonly PlacedEdge[]): { width: number; height: number } {
  const all = [...boxes, ...edges.flatMap((e) => [...e.points.map((p) => ({ ...p, width: 0, height: 0 })), ...(e.label ? [e.label] : [])])];
  return {
    width: Math.max(...all.map((b) => b.x + b.width)),
    height: Math.max(...all.map((b) => b.y + b.height)),
  };
}

/**
 * The current landscape: two agencies and the exchange platform, every node kind, a planned and a
 * retiring system, all four classifications, a hostile interface name, edges of many kinds.
 */
export function landscapeLayout(): ViewLayout {
  const gasr = viewGroup({ id: 'mn.gasr', kind: 'agency', label: 'Улсын бүртгэлийн ерөнхий газар' });
  const khur = viewGroup({ id: 'mn.khur', kind: 'platform', label: 'ХУР — Төрийн мэдээлэл солилцооны систем' });
  const mta = viewGroup({ id: 'mn.mta', kind: 'agency', label: 'Татварын ерөнхий газар' });

  const civilSystem = viewNode({
    id: 'mn.gasr.civil_registry_system',
    kind: 'system',
    label: 'Иргэний улсын бүртгэлийн систем',
    group: 'mn.gasr',
    badges: ['үндсэн'],
  });
  const citizen = viewNode({
    id: 'mn.gasr.citizen',
    kind: 'data',
    label: 'Иргэний улсын бүртгэл',
    detail: 'үндсэн бүртгэл',
    classification: 'restricted',
    group: 'mn.gasr',
    badges: ['хувийн', 'үндсэн бүртгэл'],
  });
  const birth = viewNode({
    id: 'mn.gasr.birth_certificate',
    kind: 'document',
    label: 'Төрсний гэрчилгээ',
    detail: 'PDF · PAdES',
    classification: 'public',
    group: 'mn.gasr',
    badges: ['хууль ёсны'],
  });
  const exchange = viewNode({
    id: 'mn.khur.exchange',
    kind: 'platform',
    label: 'ХУР мэдээлэл солилцооны платформ',
    detail: 'exchange',
    group: 'mn.khur',
  });
  const lookup = viewNode({
    id: 'mn.gasr.citizen_lookup',
    kind: 'interface',
    label: 'Иргэний лавлагаа',
    detail: 'SOAP 1.5.0',
    group: 'mn.khur',
  });
  const hostile = viewNode({
    id: HOSTILE_ID,
    kind: 'interface',
    label: HOSTILE_NAME,
    detail: 'REST 2.0 & "v2"',
    classification: 'secret',
    status: 'planned',
    group: 'mn.khur',
    tooltip: `${HOSTILE_NAME}\n<b>tip</b> & "quoted"`,
  });
  const taxSystem = viewNode({
    id: 'mn.mta.tax_system',
    kind: 'system',
    label: 'Татварын нэгдсэн систем',
    status: 'planned',
    group: 'mn.mta',
  });
  const legacy = viewNode({
    id: 'mn.mta.legacy',
    kind: 'system',
    label: 'Хуучин татварын систем (Өмнөх Үе)',
    status: 'retiring',
    group: 'mn.mta',
  });
  const taxpayer = viewNode({
    id: 'mn.mta.taxpayer',
    kind: 'data',
    label: 'Татвар төлөгчийн бүртгэл',
    classification: 'restricted',
    group: 'mn.mta',
    badges: ['хувийн'],
  });
  const ca = viewNode({ id: 'mn.nca.root_ca', kind: 'trust', label: 'Үндэсний гэрчилгээ олгогч төв', detail: 'CA' });
  const households = viewNode({ id: 'mn.nso.households', kind: 'data', label: 'Өрхийн тоо (нээлттэй өгөгдөл)', classification: 'public' });

  const colA = 16;
  const colB = 380;
  const colC = 744;
  const nCivil = place(civilSystem, colA, 48);
  const nCitizen = place(citizen, colA, nCivil.y + nCivil.height + 48);
  const nBirth = place(birth, colA, nCitizen.y + nCitizen.height + 48);
  const nExchange = place(exchange, colB, 48);
  const nLookup = place(lookup, colB, nExchange.y + nExchange.height + 48);
  const nHostile = place(hostile, colB, nLookup.y + nLookup.height + 48);
  const nTax = place(taxSystem, colC, 48);
  const nLegacy = place(legacy, colC, nTax.y + nTax.height + 48);
  const nTaxpayer = place(taxpayer, colC, nLegacy.y + nLegacy.height + 48);
  const gGasr = enclose(gasr, [nCivil, nCitizen, nBirth]);
  const gKhur = enclose(khur, [nExchange, nLookup, nHostile]);
  const gMta = enclose(mta, [nTax, nLegacy, nTaxpayer]);
  const bottom = Math.max(gGasr.y + gGasr.height, gKhur.y + gKhur.height, gMta.y + gMta.height);
  const nCa = place(ca, colB, bottom + 40);
  const nHouseholds = place(households, colC, bottom + 40);

  const channelAB = (colA + NODE_WIDTH + 16 + colB - 16) / 2;
  const channelBC = (colB + NODE_WIDTH + 16 + colC - 16) / 2;
  const edges: PlacedEdge[] = [
    edge(viewEdge('masters', civilSystem.id, citizen.id), [port(nCivil, 'bottom'), port(nCitizen, 'top')]),
    edge(
      viewEdge('provides', civilSystem.id, lookup.id),
      viaColumn(port(nCivil, 'right', 0.35), port(nLookup, 'left', 0.35), channelAB - 12),
    ),
    edge(
      viewEdge('carries', lookup.id, citizen.id, { label: 'регистр, нэр' }),
      viaColumn(port(nLookup, 'left', 0.7), port(nCitizen, 'right', 0.5), channelAB + 12),
      { x: channelAB + 12, y: (port(nLookup, 'left', 0.7).y + port(nCitizen, 'right').y) / 2 + 4 },
    ),
    edge(
      viewEdge('consumes', taxSystem.id, lookup.id, { label: 'ХУР-аар', status: 'planned' }),
      viaColumn(port(nTax, 'left', 0.5), port(nLookup, 'right', 0.4), channelBC),
      { x: channelBC, y: (port(nTax, 'left').y + port(nLookup, 'right', 0.4).y) / 2 },
    ),
    edge(
      viewEdge('depends-on', legacy.id, citizen.id, { label: 'direct-db' }),
      [
        port(nLegacy, 'left', 0.75),
        { x: colC - 24, y: port(nLegacy, 'left', 0.75).y },
        { x: colC - 24, y: gKhur.y + gKhur.height + 20 },
        { x: port(nCitizen, 'bottom', 0.8).x, y: gKhur.y + gKhur.height + 20 },
        port(nCitizen, 'bottom', 0.8),
      ],
      { x: channelBC, y: gKhur.y + gKhur.height + 20 },
    ),
    edge(viewEdge('masters', taxSystem.id, taxpayer.id), [
      port(nTax, 'right', 0.5),
      { x: colC + NODE_WIDTH + 24, y: port(nTax, 'right').y },
      { x: colC + NODE_WIDTH + 24, y: port(nTaxpayer, 'right').y },
      port(nTaxpayer, 'right'),
    ]),
    edge(viewEdge('stores', legacy.id, taxpayer.id), [port(nLegacy, 'bottom', 0.5), port(nTaxpayer, 'top', 0.5)]),
    edge(
      viewEdge('provides', taxSystem.id, hostile.id, { status: 'planned' }),
      viaColumn(port(nTax, 'left', 0.8), port(nHostile, 'right', 0.5), channelBC - 24),
    ),
    edge(viewEdge('uses', lookup.id, exchange.id), [port(nLookup, 'top', 0.5), port(nExchange, 'bottom', 0.5)]),
    edge(viewEdge('signs', civilSystem.id, birth.id, { label: 'qualified · PAdES' }), [
      port(nCivil, 'left', 0.5),
      { x: colA - 8, y: port(nCivil, 'left').y },
      { x: colA - 8, y: port(nBirth, 'left').y },
      port(nBirth, 'left'),
    ]),
    edge(
      viewEdge('with', birth.id, ca.id, { label: 'гарын үсэг' }),
      [port(nBirth, 'bottom', 0.5), { x: port(nBirth, 'bottom').x, y: port(nCa, 'left').y }, port(nCa, 'left')],
      { x: (port(nBirth, 'bottom').x + nCa.x) / 2 + 30, y: port(nCa, 'left').y },
    ),
  ];
  const nodes = [nCivil, nCitizen, nBirth, nExchange, nLookup, nHostile, nTax, nLegacy, nTaxpayer, nCa, nHouseholds];
  const groups = [gGasr, gKhur, gMta];
  const graph: ViewGraph = {
    id: 'landscape-current',
    kind: 'landscape',
    title: 'Ландшафт — Одоогийн байдал (2026-01-01)',
    locale: 'mn',
    plateau: { id: 'current', label: 'Одоогийн байдал', date: '2026-01-01' },
    declared: false,
    aggregated: false,
    nodes: [...nodes].map((n) => n.node).sort((a, b) => a.id.localeCompare(b.id)),
    groups: groups.map((g) => g.group),
    edges: edges.map((e) => e.edge),
  };
  const byGraphOrder = graph.nodes.map((n) => nodes.find((placed) => placed.node === n)!);
  const size = extent([...nodes, ...groups], edges);
  return { graph, width: size.width + 16, height: size.height + 8, nodes: byGraphOrder, groups, edges };
}

/** A gap view (English): new, eliminated, changed and kept elements and an aggregate agency node. */
export function gapLayout(): ViewLayout {
  const ministry = viewGroup({ id: 'mn.mof', kind: 'agency', label: 'Ministry of Finance', status: 'changed' });
  const treasury = viewGroup({ id: 'mn.mof.treasury', kind: 'agency', label: 'Treasury Department', parent: 'mn.mof', status: 'new' });
  const budget = viewNode({ id: 'mn.mof.budget', kind: 'system', label: 'Budget Planning System', status: 'changed', group: 'mn.mof' });
  const ledger = viewNode({
    id: 'mn.mof.treasury.ledger',
    kind: 'data',
    label: 'General Ledger',
    classification: 'secret',
    status: 'new',
    group: 'mn.mof.treasury',
    badges: ['base registry', 'legally binding', 'personal'],
  });
  const oldPay = viewNode({
    id: 'mn.mof.treasury.old_payments',
    kind: 'system',
    label: 'Legacy Payments',
    status: 'eliminated',
    group: 'mn.mof.treasury',
  });
  const tsa = viewNode({ id: 'mn.nca.tsa', kind: 'trust', label: 'Time-Stamping Authority', detail: 'TSA', status: 'kept' });
  const agency = viewNode({
    id: 'mn.gasr',
    kind: 'agency',
    label: 'General Authority for State Registration',
    detail: '12 systems',
    status: 'kept',
  });

  const nBudget = place(budget, 40, 60);
  const nLedger = place(ledger, 40, 220);
  const nOld = place(oldPay, 300, 220);
  const gTreasury = enclose(treasury, [nLedger, nOld]);
  const gMinistry = enclose(ministry, [nBudget, gTreasury]);
  const nTsa = place(tsa, 640, 230);
  const nAgency = place(agency, 640, 60);
  const edges: PlacedEdge[] = [
    edge(viewEdge('masters', budget.id, ledger.id, { status: 'new' }), [port(nBudget, 'bottom', 0.8), port(nLedger, 'top', 0.8)]),
    edge(
      viewEdge('timestamp', ledger.id, tsa.id, { label: 'RFC 3161', status: 'new' }),
      [
        port(nLedger, 'bottom', 0.5),
        { x: port(nLedger, 'bottom').x, y: gMinistry.y + gMinistry.height + 24 },
        { x: port(nTsa, 'bottom').x, y: gMinistry.y + gMinistry.height + 24 },
        port(nTsa, 'bottom', 0.5),
      ],
      { x: 420, y: gMinistry.y + gMinistry.height + 24 },
    ),
    edge(
      viewEdge('aggregate', agency.id, budget.id, { label: '14 урсгал', status: 'kept' }),
      viaColumn(port(nAgency, 'left', 0.5), port(nBudget, 'right', 0.5), 600),
      { x: 420, y: port(nBudget, 'right').y },
    ),
    edge(
      viewEdge('consumes', oldPay.id, agency.id, { status: 'eliminated' }),
      viaColumn(port(nOld, 'right', 0.5), port(nAgency, 'left', 0.8), 620),
    ),
  ];
  const nodes = [nBudget, nLedger, nOld, nTsa, nAgency];
  const groups = [gMinistry, gTreasury];
  const graph: ViewGraph = {
    id: 'gap-current-target',
    kind: 'gap',
    title: 'Gap: current » target',
    locale: 'en',
    plateau: { id: 'target', label: 'Target', date: '2030-01-01' },
    compareFrom: { id: 'current', label: 'Current', date: '2026-01-01' },
    declared: false,
    aggregated: false,
    nodes: nodes.map((n) => n.node),
    groups: groups.map((g) => g.group),
    edges: edges.map((e) => e.edge),
  };
  const size = extent([...nodes, ...groups], edges);
  return { graph, width: size.width + 16, height: size.height + 8, nodes, groups, edges };
}
