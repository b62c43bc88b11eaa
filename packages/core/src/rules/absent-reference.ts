// A reference that names a declared element which does not exist at the plateau the model stands
// at (the projection leaves it without a target). Unresolved references are `unresolved-reference`'s
// business, not this.
import type { Element, Ref } from '../model/types.js';

export function isAbsent<T extends Element>(reference: Ref<T> | undefined): reference is Ref<T> & { readonly declared: T } {
  return reference !== undefined && reference.declared !== undefined && reference.target === undefined;
}
