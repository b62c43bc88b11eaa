// The model's lists of elements by kind, filled in one pass over its elements.
import type { Element, ElementKind, SemanticModel } from './types.js';

export type KindLists = { [K in ElementKind]: Extract<Element, { kind: K }>[] };

/** An empty list for every kind of element. */
export function emptyKindLists(): KindLists {
  return { law: [], plateau: [], agency: [], platform: [], trust: [], data: [], system: [], interface: [], view: [], waiver: [] };
}

/** Adds an element to its kind's list. */
export function addByKind(lists: KindLists, element: Element): void {
  (lists[element.kind] as Element[]).push(element);
}

type Collections = Pick<
  SemanticModel,
  'laws' | 'agencies' | 'platforms' | 'trusts' | 'data' | 'systems' | 'interfaces' | 'views' | 'waivers'
>;

/** The model's collection of each kind but the plateaus, which a model keeps in date order. */
export function collectionsOf(lists: KindLists): Collections {
  return {
    laws: lists.law,
    agencies: lists.agency,
    platforms: lists.platform,
    trusts: lists.trust,
    data: lists.data,
    systems: lists.system,
    interfaces: lists.interface,
    views: lists.view,
    waivers: lists.waiver,
  };
}
