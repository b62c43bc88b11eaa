// A reference that names a declared element which does not exist at the plateau the model stands
// at (the projection leaves it without a target). Unresolved references are `unresolved-reference`'s
// business, not this.
import type { Element, Lifecycle, Ref } from '../model/types.js';

export function isAbsent<T extends Element>(reference: Ref<T> | undefined): reference is Ref<T> & { readonly declared: T } {
  return reference !== undefined && reference.declared !== undefined && reference.target === undefined;
}

/**
 * Whether a lifecycle names a plateau that is not declared (`until targt`): when what it holds
 * exists is not known, and that is `unresolved-reference`'s finding alone.
 */
export function boundUnresolved(lifecycle: Lifecycle | undefined): boolean {
  return lifecycle !== undefined && [lifecycle.from, lifecycle.until].some((bound) => bound !== undefined && bound.declared === undefined);
}
