// What the updates of a kept plateau projection (decision 0035) touched, version by version: the
// language server's rules find again only the problems of what an edit can have changed
// (decision 0036) and keep the rest.
import type { Element } from './types.js';

/** The copies of a projection that updates since some version made or changed in place. */
export interface Touched {
  /** Copies made: new elements, and the elements of an edited document made again. */
  readonly added: ReadonlySet<Element>;
  /** Copies that stayed, some of whose references were pointed again. */
  readonly repointed: ReadonlySet<Element>;
  /** Copies that stayed, whose lists of those that name them were filled again. */
  readonly relisted: ReadonlySet<Element>;
  /** The ids of the elements made and let go: what `byId` answers for them may differ. */
  readonly ids: ReadonlySet<string>;
}

/** One update: what it touched, and the copies it let go. */
export interface ProjectionStep extends Touched {
  readonly removed: readonly Element[];
}

/** Updates further back than this are not remembered: a rule that missed them is run whole. */
const REMEMBERED_STEPS = 16;

export class ProjectionHistory {
  /** How many updates the projection has had. */
  version = 0;
  private readonly steps: ProjectionStep[] = [];
  private readonly gone = new WeakSet<Element>();

  record(step: ProjectionStep): void {
    for (const copy of step.removed) this.gone.add(copy);
    this.steps.push(step);
    if (this.steps.length > REMEMBERED_STEPS) this.steps.shift();
    this.version++;
  }

  /** Whether an update let the copy go. */
  isGone(copy: Element): boolean {
    return this.gone.has(copy);
  }

  /**
   * What the updates after `version` touched (of it, the copies still here) and the copies they let
   * go; undefined when they are not all remembered.
   */
  since(version: number): ProjectionStep | undefined {
    const count = this.version - version;
    if (count < 0 || count > this.steps.length) return undefined;
    const steps = this.steps.slice(this.steps.length - count);
    if (steps.length === 1) return steps[0];
    const here = (sets: ReadonlySet<Element>[]) => new Set(sets.flatMap((set) => [...set]).filter((copy) => !this.gone.has(copy)));
    return {
      added: here(steps.map((step) => step.added)),
      repointed: here(steps.map((step) => step.repointed)),
      relisted: here(steps.map((step) => step.relisted)),
      ids: new Set(steps.flatMap((step) => [...step.ids])),
      removed: steps.flatMap((step) => step.removed),
    };
  }
}
