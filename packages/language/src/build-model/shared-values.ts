// Frozen values that many model objects share instead of each holding its own: at national scale
// most declarations and statements have no description, tags, meta, lifecycle or legal basis, and
// every empty object would be one more for the garbage collector to copy while the model is built.
// The model is immutable, so sharing them is invisible to its readers.
import type * as m from '@gea-arch/core';

export const NO_ENTRIES: Readonly<Record<string, never>> = Object.freeze({});
export const NO_LIFECYCLE: m.Lifecycle = Object.freeze({ from: undefined, until: undefined });

/** The empty list, for lists nothing is added to once built (frozen: a push would throw). */
export const NO_ITEMS = Object.freeze([]) as unknown as never[];

/** The list itself, or the shared empty list when it has nothing. */
export function sharedWhenEmpty<T>(list: T[]): T[] {
  return list.length === 0 ? NO_ITEMS : list;
}

/** The record itself, or the shared empty record when it has no entries. */
export function sharedWhenBare<T>(record: Record<string, T>): Record<string, T> {
  for (const _ in record) return record;
  return NO_ENTRIES;
}

const fieldTypes = new Map<string, m.FieldType>();

/** One frozen type object per primitive and list-ness (a field typed by a data asset has its own). */
export function primitiveFieldType(primitive: m.FieldType['primitive'], list: boolean): m.FieldType {
  const key = `${primitive ?? ''}${list ? '[]' : ''}`;
  let type = fieldTypes.get(key);
  if (!type) fieldTypes.set(key, (type = Object.freeze({ primitive, list })));
  return type;
}
