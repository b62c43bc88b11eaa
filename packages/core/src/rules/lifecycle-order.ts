// lifecycle-order: `from` comes strictly before `until` (by plateau date), for elements and for
// the statements that have a lifecycle of their own. `from P until P` exists at no plateau.
import type { Element, Lifecycle, Relation, SemanticModel } from '../model/types.js';
import type { RuleWords } from '../words/words.js';
import type { Problem, Rule } from './rule.js';

type Words = RuleWords['lifecycle-order'];

export const lifecycleOrder: Rule<'lifecycle-order'> = {
  id: 'lifecycle-order',
  severity: 'error',
  check({ model, words }, report) {
    // The order is a property of the text, so it is read off the whole model and reported at every
    // plateau alike, even for a thing that (because of it) exists at none: found once a run.
    let found = FOUND.get(model.whole);
    if (found?.words !== words) FOUND.set(model.whole, (found = { words, problems: reversedLifecycles(model.whole, words) }));
    for (const problem of found.problems) report(problem);
  },
};

const FOUND = new WeakMap<SemanticModel, { readonly words: Words; readonly problems: readonly Problem[] }>();

function reversedLifecycles(model: SemanticModel, words: Words): Problem[] {
  const problems: Problem[] = [];
  const checkOrder = (lifecycle: Lifecycle, element: Element, statement?: Relation['kind']): void => {
    const from = lifecycle.from?.target;
    const until = lifecycle.until?.target;
    if (!lifecycle.from || !lifecycle.until || !from || !until || from.date < until.date) return;
    problems.push({
      message: words.reversed({
        kind: element.kind,
        element: element.id,
        statement,
        from: lifecycle.from.text,
        fromDate: from.date,
        until: lifecycle.until.text,
        untilDate: until.date,
        order: from === until ? 'same' : from.date === until.date ? 'same-date' : 'earlier',
      }),
      source: lifecycle.until.source,
      element,
    });
  };
  for (const element of model.elements) {
    checkOrder(element.lifecycle, element);
    if (element.kind !== 'system') continue;
    for (const relations of [element.masters, element.stores, element.consumes, element.dependsOn, element.uses, element.signings]) {
      for (const relation of relations) checkOrder(relation.lifecycle, element, relation.kind);
    }
  }
  return problems;
}
