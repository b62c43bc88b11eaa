// Between two agencies of a landscape, systems exchange both ways. Layered as they point, the
// edges against the majority run backwards around the whole drawing (a landscape of three
// agencies: 9 of 22 edges looping round the outside, 0.86 crossings per edge). Laid out as if they
// pointed the way most edges between the same two parts point, they run straight across like the
// rest; drawn, they keep their own direction (their routes are reversed back, arrowhead and all).
import type { ViewGraph } from '@gea-arch/core';
import type { GroupTree } from './group-tree.js';
import { edgeParts, topLevelParts } from './top-level-parts.js';

/**
 * For each edge (graph order), true when it runs between two top-level parts against the way most
 * edges between those two parts run (on a tie, against the way of the pair's first edge).
 */
export function againstTheFlow(graph: ViewGraph, tree: GroupTree): boolean[] {
  const ends = edgeParts(graph, topLevelParts(graph, tree));
  // Per unordered pair: edges one way minus edges the other, "one way" being the first edge's.
  const balance = new Map<string, { readonly from: string; net: number }>();
  for (const pair of ends) {
    if (pair === undefined || pair[0] === pair[1]) continue;
    const key = pairKey(pair[0], pair[1]);
    const entry = balance.get(key) ?? { from: pair[0], net: 0 };
    entry.net += pair[0] === entry.from ? 1 : -1;
    balance.set(key, entry);
  }
  return ends.map((pair) => {
    if (pair === undefined || pair[0] === pair[1]) return false;
    const entry = balance.get(pairKey(pair[0], pair[1]))!;
    const majorityFrom = entry.net >= 0 ? entry.from : pair[0] === entry.from ? pair[1] : pair[0];
    return pair[0] !== majorityFrom;
  });
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}
