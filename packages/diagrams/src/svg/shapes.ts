// One outline per node kind, so kind reads from shape alone: system a rounded box, data asset a
// cylinder, document a page with a folded corner, interface a hexagon, platform a 3-D box (a
// technology node), trust service a shield, agency (when drawn as a node) a box with a header bar.
import type { Box } from '../layout/types.js';
import type { NodeKind } from '@gea-arch/core';
import { num } from './format.js';

export interface NodeShape {
  /** Closed outline: filled and stroked (class `shape`), and drawn again as the gap of a double border. */
  readonly outline: string;
  /** Open strokes drawn over the fill in the outline's colour (class `shape-line`): a cylinder's rim, a page's fold. */
  readonly lines: readonly string[];
  /** Filled in the outline's colour (class `accent`): an agency's header bar. */
  readonly accents: readonly string[];
  /** The part of the box free for text. */
  readonly content: Box;
}

/** The sizes of each shape's features in a box: shared by the drawing and by outline hit tests. */
export interface ShapeMetrics {
  /** Corner radius (system, agency, trust). */
  readonly corner: number;
  /** Half the height of a cylinder's elliptic rim. */
  readonly rimHeight: number;
  /** Side of a page's folded corner. */
  readonly fold: number;
  /** How far a hexagon's points stick out past its flat top. */
  readonly point: number;
  /** Depth of a technology box's top and side faces. */
  readonly depth: number;
  /** Height of a shield's pointed bottom. */
  readonly tip: number;
}

export function shapeMetrics(kind: NodeKind, { width, height }: Box): ShapeMetrics {
  return {
    corner: Math.min(kind === 'system' ? 8 : kind === 'agency' ? 6 : 5, width / 2, height / 2),
    rimHeight: clamp(height * 0.12, 4, 9),
    fold: Math.min(14, height / 3, width / 4),
    point: Math.min(12, height / 2, width / 6),
    depth: Math.min(8, height / 5, width / 8),
    tip: Math.min(12, height * 0.22),
  };
}

export function nodeShape(kind: NodeKind, box: Box): NodeShape {
  const metrics = shapeMetrics(kind, box);
  switch (kind) {
    case 'system':
      return { outline: roundedRect(box, metrics.corner), lines: [], accents: [], content: box };
    case 'agency':
      return agencyShape(box, metrics);
    case 'data':
      return cylinder(box, metrics);
    case 'document':
      return foldedPage(box, metrics);
    case 'interface':
      return hexagon(box, metrics);
    case 'platform':
      return technologyBox(box, metrics);
    case 'trust':
      return shield(box, metrics);
  }
}

/** A rectangle with circular corners of radius `radius` (clamped to the box), as a path. */
export function roundedRect({ x, y, width, height }: Box, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  const arc = `A${num(r)} ${num(r)} 0 0 1`;
  return (
    `M${num(x + r)} ${num(y)}H${num(x + width - r)}${arc} ${num(x + width)} ${num(y + r)}` +
    `V${num(y + height - r)}${arc} ${num(x + width - r)} ${num(y + height)}` +
    `H${num(x + r)}${arc} ${num(x)} ${num(y + height - r)}V${num(y + r)}${arc} ${num(x + r)} ${num(y)}Z`
  );
}

function agencyShape(box: Box, { corner }: ShapeMetrics): NodeShape {
  const { x, y, width } = box;
  const bar = Math.max(corner, Math.min(6, box.height / 6));
  const arc = `A${num(corner)} ${num(corner)} 0 0 1`;
  const header =
    `M${num(x)} ${num(y + bar)}V${num(y + corner)}${arc} ${num(x + corner)} ${num(y)}` +
    `H${num(x + width - corner)}${arc} ${num(x + width)} ${num(y + corner)}V${num(y + bar)}Z`;
  return { outline: roundedRect(box, corner), lines: [], accents: [header], content: inset(box, bar, 0, 0, 0) };
}

function cylinder(box: Box, { rimHeight: ry }: ShapeMetrics): NodeShape {
  const { x, y, width, height } = box;
  const rx = width / 2;
  const outline =
    `M${num(x)} ${num(y + ry)}A${num(rx)} ${num(ry)} 0 0 1 ${num(x + width)} ${num(y + ry)}` +
    `V${num(y + height - ry)}A${num(rx)} ${num(ry)} 0 0 1 ${num(x)} ${num(y + height - ry)}Z`;
  const rim = `M${num(x)} ${num(y + ry)}A${num(rx)} ${num(ry)} 0 0 0 ${num(x + width)} ${num(y + ry)}`;
  return { outline, lines: [rim], accents: [], content: inset(box, 2 * ry, 0, ry, 0) };
}

function foldedPage(box: Box, { fold }: ShapeMetrics): NodeShape {
  const { x, y, width, height } = box;
  const outline = `M${num(x)} ${num(y)}H${num(x + width - fold)}L${num(x + width)} ${num(y + fold)}` + `V${num(y + height)}H${num(x)}Z`;
  const crease = `M${num(x + width - fold)} ${num(y)}V${num(y + fold)}H${num(x + width)}`;
  return { outline, lines: [crease], accents: [], content: box };
}

function hexagon(box: Box, { point }: ShapeMetrics): NodeShape {
  const { x, y, width, height } = box;
  const middle = y + height / 2;
  const outline =
    `M${num(x + point)} ${num(y)}H${num(x + width - point)}L${num(x + width)} ${num(middle)}` +
    `L${num(x + width - point)} ${num(y + height)}H${num(x + point)}L${num(x)} ${num(middle)}Z`;
  return { outline, lines: [], accents: [], content: inset(box, 0, point / 2, 0, point / 2) };
}

function technologyBox(box: Box, { depth }: ShapeMetrics): NodeShape {
  const { x, y, width, height } = box;
  const outline =
    `M${num(x)} ${num(y + depth)}L${num(x + depth)} ${num(y)}H${num(x + width)}V${num(y + height - depth)}` +
    `L${num(x + width - depth)} ${num(y + height)}H${num(x)}Z`;
  const frontEdges = `M${num(x)} ${num(y + depth)}H${num(x + width - depth)}V${num(y + height)}`;
  const backEdge = `M${num(x + width - depth)} ${num(y + depth)}L${num(x + width)} ${num(y)}`;
  return { outline, lines: [frontEdges, backEdge], accents: [], content: inset(box, depth, depth, 0, 0) };
}

function shield(box: Box, { tip, corner: r }: ShapeMetrics): NodeShape {
  const { x, y, width, height } = box;
  const arc = `A${num(r)} ${num(r)} 0 0 1`;
  const outline =
    `M${num(x + r)} ${num(y)}H${num(x + width - r)}${arc} ${num(x + width)} ${num(y + r)}` +
    `V${num(y + height - tip)}L${num(x + width / 2)} ${num(y + height)}L${num(x)} ${num(y + height - tip)}` +
    `V${num(y + r)}${arc} ${num(x + r)} ${num(y)}Z`;
  return { outline, lines: [], accents: [], content: inset(box, 0, 0, tip, 0) };
}

function inset(box: Box, top: number, right: number, bottom: number, left: number): Box {
  return { x: box.x + left, y: box.y + top, width: box.width - left - right, height: box.height - top - bottom };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
