// Lifecycle status of elements and statements in a view at one plateau, and between two plateaus.
import { existsAt } from '../model/plateaus.js';
import { type Element, type Plateau, type Relation, type SemanticModel } from '../model/types.js';
import type { Status } from './view-graph.js';
import { elementState } from './element-state.js';

/** `planned` when it first appears at this plateau, `retiring` when it is gone at the next one, else `active`. */
export function statusAt(model: SemanticModel, plateau: Plateau): (thing: Element | Relation) => Status {
  const index = model.plateaus.indexOf(plateau);
  const previous = index > 0 ? model.plateaus[index - 1] : undefined;
  const next = index >= 0 && index < model.plateaus.length - 1 ? model.plateaus[index + 1] : undefined;
  return (thing) => {
    if (next && !existsAt(thing, next)) return 'retiring';
    if (previous && !existsAt(thing, previous)) return 'planned';
    return 'active';
  };
}

/** `new`, `eliminated`, `changed` or `kept` between plateaus `from` and `to`. */
export function gapStatus(from: Plateau, to: Plateau): (thing: Element | Relation) => Status {
  return (thing) => {
    const before = existsAt(thing, from);
    const after = existsAt(thing, to);
    if (before && !after) return 'eliminated';
    if (!before && after) return 'new';
    if ('system' in thing) return 'kept';
    return elementState(thing as Element, from) === elementState(thing as Element, to) ? 'kept' : 'changed';
  };
}
