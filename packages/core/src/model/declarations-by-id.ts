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

/**
 * Whether a declaration repeats an id declared before it (`duplicate-name`): references reach the
 * first only, and the rules leave the repeat's likeness to the first to that finding.
 */
export function isRepeat(model: Pick<SemanticModel, 'byId'>, element: Element): boolean {
  return model.byId.get(element.id) !== element;
}
