// Moves a route's end from the node's bounding box onto the drawn outline, so that an arrow
// entering a hexagon's slant, a cylinder's rim or a shield's tip still touches the shape.
import type { Box, Point } from '../layout/types.js';
import type { NodeKind } from '@gea-arch/core';
import { shapeMetrics } from './shapes.js';

/** How far past the bounding box an outline can lie (the deepest inset of any shape). */
const MAX_INSET = 16;

/**
 * `end` moved along the direction from `previous` to `end` until it meets the outline of the
 * shape drawn for `kind` in `box`; unchanged if it is already on or inside the outline.
 */
export function contactPoint(kind: NodeKind, box: Box, end: Point, previous: Point): Point {
  const length = Math.hypot(end.x - previous.x, end.y - previous.y);
  if (length === 0 || isInside(kind, box, end)) return end;
  const step = { x: (end.x - previous.x) / length, y: (end.y - previous.y) / length };
  const at = (distance: number): Point => ({ x: end.x + step.x * distance, y: end.y + step.y * distance });
  if (!isInside(kind, box, at(MAX_INSET))) return end;
  let outside = 0;
  let inside = MAX_INSET;
  for (let round = 0; round < 12; round++) {
    const middle = (outside + inside) / 2;
    if (isInside(kind, box, at(middle))) inside = middle;
    else outside = middle;
  }
  return at(inside);
}

/** Whether `point` is on or inside the outline (with a hair of tolerance for points on the border). */
export function isInside(kind: NodeKind, box: Box, point: Point): boolean {
  const tolerance = 0.05;
  const { x, y, width, height } = box;
  const px = point.x;
  const py = point.y;
  if (px < x - tolerance || px > x + width + tolerance || py < y - tolerance || py > y + height + tolerance) return false;
  const metrics = shapeMetrics(kind, box);
  const centreX = x + width / 2;
  switch (kind) {
    case 'system':
    case 'agency':
      return insideRoundedCorners(box, metrics.corner, point, tolerance);
    case 'data': {
      const ry = metrics.rimHeight;
      const spread = Math.max(0, 1 - ((px - centreX) / (width / 2)) ** 2);
      const rim = ry * Math.sqrt(spread);
      return py >= y + ry - rim - tolerance && py <= y + height - ry + rim + tolerance;
    }
    case 'document':
      return x + width - px + (py - y) >= metrics.fold - tolerance;
    case 'interface': {
      const fromMiddle = Math.abs(py - (y + height / 2)) / (height / 2);
      return Math.abs(px - centreX) <= width / 2 - metrics.point * (1 - fromMiddle) + tolerance;
    }
    case 'platform':
      return px - x + (py - y) >= metrics.depth - tolerance && x + width - px + (y + height - py) >= metrics.depth - tolerance;
    case 'trust': {
      const bottom = y + height - metrics.tip + metrics.tip * (1 - Math.abs(px - centreX) / (width / 2));
      return (
        py <= bottom + tolerance &&
        insideRoundedCorners(
          { x, y, width, height: height - metrics.tip },
          metrics.corner,
          { x: px, y: Math.min(py, y + height - metrics.tip) },
          tolerance,
        )
      );
    }
  }
}

function insideRoundedCorners(box: Box, radius: number, point: Point, tolerance: number): boolean {
  const nearestX = Math.min(Math.max(point.x, box.x + radius), box.x + box.width - radius);
  const nearestY = Math.min(Math.max(point.y, box.y + radius), box.y + box.height - radius);
  return Math.hypot(point.x - nearestX, point.y - nearestY) <= radius + tolerance;
}
