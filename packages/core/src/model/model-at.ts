// The model as it stands at one plateau: its collections hold only the elements and statements
// that exist there, and a reference whose target does not exist there has no `target` (its
// `declared` keeps what it names in the whole model, for the rules about lifecycles). Rules and
// views read this projection, so a naive rule is lifecycle-correct without a guard.
// What a plateau does not change is shared with the whole model rather than copied: laws and
// plateaus whose references all name such elements (self-projecting), the references, lifecycles
// and legal bases that name only those, and the parts of an element that name no element.
// The language server's kept model (decision 0033) has its projections updated after an edit
// from the previous model's (decision 0035): projection.ts.
import { finished } from '../stepwise.js';
import { composeChanges, type ModelChange } from './model-change.js';
import { recordLineage } from './model-lineage.js';
import { Projection } from './projection.js';
import type { ProjectionHistory } from './projection-history.js';
import type * as m from './types.js';

export interface PlateauModel extends m.SemanticModel {
  /** The plateau this projection stands at. */
  readonly plateau: m.Plateau;
  /** The model at every plateau, which this projection was made from. */
  readonly whole: m.SemanticModel;
  /** An element of the whole model as it stands here; undefined when it does not exist here. */
  at<E extends m.Element>(element: E): E | undefined;
}

/**
 * Made once per model and plateau, then shared (frozen): a build's rules, views, gap analyses and
 * reports all ask for the same plateaus, and each projection costs a copy of most of the model.
 */
export function modelAt(model: m.SemanticModel, plateau: m.Plateau): PlateauModel {
  return finished(modelAtStepwise(model, plateau));
}

/**
 * As modelAt, yielding every 2 000 elements while it makes a projection: the language server lets
 * edits in between (a projection of a national model is 120-190 ms). A projection left unfinished
 * is not kept. A kept model's projection is updated from an earlier model's where it can be.
 */
export function* modelAtStepwise(model: m.SemanticModel, plateau: m.Plateau): Generator<void, PlateauModel, void> {
  let made = PROJECTIONS.get(model);
  if (!made) PROJECTIONS.set(model, (made = new Map()));
  let projection = made.get(plateau);
  if (!projection) {
    projection = updatedProjection(model, plateau);
    if (!projection) {
      const making = new Projection(model, plateau, KEPT.has(model));
      projection = yield* making.project();
      if (making.kept) MAKINGS.set(projection, making);
    }
    made.set(plateau, projection);
  }
  return projection;
}

/**
 * Marks a model the language server keeps and updates after edits: its projections remember what
 * they were made of, so that those of the next model are updated from them.
 */
export function keepProjections(model: m.SemanticModel): void {
  KEPT.add(model);
}

/**
 * Says that `next` was made by updating `previous` in place (`change`): the projections of
 * `previous`, or of the last kept model before it that had one, are updated into those of `next`
 * when asked for. `previous` and its projections are not to be read afterwards.
 */
export function modelUpdated(previous: m.SemanticModel, next: m.SemanticModel, change: ModelChange): void {
  KEPT.add(next);
  recordLineage(previous, next, change);
  const bases = new Map<m.Plateau, Base>();
  for (const [plateau, projection] of PROJECTIONS.get(previous) ?? []) {
    const making = MAKINGS.get(projection);
    if (making) bases.set(plateau, { making, change });
  }
  // Moved on, not shared: a base is updated once.
  for (const [plateau, base] of BASES.get(previous) ?? []) {
    if (!bases.has(plateau)) bases.set(plateau, { making: base.making, change: composeChanges(base.change, change) });
  }
  BASES.delete(previous);
  BASES.set(next, bases);
}

/**
 * What the updates of a kept projection touched, version by version; the same object for every
 * projection updated from one making. Undefined for a projection that is not kept.
 */
export function projectionHistory(projection: PlateauModel): ProjectionHistory | undefined {
  return MAKINGS.get(projection)?.history;
}

interface Base {
  /** A kept projection of an earlier model, not yet updated. */
  readonly making: Projection;
  /** What changed since that model. */
  readonly change: ModelChange;
}

const PROJECTIONS = new WeakMap<m.SemanticModel, Map<m.Plateau, PlateauModel>>();
const KEPT = new WeakSet<m.SemanticModel>();
/** A kept projection's making, which can update it. */
const MAKINGS = new WeakMap<PlateauModel, Projection>();
/** For a kept model, the earlier projection each of its plateaus' can be updated from. */
const BASES = new WeakMap<m.SemanticModel, Map<m.Plateau, Base>>();

function updatedProjection(model: m.SemanticModel, plateau: m.Plateau): PlateauModel | undefined {
  const bases = BASES.get(model);
  const base = bases?.get(plateau);
  if (!base) return undefined;
  bases!.delete(plateau);
  const projection = base.making.update(model, base.change);
  if (projection) MAKINGS.set(projection, base.making);
  return projection;
}
