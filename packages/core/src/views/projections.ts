// The model at each plateau a computation draws, made once per model and plateau (modelAt) and
// indexed once, shared by every view and every computation of views; and what exists where, found
// by a key that names an element or a statement the same way in the whole model and in each of its
// projections.
import { modelAt, type PlateauModel } from '../model/model-at.js';
import type { Element, Plateau, Relation, SemanticModel, SourceRange } from '../model/types.js';

/** What a view draws: an element or one of a system's statements. */
export type Thing = Element | Relation;

/** One plateau's projection, with its elements and statements indexed by key. */
export interface Projection {
  readonly model: PlateauModel;
  /** The copy at this plateau of `thing` (from the whole model or any projection), if it exists here. */
  copyOf<T extends Thing>(thing: T): T | undefined;
}

export class PlateauProjections {
  constructor(readonly model: SemanticModel) {}

  /** The projection at `plateau` (a plateau of the whole model). */
  at(plateau: Plateau): Projection {
    return indexed(modelAt(this.model, plateau));
  }

  /** The projections at the plateaus just before and just after `plateau`, where there are such. */
  neighboursOf(plateau: Plateau): { readonly previous?: Projection; readonly next?: Projection } {
    const plateaus = this.model.plateaus;
    const index = plateaus.indexOf(plateau);
    const previous = index > 0 ? plateaus[index - 1] : undefined;
    const next = index >= 0 && index < plateaus.length - 1 ? plateaus[index + 1] : undefined;
    return { previous: previous && this.at(previous), next: next && this.at(next) };
  }
}

function indexed(model: PlateauModel): Projection {
  let projection = INDEXED.get(model);
  if (!projection) INDEXED.set(model, (projection = index(model)));
  return projection;
}

const INDEXED = new WeakMap<PlateauModel, Projection>();

function index(model: PlateauModel): Projection {
  const byKey = new Map<string, Thing>();
  const add = (thing: Thing) => {
    const key = thingKey(thing);
    if (!byKey.has(key)) byKey.set(key, thing);
  };
  for (const element of model.elements) add(element);
  for (const system of model.systems) for (const relation of relationsOf(system)) add(relation);
  // Each thing asked for is found by its key once: views ask for the same things over and over.
  const copies = new WeakMap<Thing, Thing | null>();
  const copyOf = <T extends Thing>(thing: T): T | undefined => {
    let copy = copies.get(thing);
    if (copy === undefined) copies.set(thing, (copy = byKey.get(thingKey(thing)) ?? null));
    return (copy ?? undefined) as T | undefined;
  };
  return { model, copyOf };
}

export function isRelation(thing: Thing): thing is Relation {
  return 'system' in thing;
}

export function relationsOf(system: Extract<Element, { kind: 'system' }>): Relation[] {
  return [...system.masters, ...system.stores, ...system.consumes, ...system.dependsOn, ...system.uses, ...system.signings];
}

/**
 * Names a declaration by kind, full name and where it is written, and a statement by its kind,
 * its system, where it is written and what it names (one `masters a, b` is two statements).
 */
export function thingKey(thing: Thing): string {
  let key = KEYS.get(thing);
  if (key === undefined) {
    key = isRelation(thing)
      ? `${thing.kind} ${thingKey(thing.system)} ${position(thing.source)} ${namedBy(thing)}`
      : `${thing.kind} ${thing.id} ${position(thing.source)}`;
    KEYS.set(thing, key);
  }
  return key;
}

/** Each thing's key, made once: views look the same things up at every plateau, over and over. */
const KEYS = new WeakMap<Thing, string>();

function namedBy(relation: Relation): string {
  switch (relation.kind) {
    case 'consumes':
      return relation.interface.text;
    case 'depends-on':
      return relation.target.text;
    case 'uses':
      return relation.platform.text;
    default:
      return relation.data.text;
  }
}

function position(range: SourceRange): string {
  return `${range.uri}:${range.start.line}:${range.start.character}`;
}
