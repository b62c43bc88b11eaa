// A small drawing (one box, or a chain of three) longer than twice its width (or wider than twice
// its height) gets room on its short sides, the content centred, so that it is at most 2 : 1: its
// shape is that of its few boxes, which no layout changes, and it fits any screen unscaled. A
// larger drawing is never padded: its shape comes from the layout (direction, sides of a hub).
import type { LayoutGeometry } from './layout-geometry.js';
import type { Point } from './types.js';

/** The longest side padded to shape: half a 1280-pixel screen. */
export const PADDED_SIDE_MAX = 640;

export function fitShape(geometry: LayoutGeometry, maxAspect: number): LayoutGeometry {
  const { width, height } = geometry;
  if (width <= 0 || height <= 0 || Math.max(width, height) > PADDED_SIDE_MAX) return geometry;
  const fittedWidth = Math.max(width, Math.ceil(height / maxAspect));
  const fittedHeight = Math.max(height, Math.ceil(width / maxAspect));
  if (fittedWidth === width && fittedHeight === height) return geometry;
  const dx = Math.round((fittedWidth - width) / 2);
  const dy = Math.round((fittedHeight - height) / 2);
  const move = <T extends { x: number; y: number }>(box: T): T => ({ ...box, x: box.x + dx, y: box.y + dy });
  return {
    ...geometry,
    width: fittedWidth,
    height: fittedHeight,
    nodes: geometry.nodes.map(move),
    groups: geometry.groups.map(move),
    edges: geometry.edges.map((edge) => ({
      ...edge,
      points: edge.points.map((point: Point) => move(point)),
      ...(edge.label ? { label: move(edge.label) } : {}),
    })),
  };
}
