// Which relationship each diagram edge draws, by the edge's kind and its ends' element ids. A
// national model's export records 150 000 of them and its diagrams look up 400 000 edges: keyed
// by the ids themselves (strings that already know their hash) in maps within maps, rather than
// by a `kind|from|to` string made and hashed for each, looking them up costs a few map reads.
import type { EdgeKind } from '@gea-arch/core';

/** Where a diagram edge finds its relationship. */
export interface DrawnRelationship {
  readonly relationship: string;
  /** The relationship runs from the edge's `to` to its `from`. */
  readonly reversed: boolean;
}

export class DrawnRelationships {
  private readonly byFrom = new Map<string, Map<string, Map<EdgeKind, DrawnRelationship>>>();

  get(kind: EdgeKind, from: string, to: string): DrawnRelationship | undefined {
    return this.byFrom.get(from)?.get(to)?.get(kind);
  }

  has(kind: EdgeKind, from: string, to: string): boolean {
    return this.get(kind, from, to) !== undefined;
  }

  /** Records how the edge is drawn unless it is recorded already: the first relationship that draws an edge draws it. */
  add(kind: EdgeKind, from: string, to: string, drawn: DrawnRelationship): void {
    let byTo = this.byFrom.get(from);
    if (!byTo) this.byFrom.set(from, (byTo = new Map()));
    let byKind = byTo.get(to);
    if (!byKind) byTo.set(to, (byKind = new Map()));
    if (!byKind.has(kind)) byKind.set(kind, drawn);
  }
}
