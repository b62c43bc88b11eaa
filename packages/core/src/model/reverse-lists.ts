// The lists of a model element that hold what names it (an agency's `systems`, a data asset's
// `masteredBy`), by kind: the whole model and each projection fill them from the other side.
import type * as m from './types.js';

/** Lists whose items are elements: an agency's systems, a system's interfaces. */
const OF_ELEMENTS: Partial<Record<m.ElementKind, readonly string[]>> = {
  agency: ['children', 'systems', 'data', 'operates'],
  platform: ['interfaces', 'hosts'],
  trust: ['issues'],
  system: ['provides'],
};

/** Lists whose items are parts of elements: statements, payloads, signatures. */
const OF_PARTS: Partial<Record<m.ElementKind, readonly string[]>> = {
  platform: ['users'],
  trust: ['reliedOnBy'],
  data: ['masteredBy', 'storedBy', 'carriedBy', 'signedBy'],
  system: ['dependedOnBy'],
  interface: ['consumedBy'],
};

const NONE: readonly string[] = [];

export function elementListsOf(kind: m.ElementKind): readonly string[] {
  return OF_ELEMENTS[kind] ?? NONE;
}

export function partListsOf(kind: m.ElementKind): readonly string[] {
  return OF_PARTS[kind] ?? NONE;
}

/** Every list of the kind that holds what names it. */
export function reverseListsOf(kind: m.ElementKind): readonly string[] {
  return [...elementListsOf(kind), ...partListsOf(kind)];
}
