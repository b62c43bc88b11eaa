// Layout keys remembered by what their views say. A view's layout key (layout-cache.ts) measures
// every text of the view: a second on every build of the L model's 1 067 views, though an edit
// changes a handful of them. A digest of the view graph's JSON (everything the key is computed
// from, and more) names the key the last build found for it, when that build was made by the same
// code: the identity the caller gives (gea's version and compiled code) stands for the measuring,
// the bundled fonts and LAYOUT_VERSION. Any other identity, or a file that cannot be read, and
// every key is computed again.
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { graphDigest } from './graph-digests.js';
import { layoutCacheKey } from './layout-cache.js';
import { RememberedValues } from './remembered-values.js';

/** How a view's layout key is found: computed, or remembered. */
export interface LayoutKeys {
  keyOf(graph: ViewGraph, fonts: Fonts): string;
}

export const COMPUTED_KEYS: LayoutKeys = { keyOf: (graph, fonts) => layoutCacheKey(graph, fonts) };

/** Not `.json`: the layout cache's pruning keeps only the layouts' own files of that name. */
const FILE = 'keys-by-graph.txt';

/**
 * The keys of the last build's views by their graphs' digests; `write` keeps those asked for since
 * `read` (the views of this build), for the next.
 */
export class RememberedKeys implements LayoutKeys {
  private constructor(private readonly values: RememberedValues) {}

  /** The keys remembered in `cacheDir` by code of `identity`; none when it was other code or nothing can be read. */
  static read(cacheDir: string, identity: string): RememberedKeys {
    return new RememberedKeys(RememberedValues.read(cacheDir, FILE, identity, () => true));
  }

  keyOf(graph: ViewGraph, fonts: Fonts): string {
    return this.values.valueOf(graphDigest(graph), () => layoutCacheKey(graph, fonts));
  }

  /** Writes the keys asked for, for the next build. */
  write(): void {
    this.values.write();
  }
}
