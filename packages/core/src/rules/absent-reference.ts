// A reference that names a declared element which does not exist at the plateau the model stands
// at (the projection leaves it without a target). Unresolved references are `unresolved-reference`'s
// business, not this.
import type { Element, Lifecycle, Plateau, Ref, SemanticModel, SourceRange } from '../model/types.js';

export function isAbsent<T extends Element>(reference: Ref<T> | undefined): reference is Ref<T> & { readonly declared: T } {
  return reference !== undefined && reference.declared !== undefined && reference.target === undefined;
}

/**
 * Whether a lifecycle names a plateau that is not declared (`until targt`) or has no date: when
 * what it holds exists is not known, and that is `unresolved-reference`'s or `syntax`'s finding alone.
 */
export function boundUnknown(lifecycle: Lifecycle | undefined): boolean {
  return lifecycle !== undefined && (unknown(lifecycle.from) || unknown(lifecycle.until));
}

function unknown(bound: Ref<Plateau> | undefined): boolean {
  return bound !== undefined && (bound.declared === undefined || bound.declared.undated);
}

/**
 * Where an element or a statement is written whose lifecycle names a plateau not declared or undated:
 * at which plateaus it exists is not known, so what a rule finds in it is not either (RULES.md: an
 * unresolved reference only yields `unresolved-reference`). Made once per model.
 */
export function placesOfUnknownLifecycle(model: SemanticModel): readonly SourceRange[] {
  let places = UNKNOWN_LIFECYCLES.get(model);
  if (places) return places;
  const found: SourceRange[] = [];
  for (const element of model.elements) if (boundUnknown(element.lifecycle)) found.push(element.source);
  for (const system of model.systems)
    for (const relations of [system.masters, system.stores, system.consumes, system.dependsOn, system.uses, system.signings])
      for (const relation of relations) if (boundUnknown(relation.lifecycle)) found.push(relation.source);
  places = found.length > 0 ? found : NOWHERE;
  UNKNOWN_LIFECYCLES.set(model, places);
  return places;
}

const NOWHERE: readonly SourceRange[] = [];
const UNKNOWN_LIFECYCLES = new WeakMap<SemanticModel, readonly SourceRange[]>();
