// Which model a kept model was updated from, and what changed (model-change.ts): indexes made of
// the whole model (duplicate-data's asset shapes) are updated from the previous model's rather than
// made again. One step only: a model's own lineage is let go once the next is recorded.
import type { ModelChange } from './model-change.js';
import type { SemanticModel } from './types.js';

export interface Lineage {
  readonly previous: SemanticModel;
  readonly change: ModelChange;
}

const LINEAGE = new WeakMap<SemanticModel, Lineage>();

export function recordLineage(previous: SemanticModel, next: SemanticModel, change: ModelChange): void {
  LINEAGE.delete(previous);
  LINEAGE.set(next, { previous, change });
}

/** The model `model` was updated from and what changed, when it was. */
export function lineageOf(model: SemanticModel): Lineage | undefined {
  return LINEAGE.get(model);
}
