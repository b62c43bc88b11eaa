// The sizes of views' Mermaid texts, remembered by what their pictures show. A build warns of every
// view whose text Mermaid will not draw (MERMAID_LIMITS); its edges are counted in the graph, but its
// characters only by writing the text, which a build does only for the files an edit changed (the
// others stay in place): writing all of the L model's 1 067 (6.6 M characters) to measure them took
// 0.5 s. A text is made from its graph as a picture shows it (graph-digests.ts), so a graph whose
// digest the last build measured, by the same code (the identity the caller gives), has the size
// remembered for it. Any other identity, or a file that cannot be read, and every text is measured.
import type { ViewGraph } from '@gea-arch/core';
import { mermaidDrawing, type MermaidSize } from '../text/mermaid.js';
import { drawnGraphDigest } from './graph-digests.js';
import { RememberedValues } from './remembered-values.js';

/** Not `.json`: the layout cache's pruning keeps only the layouts' own files of that name. */
const FILE = 'mermaid-characters.txt';

/**
 * The characters of the last build's Mermaid texts by their graphs' drawn digests; `write` keeps
 * those asked for since `read` (the views of this build), for the next.
 */
export class MermaidSizes {
  private constructor(private readonly values: RememberedValues) {}

  /** The sizes remembered in `cacheDir` by code of `identity`; none when it was other code or nothing can be read. */
  static read(cacheDir: string, identity: string): MermaidSizes {
    return new MermaidSizes(RememberedValues.read(cacheDir, FILE, identity, (characters) => /^\d+$/.test(characters)));
  }

  /** The size of `graph`'s Mermaid text: remembered, or measured by writing it. */
  sizeOf(graph: ViewGraph): MermaidSize {
    const characters = this.values.valueOf(drawnGraphDigest(graph), () => String(mermaidDrawing(graph).size.characters));
    // Every edge is one line of the text.
    return { edges: graph.edges.length, characters: Number(characters) };
  }

  /** Writes the sizes asked for, for the next build. */
  write(): void {
    this.values.write();
  }
}
