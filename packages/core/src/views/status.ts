// Lifecycle status of elements and statements in a view: at one plateau, by comparing its
// projection with those at the neighbouring plateaus; between two plateaus, by comparing theirs.
import type { Element, Plateau } from '../model/types.js';
import { elementState } from './element-state.js';
import { isRelation, type PlateauProjections, type Projection, type Thing } from './projections.js';
import type { Status } from './view-graph.js';

export type StatusOf = (thing: Thing) => Status;

/** `retiring` when it is gone at the next plateau, `planned` when it was not there at the previous one, else `active`. */
export function statusAt(projections: PlateauProjections, plateau: Plateau): StatusOf {
  let byPlateau = STATUS_AT.get(projections);
  if (!byPlateau) STATUS_AT.set(projections, (byPlateau = new Map()));
  let status = byPlateau.get(plateau);
  if (!status) byPlateau.set(plateau, (status = remembered(statusAmong(projections, plateau))));
  return status;
}

/** Each plateau's statuses, shared by the views drawn at it: a national model's views ask for an agency's hundreds of times. */
const STATUS_AT = new WeakMap<PlateauProjections, Map<Plateau, StatusOf>>();

function statusAmong(projections: PlateauProjections, plateau: Plateau): StatusOf {
  const { previous, next } = projections.neighboursOf(plateau);
  return (thing) => {
    if (next && !next.copyOf(thing)) return 'retiring';
    if (previous && !previous.copyOf(thing)) return 'planned';
    return 'active';
  };
}

function remembered(status: StatusOf): StatusOf {
  const known = new WeakMap<Thing, Status>();
  return (thing) => {
    let found = known.get(thing);
    if (found === undefined) known.set(thing, (found = status(thing)));
    return found;
  };
}

/** `new`, `eliminated`, `changed` or `kept` between the projections at plateaus `from` and `to`. */
export function gapStatus(from: Projection, to: Projection): StatusOf {
  return (thing) => {
    const before = from.copyOf(thing);
    const after = to.copyOf(thing);
    if (before && !after) return 'eliminated';
    if (!before && after) return 'new';
    if (!before || !after || isRelation(thing)) return 'kept';
    return elementState(before as Element) === elementState(after as Element) ? 'kept' : 'changed';
  };
}

/**
 * What views make with one plateau's statuses in one locale (a node, an edge), kept in `table` and
 * shared by every view drawn at that plateau: a national model's views draw a system in dozens of them.
 */
export function sharedWithStatuses<K, V>(table: WeakMap<object, Map<string, Map<K, V>>>, status: object, locale: string): Map<K, V> {
  let byLocale = table.get(status);
  if (!byLocale) table.set(status, (byLocale = new Map()));
  let made = byLocale.get(locale);
  if (!made) byLocale.set(locale, (made = new Map()));
  return made;
}
