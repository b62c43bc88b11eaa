// When things exist: an element exists at plateau P when it has no `from` or `from.date <= P.date`,
// and no `until` or `until.date > P.date`. A statement exists when it and its system both do. A
// bound naming an undated plateau is no bound, like one naming an undeclared plateau (decision 0070).
import type { Element, Lifecycle, Plateau, Relation } from './types.js';

export function lifecycleAllows(lifecycle: Lifecycle, plateau: Plateau): boolean {
  const from = lifecycle.from?.target;
  if (from && from.date > plateau.date && !from.undated) return false;
  const until = lifecycle.until?.target;
  if (until && until.date <= plateau.date && !until.undated) return false;
  return true;
}

/** The plateaus the rules are evaluated at: those with a date. */
export function datedPlateaus(plateaus: readonly Plateau[]): readonly Plateau[] {
  return plateaus.some((plateau) => plateau.undated) ? plateaus.filter((plateau) => !plateau.undated) : plateaus;
}

export function existsAt(thing: Element | Relation, plateau: Plateau): boolean {
  if (!lifecycleAllows(thing.lifecycle, plateau)) return false;
  return 'system' in thing && isRelation(thing) ? lifecycleAllows(thing.system.lifecycle, plateau) : true;
}

function isRelation(thing: Element | Relation): thing is Relation {
  return (
    thing.kind === 'masters' ||
    thing.kind === 'stores' ||
    thing.kind === 'consumes' ||
    thing.kind === 'depends-on' ||
    thing.kind === 'uses' ||
    thing.kind === 'signs' ||
    thing.kind === 'seals' ||
    thing.kind === 'verifies'
  );
}

/**
 * Where a view about `element` is drawn when no plateau is asked for: `preferred` when the element
 * exists there, else the first dated plateau at which it does (an agency planned for the target,
 * drawn at the baseline, is an empty picture), else `preferred` (it exists at none).
 */
export function plateauShowing(element: Element, plateaus: readonly Plateau[], preferred: Plateau): Plateau {
  if (existsAt(element, preferred)) return preferred;
  return datedPlateaus(plateaus).find((plateau) => existsAt(element, plateau)) ?? preferred;
}

/** The plateaus at which a thing exists, in date order. */
export function plateausOf(thing: Element | Relation, plateaus: readonly Plateau[]): Plateau[] {
  return plateaus.filter((plateau) => existsAt(thing, plateau));
}

/** The plateau in force on a day: the latest dated on or before it; none when every plateau is later. */
export function plateauOn(date: string, plateaus: readonly Plateau[]): Plateau | undefined {
  let inForce: Plateau | undefined;
  for (const plateau of plateaus) if (plateau.date <= date && (!inForce || plateau.date > inForce.date)) inForce = plateau;
  return inForce;
}

export const IMPLICIT_PLATEAU_ID = 'now';
