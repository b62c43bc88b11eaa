// How an element differs between two states (two plateaus, or two revisions of the repository):
// each property whose value differs, with what it was and what it is; lists also say what was
// added and what removed.
import type { Element } from '../model/types.js';
import { propertiesOf, type PropertyValue } from './properties.js';

export type PropertyChange = ValueChange | ListChange;

export interface ValueChange {
  readonly property: string;
  /** Absent when the property was not stated before. */
  readonly from?: string;
  /** Absent when the property is no longer stated. */
  readonly to?: string;
}

export interface ListChange {
  readonly property: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export function isListChange(change: PropertyChange): change is ListChange {
  return Array.isArray(change.from) || Array.isArray(change.to);
}

/** What differs between two states of one element, in the order of `propertiesOf`. */
export function elementChanges(before: Element, after: Element, statementLifecycles = true): PropertyChange[] {
  const earlier = propertiesOf(before, statementLifecycles);
  const later = propertiesOf(after, statementLifecycles);
  // Nearly always both states state the same properties (names in the same locales): compared pair
  // by pair, without two maps by name for each of a national model's 21 000 elements.
  if (!sameNames(earlier, later)) return changesByName(new Map(earlier), new Map(later));
  const changes: PropertyChange[] = [];
  for (let index = 0; index < later.length; index++) {
    const [property, to] = later[index]!;
    const change = compareValues(property, earlier[index]![1], to);
    if (change) changes.push(change);
  }
  return changes;
}

function sameNames(a: ReadonlyArray<readonly [string, PropertyValue]>, b: ReadonlyArray<readonly [string, PropertyValue]>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index]![0] !== b[index]![0]) return false;
  return true;
}

/** The changes when the states state different properties: in the later order, each dropped one after its neighbour. */
function changesByName(earlier: ReadonlyMap<string, PropertyValue>, later: ReadonlyMap<string, PropertyValue>): PropertyChange[] {
  const names = [...later.keys()];
  for (const name of earlier.keys()) if (!later.has(name)) names.splice(insertionPoint(names, name, earlier), 0, name);
  const changes: PropertyChange[] = [];
  for (const property of names) {
    const change = compareValues(property, earlier.get(property), later.get(property));
    if (change) changes.push(change);
  }
  return changes;
}

/** Where a property the later state lacks goes (a locale's name that was dropped): after its neighbour in the earlier order. */
function insertionPoint(names: readonly string[], name: string, earlier: ReadonlyMap<string, PropertyValue>): number {
  const order = [...earlier.keys()];
  for (let index = order.indexOf(name) - 1; index >= 0; index--) {
    const at = names.indexOf(order[index]!);
    if (at >= 0) return at + 1;
  }
  return 0;
}

function compareValues(property: string, from: PropertyValue, to: PropertyValue): PropertyChange | undefined {
  if (Array.isArray(from) || Array.isArray(to)) {
    const before = (from as readonly string[] | undefined) ?? [];
    const after = (to as readonly string[] | undefined) ?? [];
    if (before.length === after.length && before.every((value, index) => value === after[index])) return undefined;
    const added = multisetMinus(after, before);
    const removed = multisetMinus(before, after);
    return { property, from: before, to: after, added, removed };
  }
  if (from === to) return undefined;
  return { property, ...(from !== undefined ? { from: from as string } : {}), ...(to !== undefined ? { to: to as string } : {}) };
}

/** The items of `a` not matched by an item of `b`, counting repeats. */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  const result: string[] = [];
  for (const item of a) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else result.push(item);
  }
  return result;
}
