// Which waivers match a problem at a plateau: those that apply there and cover it; and, where none
// does, the covering waiver whose `until` has passed, so the finding can say why it appears now.
import { existsAt } from '../model/plateaus.js';
import { compareSourceRanges, rangeContains, sameRange } from '../model/source-order.js';
import type { Plateau, SemanticModel, Waiver } from '../model/types.js';
import type { Problem } from './rule.js';

export interface WaiverMatch {
  /** The waivers that apply at the plateau and cover the problem, in source order. */
  readonly applying: readonly Waiver[];
  /** When none applies: the covering waiver that ended latest at or before the plateau (the first in source order of those). */
  readonly ended: Waiver | undefined;
}

const NO_MATCH: WaiverMatch = { applying: [], ended: undefined };

/** The waivers of each rule, in source order. */
export function groupWaivers(model: SemanticModel): Map<string, Waiver[]> {
  const byRule = new Map<string, Waiver[]>();
  const inSourceOrder = [...model.waivers].sort((a, b) => compareSourceRanges(model, a.source, b.source));
  for (const waiver of inSourceOrder) {
    if (!waiver.rule || !waiver.on?.target) continue;
    const list = byRule.get(waiver.rule);
    if (list) list.push(waiver);
    else byRule.set(waiver.rule, [waiver]);
  }
  return byRule;
}

/** `waivers`: those of the problem's rule, in source order. */
export function matchWaivers(waivers: readonly Waiver[] | undefined, problem: Problem, plateau: Plateau): WaiverMatch {
  if (!waivers) return NO_MATCH;
  const applying: Waiver[] = [];
  let ended: { readonly waiver: Waiver; readonly at: Plateau } | undefined;
  for (const waiver of waivers) {
    if (!waiverCovers(waiver, problem)) continue;
    if (existsAt(waiver, plateau)) {
      applying.push(waiver);
      continue;
    }
    const at = endOf(waiver);
    if (at && at.date <= plateau.date && (!ended || ended.at.date < at.date)) ended = { waiver, at };
  }
  if (applying.length > 0) return { applying, ended: undefined };
  return ended ? { applying, ended: ended.waiver } : NO_MATCH;
}

/** The plateau a waiver's `until` names: it applies before it, not there or after. */
export function endOf(waiver: Waiver): Plateau | undefined {
  return waiver.until?.target;
}

/**
 * A waiver covers problems of the element it is `on` and anything inside that element's
 * declaration. Elements are compared by where they are declared: the problem's element is the
 * plateau model's copy of the waiver's target.
 */
function waiverCovers(waiver: Waiver, problem: Problem): boolean {
  const target = waiver.on?.target;
  if (!target) return false;
  return sameRange(problem.element.source, target.source) || rangeContains(target.source, problem.source);
}
