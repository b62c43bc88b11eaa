// lifecycle-order: `from` comes strictly before `until` (by plateau date), for elements and for
// the statements that have a lifecycle of their own. `from P until P` exists at no plateau.
import type { Element, Lifecycle, Relation } from '../model/types.js';
import type { Rule } from './rule.js';

export const lifecycleOrder: Rule<'lifecycle-order'> = {
  id: 'lifecycle-order',
  severity: 'error',
  check({ model, words }, report) {
    // The order is a property of the text, so it is read off the whole model and reported at every
    // plateau alike, even for a thing that (because of it) exists at none.
    const checkOrder = (lifecycle: Lifecycle, element: Element, statement?: Relation['kind']): void => {
      const from = lifecycle.from?.target;
      const until = lifecycle.until?.target;
      if (!lifecycle.from || !lifecycle.until || !from || !until || from.date < until.date) return;
      report({
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
    for (const element of model.whole.elements) {
      checkOrder(element.lifecycle, element);
      if (element.kind !== 'system') continue;
      for (const relations of [element.masters, element.stores, element.consumes, element.dependsOn, element.uses, element.signings]) {
        for (const relation of relations) checkOrder(relation.lifecycle, element, relation.kind);
      }
    }
  },
};
