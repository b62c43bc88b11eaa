// Relations written in one statement (`masters a, b`, `uses p, q`) share its source range. A rule
// reports once per statement, so it groups them back.
import { sameRange } from '../model/source-order.js';
import type { Relation } from '../model/types.js';

/** Relations in groups of one statement each, in the order written. */
export function byStatement<R extends Relation>(relations: readonly R[]): R[][] {
  const groups: R[][] = [];
  for (const relation of relations) {
    const last = groups[groups.length - 1];
    if (last && sameRange(last[0]!.source, relation.source)) last.push(relation);
    else groups.push([relation]);
  }
  return groups;
}
