// Every declaration of each id: a model may declare one id more than once (`duplicate-name`), and
// its `byId` holds only the first.
import type { Element, SemanticModel } from './types.js';

/** Each id's declarations, ids and declarations in model order. */
export function declarationsById(model: SemanticModel): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const element of model.elements) {
    const declarations = byId.get(element.id);
    if (declarations) declarations.push(element);
    else byId.set(element.id, [element]);
  }
  return byId;
}
