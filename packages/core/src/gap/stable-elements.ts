// Elements whose properties are the same at every plateau they exist at: nothing listed in them —
// their statements, the statements of others that name them (an interface's consumers), the
// elements they hold — has a lifecycle of its own or belongs to an element that has one. A gap
// analysis compares a national model's 21 000 elements property by property mostly to find them
// the same; these it keeps without comparing.
import type { Element, Lifecycle } from '../model/types.js';

const STABLE = new WeakMap<Element, boolean>();

/** Whether `element` (of the whole model) shows the same properties in every projection it is in. */
export function isStableAcrossPlateaus(element: Element): boolean {
  let stable = STABLE.get(element);
  if (stable === undefined) STABLE.set(element, (stable = !listsSomethingWithALifecycle(element)));
  return stable;
}

function listsSomethingWithALifecycle(element: Element): boolean {
  for (const key in element) {
    const value = (element as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (typeof item !== 'object' || item === null || item === element) continue;
      if (hasLifecycle(item)) return true;
      // An element held (an agency's systems) exists where its lifecycle says; a statement of
      // another element (an interface's consumer) only where that element does too.
      if ('localName' in item) continue;
      for (const part in item) {
        const owner = (item as Record<string, unknown>)[part];
        if (owner !== element && typeof owner === 'object' && owner !== null && hasLifecycle(owner)) return true;
      }
    }
  }
  return false;
}

function hasLifecycle(value: object): boolean {
  const lifecycle = (value as { lifecycle?: Lifecycle }).lifecycle;
  return lifecycle !== undefined && (lifecycle.from !== undefined || lifecycle.until !== undefined);
}
