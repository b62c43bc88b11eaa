// lifecycle-order: `from` comes strictly before `until` (by plateau date), for elements and for
// the statements that have a lifecycle of their own. `from P until P` exists at no plateau, nor
// does a statement whose own lifecycle lies outside its element's (a warning).
import type { Element, Lifecycle, Relation, SemanticModel, SourceRange } from '../model/types.js';
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
    if (!lifecycle.from || !lifecycle.until || !from || !until || !reversed(lifecycle)) return;
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
      for (const relation of relations) {
        checkOrder(relation.lifecycle, element, relation.kind);
        const outside = outsideOfElement(relation.lifecycle, element.lifecycle);
        if (!outside) continue;
        const [own, elements] = outside;
        problems.push({
          message: words.outsideElement({
            kind: element.kind,
            element: element.id,
            statement: relation.kind,
            bound: own.bound,
            plateau: own.text,
            date: own.date,
            elementBound: elements.bound,
            elementPlateau: elements.text,
            elementDate: elements.date,
          }),
          source: own.source,
          element,
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}

/** Dated in the wrong order: `until` is not after `from` (an undated plateau is in no order). */
function reversed({ from, until }: Lifecycle): boolean {
  const start = from?.target;
  const end = until?.target;
  return start !== undefined && end !== undefined && !start.undated && !end.undated && start.date >= end.date;
}

interface Bound {
  readonly bound: 'from' | 'until';
  readonly text: string;
  readonly date: string;
  readonly source: SourceRange;
}

/**
 * When a statement's own lifecycle ends before its element's begins, or begins once it has ended:
 * the statement's bound at fault and the element's it misses. Neither lifecycle is reversed (that
 * is the other finding), so the two cases are all there are.
 */
function outsideOfElement(own: Lifecycle, element: Lifecycle): [Bound, Bound] | undefined {
  if (reversed(own) || reversed(element)) return undefined;
  const ends = boundOf(own, 'until');
  const begins = boundOf(element, 'from');
  if (ends && begins && ends.date <= begins.date) return [ends, begins];
  const starts = boundOf(own, 'from');
  const ended = boundOf(element, 'until');
  if (starts && ended && starts.date >= ended.date) return [starts, ended];
  return undefined;
}

function boundOf(lifecycle: Lifecycle, bound: 'from' | 'until'): Bound | undefined {
  const reference = lifecycle[bound];
  const plateau = reference?.target;
  return reference && plateau && !plateau.undated
    ? { bound, text: reference.text, date: plateau.date, source: reference.source }
    : undefined;
}
