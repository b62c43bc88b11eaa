// Draws edges: the arrowhead markers (one per edge kind shown), each route as a path with rounded
// bends, and the label on a background box where the layout placed it.
import type { PlacedEdge, PlacedNode, Point } from '../layout/types.js';
import type { EdgeKind } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { findingLevel, type FindingLevel } from '../chrome/findings.js';
import type { DiagramWords } from '../chrome/words.js';
import { escapeXml } from './escape.js';
import { tooltipWithRules } from './nodes.js';
import { num } from './format.js';
import { contactPoint } from './outline-contact.js';
import { blockHeight, textElement } from './text-lines.js';

type Head = 'arrow' | 'open' | 'seal' | 'ring' | 'clock' | 'diamond' | 'square' | 'bar' | 'double';

/**
 * The end mark of each edge kind; the dash pattern, width and colour (in the style sheet) tell the
 * rest. Kinds that meet in one view differ by more than colour and dash: providing (a square) from
 * consuming (an arrow) in an integration view, carrying (a double chevron) and storing (an open
 * one) from them in a data flow; signing, sealing, verifying, signing with, time-
 * stamping and issuing (seal, ring, open arrow, bar, clock, diamond) in the signatures view.
 */
const HEADS: Readonly<Record<EdgeKind, Head>> = {
  consumes: 'arrow',
  provides: 'square',
  masters: 'arrow',
  stores: 'open',
  carries: 'double',
  'depends-on': 'open',
  uses: 'open',
  signs: 'seal',
  seals: 'ring',
  verifies: 'open',
  with: 'bar',
  timestamp: 'clock',
  issuer: 'diamond',
  aggregate: 'arrow',
};

const BEND_RADIUS = 6;

export function markerId(kind: EdgeKind): string {
  return `gea-head-${kind}`;
}

/** The marker's drawing in a 12×12 box whose point of contact with the node is (11, 6). */
function headShapes(kind: EdgeKind): string {
  const solid = `marker m-${kind}`;
  const hollow = `marker m-${kind} hollow`;
  switch (HEADS[kind]) {
    case 'arrow':
      return `<path class="${solid}" d="M1 1.5L11 6L1 10.5Z"/>`;
    case 'open':
      return `<path class="${hollow}" d="M1.5 1.5L11 6L1.5 10.5"/>`;
    case 'seal':
      return `<circle class="${solid}" cx="6.5" cy="6" r="4.5"/><circle class="seal-dot" cx="6.5" cy="6" r="1.6"/>`;
    case 'ring':
      return `<circle class="${hollow}" cx="6.5" cy="6" r="4.5"/><circle class="${solid}" cx="6.5" cy="6" r="1.6"/>`;
    case 'clock':
      return `<circle class="${hollow}" cx="6.5" cy="6" r="4.5"/><path class="${hollow}" d="M6.5 3.6V6H8.6"/>`;
    case 'diamond':
      return `<path class="${hollow}" d="M0.8 6L6 2.6L11.2 6L6 9.4Z"/>`;
    case 'square':
      return `<path class="${solid}" d="M3 2H11V10H3Z"/>`;
    case 'double':
      return `<path class="${hollow}" d="M0.5 1.5L6 6L0.5 10.5"/><path class="${hollow}" d="M5.5 1.5L11 6L5.5 10.5"/>`;
    case 'bar':
      return `<path class="${hollow}" d="M1.5 1.5L11 6L1.5 10.5"/><path class="${hollow}" d="M11 1V11"/>`;
  }
}

/** `<marker>` definitions for the edge kinds in `kinds`, in the order given. */
export function markerDefinitions(kinds: readonly EdgeKind[]): string {
  return kinds
    .map(
      (kind) =>
        `<marker id="${markerId(kind)}" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">${headShapes(kind)}</marker>`,
    )
    .join('\n');
}

/**
 * The edge's `<g>`. `nodes` gives the boxes its ends sit on, so that the route's ends can be moved
 * from the box onto the drawn outline.
 */
export function renderEdge(
  fonts: Fonts,
  placed: PlacedEdge,
  nodes: ReadonlyMap<string, PlacedNode>,
  words: DiagramWords,
  siteRoot: string,
): string {
  const { edge } = placed;
  const points = touchingOutlines(placed.points, nodes.get(edge.from), nodes.get(edge.to));
  const route = roundedRoute(points);
  const level = findingLevel(edge.findings);
  const classes = ['edge', `e-${edge.kind}`, `s-${edge.status}`, level ? `f-${level}` : '', (edge.count ?? 1) > 1 ? 'many' : ''];
  const attributes = [
    `class="${classes.filter(Boolean).join(' ')}"`,
    `data-id="${escapeXml(edge.id)}"`,
    `data-from="${escapeXml(edge.from)}"`,
    `data-to="${escapeXml(edge.to)}"`,
    `data-kind="${edge.kind}"`,
    `data-status="${edge.status}"`,
  ];
  let label = '';
  if (placed.label) {
    const box = placed.label;
    const top = box.y + (box.height - blockHeight(fonts, box.text)) / 2;
    const keyed = box.key === undefined ? '' : ` keyed" data-key="${box.key}`;
    label =
      `<g class="edge-label${keyed}"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3"/>` +
      textElement(fonts, box.text, { x: box.x + box.width / 2, top, anchor: 'middle', className: '' }) +
      `</g>`;
  }
  return (
    `<g ${attributes.join(' ')}>` +
    `<title>${escapeXml(tooltipWithRules(edge.tooltip, edge.findings, words))}</title>` +
    `<a href="${escapeXml(siteRoot + edge.href)}">` +
    `<path class="hit" d="${route}"/>` +
    (level ? `<path class="halo" d="${route}"/>` : '') +
    `<path class="line" d="${route}" marker-end="url(#${markerId(edge.kind)})"/>` +
    (level ? findingSign(level, signPoint(points, placed.label)) : '') +
    label +
    `</a></g>`
  );
}

/** The sign on an edge with findings (drawn the same in the legend): a red disc, an amber diamond, a grey ring. */
export function findingSign(level: FindingLevel, at: Point): string {
  const { x, y } = at;
  const shape =
    level === 'error'
      ? `<circle cx="${num(x)}" cy="${num(y)}" r="7"/>`
      : level === 'warning'
        ? `<path d="M${num(x)} ${num(y - 8)}L${num(x + 8)} ${num(y)}L${num(x)} ${num(y + 8)}L${num(x - 8)} ${num(y)}Z"/>`
        : `<circle cx="${num(x)}" cy="${num(y)}" r="6"/>`;
  const mark =
    level === 'waived' ? '' : `<text class="bold" x="${num(x)}" y="${num(y + 3.5)}" font-size="10" text-anchor="middle">!</text>`;
  return `<g class="sign sign-${level}">${shape}${mark}</g>`;
}

/** Where along the route the finding sign goes: near its start, else the first place its label leaves free. */
function signPoint(points: readonly Point[], label: { x: number; y: number; width: number; height: number } | undefined): Point {
  const clear = (at: Point) =>
    !label ||
    at.x < label.x - SIGN_CLEARANCE ||
    at.x > label.x + label.width + SIGN_CLEARANCE ||
    at.y < label.y - SIGN_CLEARANCE ||
    at.y > label.y + label.height + SIGN_CLEARANCE;
  for (const share of SIGN_SHARES) {
    const at = pointAlong(points, share);
    if (clear(at)) return at;
  }
  return pointAlong(points, SIGN_SHARES[0]!);
}

/** Shares of a route tried for the sign, in order; and how far (the sign's radius and a gap) it keeps from the label. */
const SIGN_SHARES = [0.3, 0.2, 0.7, 0.12, 0.85, 0.5];
const SIGN_CLEARANCE = 10;

/** The point `share` of the way along a route, by length. */
function pointAlong(points: readonly Point[], share: number): Point {
  const lengths = points.slice(1).map((point, index) => distance(points[index]!, point));
  let remaining = lengths.reduce((sum, length) => sum + length, 0) * share;
  for (const [index, length] of lengths.entries()) {
    if (remaining <= length && length > 0) return towards(points[index]!, points[index + 1]!, remaining);
    remaining -= length;
  }
  return points[points.length - 1]!;
}

/** The route with its first point on the source's outline and its last on the target's. */
function touchingOutlines(points: readonly Point[], source: PlacedNode | undefined, target: PlacedNode | undefined): Point[] {
  const route = [...points];
  if (route.length < 2) return route;
  if (source) route[0] = contactPoint(source.node.kind, source, route[0]!, route[1]!);
  const last = route.length - 1;
  if (target) route[last] = contactPoint(target.node.kind, target, route[last]!, route[last - 1]!);
  return route;
}

/** The route as a path whose bends are rounded off (never by more than half a segment). */
export function roundedRoute(points: readonly Point[]): string {
  const route = points.filter((point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y);
  if (route.length === 0) return '';
  const first = route[0]!;
  let path = `M${num(first.x)} ${num(first.y)}`;
  for (let index = 1; index < route.length - 1; index++) {
    const previous = route[index - 1]!;
    const bend = route[index]!;
    const next = route[index + 1]!;
    const radius = Math.min(BEND_RADIUS, distance(previous, bend) / 2, distance(bend, next) / 2);
    const enter = towards(bend, previous, radius);
    const leave = towards(bend, next, radius);
    path += `L${num(enter.x)} ${num(enter.y)}Q${num(bend.x)} ${num(bend.y)} ${num(leave.x)} ${num(leave.y)}`;
  }
  const last = route[route.length - 1]!;
  if (route.length > 1) path += `L${num(last.x)} ${num(last.y)}`;
  return path;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point `length` away from `from` in the direction of `to`. */
function towards(from: Point, to: Point, length: number): Point {
  const total = distance(from, to);
  return { x: from.x + ((to.x - from.x) * length) / total, y: from.y + ((to.y - from.y) * length) / total };
}
