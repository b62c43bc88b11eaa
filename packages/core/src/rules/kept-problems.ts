// The language server's rules at a kept projection (decisions 0035, 0036): each rule's problems are
// kept by the element they are about, and after an edit a rule that says what it `affected` finds
// again only the problems of those elements; the others stay as they were.
import { projectionHistory, type PlateauModel } from '../model/model-at.js';
import { modelSubset } from '../model/model-subset.js';
import type { ProjectionHistory } from '../model/projection-history.js';
import type { Element } from '../model/types.js';
import type { Problem, Rule, RuleContext } from './rule.js';

interface KeptProblems {
  /** The projection's version the problems were found at. */
  readonly version: number;
  /** The run's settings they were found with (evaluation date, locales, …). */
  readonly settings: string;
  readonly byElement: Map<Element, Problem[]>;
}

const KEPT = new WeakMap<ProjectionHistory, Map<string, KeptProblems>>();

/**
 * The rule's problems at the context's plateau. `settings` stands for everything but the model
 * that the problems depend on: kept problems found with other settings are found again.
 */
export function problemsOf(rule: Rule, context: RuleContext, settings: string): Iterable<Problem> {
  const history = projectionHistory(context.model);
  if (!history || !rule.affected) return found(rule, context);
  let byRule = KEPT.get(history);
  if (!byRule) KEPT.set(history, (byRule = new Map()));
  const kept = byRule.get(rule.id);
  const touched = kept?.settings === settings ? history.since(kept.version) : undefined;
  let byElement: Map<Element, Problem[]>;
  if (!kept || !touched) {
    byElement = new Map();
    rule.check(context as never, (problem) => add(byElement, problem));
  } else {
    byElement = kept.byElement;
    for (const copy of touched.removed) byElement.delete(copy);
    const subjects = new Set<Element>();
    for (const element of rule.affected(touched, context.model)) if (!history.isGone(element)) subjects.add(element);
    for (const subject of subjects) byElement.delete(subject);
    const model: PlateauModel = modelSubset(context.model, subjects);
    rule.check({ ...context, model } as never, (problem) => add(byElement, problem));
  }
  byRule.set(rule.id, { version: history.version, settings, byElement });
  return [...byElement.values()].flat();
}

function found(rule: Rule, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  rule.check(context as never, (problem) => problems.push(problem));
  return problems;
}

function add(byElement: Map<Element, Problem[]>, problem: Problem): void {
  const problems = byElement.get(problem.element);
  if (problems) problems.push(problem);
  else byElement.set(problem.element, [problem]);
}
