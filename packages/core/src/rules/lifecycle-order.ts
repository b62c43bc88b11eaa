// lifecycle-order: `from` comes strictly before `until` (by plateau date), for elements and for
// the statements that have a lifecycle of their own. `from P until P` exists at no plateau.
import type { Element, Lifecycle } from '../model/types.js';
import { label, statementLabel } from './element-labels.js';
import type { Rule } from './rule.js';

export const lifecycleOrder: Rule<'lifecycle-order'> = {
  id: 'lifecycle-order',
  severity: 'error',
  check(ctx, report) {
    // The order is a property of the text, so it is read off the whole model and reported at every
    // plateau alike, even for a thing that (because of it) exists at none.
    const checkOrder = (lifecycle: Lifecycle, element: Element, what: string): void => {
      const from = lifecycle.from?.target;
      const until = lifecycle.until?.target;
      if (!lifecycle.from || !lifecycle.until || !from || !until || from.date < until.date) return;
      const same = from === until ? 'the same plateau' : from.date === until.date ? 'a plateau with the same date' : 'an earlier plateau';
      report({
        message:
          `${what} has \`from ${lifecycle.from.text}\` (${from.date}) and \`until ${lifecycle.until.text}\` (${until.date}), ${same}, so it exists at no plateau; ` +
          `\`until\` must name a plateau dated after \`from\` — swap them or name the right plateau`,
        source: lifecycle.until.source,
        element,
      });
    };
    for (const element of ctx.model.whole.elements) {
      checkOrder(element.lifecycle, element, label(element));
      if (element.kind !== 'system') continue;
      for (const relation of [...element.masters, ...element.stores, ...element.consumes, ...element.dependsOn, ...element.uses, ...element.signings]) {
        checkOrder(relation.lifecycle, element, statementLabel(relation));
      }
    }
  },
};
