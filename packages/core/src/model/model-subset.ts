// A plateau model whose collections hold some of its elements only: what a rule visits after an
// edit in the language server (decision 0036). Everything reached from those elements, and
// `byId`, `at`, the plateaus, are the whole projection's.
import { addByKind, collectionsOf, emptyKindLists } from './kind-lists.js';
import type { PlateauModel } from './model-at.js';
import type { Element } from './types.js';

export function modelSubset(model: PlateauModel, elements: ReadonlySet<Element>): PlateauModel {
  const byKind = emptyKindLists();
  for (const element of elements) addByKind(byKind, element);
  return Object.freeze({ ...model, elements: [...elements], ...collectionsOf(byKind) });
}
