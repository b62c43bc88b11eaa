// Shape control of last resort: a drawing longer than twice its width (or wider than twice its
// height) gets room on its short sides, the content centred, so that it is at most 2 : 1. Text
// on an A3 page keeps its size: the long side still decides the scale, as 2 : 1 is longer than A3.
import type { LayoutGeometry } from './layout-geometry.js';
import type { Point } from './types.js';

export function fitShape(geometry: LayoutGeometry, maxAspect: number): LayoutGeometry {
  const { width, height } = geometry;
  if (width <= 0 || height <= 0) return geometry;
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
