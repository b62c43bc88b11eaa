// What an update of a kept model changed (the language server's, decision 0033): the next model
// shares the elements of the documents an edit did not touch, with some of their references
// pointed again and some of their lists of those that name them changed, in place. The plateau
// projections of the previous model are updated from it rather than made again (decision 0035).
import type * as m from './types.js';

export interface ModelChange {
  /** Elements of the previous model that the next does not have: the edited documents' old ones. */
  readonly removed: ReadonlySet<m.Element>;
  /** Elements of the next model that the previous did not have. */
  readonly added: ReadonlySet<m.Element>;
  /** References held by elements of both models that were pointed again in place, each with its element. */
  readonly repointed: ReadonlyMap<object, m.Element>;
  /** Elements of both models whose lists of those that name them changed in place. */
  readonly relisted: ReadonlySet<m.Element>;
}

/** The change from the model before `first` to the model after `second`. */
export function composeChanges(first: ModelChange, second: ModelChange): ModelChange {
  const removed = new Set(first.removed);
  for (const element of second.removed) if (!first.added.has(element)) removed.add(element);
  const added = new Set([...first.added].filter((element) => !second.removed.has(element)));
  for (const element of second.added) added.add(element);
  const repointed = new Map<object, m.Element>();
  for (const changes of [first.repointed, second.repointed]) {
    for (const [reference, owner] of changes) if (!second.removed.has(owner)) repointed.set(reference, owner);
  }
  const relisted = new Set([...first.relisted, ...second.relisted].filter((element) => !second.removed.has(element)));
  return { removed, added, repointed, relisted };
}
