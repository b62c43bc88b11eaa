// A cached view's layout whose geometry is read from the cache when something first asks for it
// (drawing it, exporting its diagram); its plan, warnings and readability come from its summary
// (layout-summaries.ts). A build after an edit draws a handful of its views again: the others'
// geometry is never read.
import { rmSync } from 'node:fs';
import type { ViewGraph } from '@gea-arch/core';
import { attachGraph } from '../layout/layout-geometry.js';
import type { ViewLayout } from '../layout/types.js';
import { knowReadability } from '../quality/readability.js';
import { cacheFilePath, readCachedLayout } from './layout-cache.js';
import { LayoutFailure } from './layout-failure.js';
import type { LayoutSummary } from './layout-summaries.js';

const GEOMETRY = ['width', 'height', 'nodes', 'groups', 'edges'] as const;

/**
 * The layout of `graph` cached in `cacheDir` under `key`, as `summary` says it is. Its geometry is
 * an own enumerable property read on first use (so JSON and spreads see it as any other layout's).
 * A file no longer as summarized, found only then, stops the build (LayoutFailure `damaged`): it is
 * deleted and `onDamaged` told, so that the next build reads every cached layout at once, checks
 * it and lays out again those it cannot read.
 */
export function lazyLayout(graph: ViewGraph, cacheDir: string, key: string, summary: LayoutSummary, onDamaged: () => void): ViewLayout {
  let attached: ViewLayout | undefined;
  const full = (): ViewLayout => {
    if (!attached) {
      const geometry = readCachedLayout(cacheDir, key, graph);
      if (!geometry) {
        const file = cacheFilePath(cacheDir, key);
        rmSync(file, { force: true });
        onDamaged();
        throw new LayoutFailure(graph.id, 'damaged', file);
      }
      attached = attachGraph(graph, geometry);
    }
    return attached;
  };
  const layout = { graph } as ViewLayout;
  for (const name of GEOMETRY) Object.defineProperty(layout, name, { enumerable: true, get: () => full()[name] });
  if (summary.plan !== undefined) Object.defineProperty(layout, 'plan', { enumerable: true, value: summary.plan });
  if (summary.warnings !== undefined) Object.defineProperty(layout, 'warnings', { enumerable: true, value: summary.warnings });
  knowReadability(layout, summary.readability);
  return layout;
}
