// Where a build keeps its laid-out views: `out/.cache/layouts`, keyed by each view's content
// (diagrams/src/node/layout-cache.ts). A command that lays out views outside a build reads and
// refreshes the cache of the workspace's builds, when its out folder is gea's: after a build, `gea
// export archimate` and `gea diagram` lay nothing out again (decision 0040).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Workspace } from '../workspace/load-workspace.js';
import { outFolder } from './build-stamp.js';
import { CACHE_FOLDER, OUT_MARKER } from './out-folder.js';

/** The layout cache in a build's cache folder (`out/.cache`). */
export function layoutCacheIn(cacheDir: string): string {
  return join(cacheDir, 'layouts');
}

/** The layout cache of the workspace's builds; undefined when its out folder is not there or not gea's. */
export function buildsLayoutCache(workspace: Workspace): string | undefined {
  const outDir = outFolder(workspace, {});
  return existsSync(join(outDir, OUT_MARKER)) ? layoutCacheIn(join(outDir, CACHE_FOLDER)) : undefined;
}
