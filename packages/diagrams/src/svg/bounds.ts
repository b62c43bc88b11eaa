// The extent of everything a layout places (boxes, routes, edge labels), at least the layout's
// own size: the SVG canvas covers it all, so nothing is clipped, and resvg (which aborts the process
// on a marker-bearing path far outside its canvas) is never given one.
import type { Box, ViewLayout } from '../layout/types.js';

export function layoutBounds(layout: ViewLayout): Box {
  let left = 0;
  let top = 0;
  let right = layout.width;
  let bottom = layout.height;
  const include = (x: number, y: number, width = 0, height = 0): void => {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  };
  for (const box of [...layout.nodes, ...layout.groups]) include(box.x, box.y, box.width, box.height);
  for (const edge of layout.edges) {
    for (const point of edge.points) include(point.x, point.y);
    if (edge.label) include(edge.label.x, edge.label.y, edge.label.width, edge.label.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
