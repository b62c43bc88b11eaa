// owner-exists: an element's owner, operator, provider and parent exist at every plateau at which
// the element exists — a system cannot outlive the agency that answers for it.
import type { Element, Ref } from '../model/types.js';
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

type Accountable = Element & { readonly kind: 'agency' | 'platform' | 'trust' | 'data' | 'system' | 'interface' };

/** The references an element's accountability rests on, by the keyword that states them. */
function accountabilityOf(element: Element): Array<[string, Ref<Accountable> | undefined]> {
  switch (element.kind) {
    case 'system':
      return [['owner', element.owner], ['operator', element.operator]];
    case 'data':
      return [['owner', element.owner]];
    case 'platform':
    case 'trust':
      return [['operator', element.operator]];
    case 'interface':
      return [['provider', element.provider]];
    case 'agency':
      return [['parent', element.parent]];
    default:
      return [];
  }
}

export const ownerExists: Rule = {
  id: 'owner-exists',
  severity: 'error',
  summary: "An element's owner, operator, provider and parent exist at every plateau at which the element exists.",
  explanation: `Plateaus let one model hold the baseline and the target. When an agency is merged away or a
system is retired in the target, everything that names it as owner, operator, provider or parent
must move with it, or that element is left without anyone accountable. This rule checks, at every
plateau, that the agency or system such a property names still (or already) exists wherever the
element that names it does; it is reported at the property.

Bad:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  data patient "Өвчтөний бүртгэл" { owner hosp }        // the register outlives its owner

Good:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  agency moh "Эрүүл мэндийн яам" { }
  data patient "Өвчтөний бүртгэл" { owner moh }`,
  check(ctx, report) {
    for (const element of ctx.model.elements) {
      if (!ctx.exists(element)) continue;
      for (const [property, reference] of accountabilityOf(element)) {
        const target = reference?.target;
        // Unresolved references are `unresolved-reference`'s business.
        if (!reference || !target || ctx.exists(target)) continue;
        report({
          message:
            `${label(element)} has ${property} ${label(target)}, which does not exist at every plateau where \`${element.id}\` does; ` +
            `name another ${property} that exists for its whole lifecycle, or align the \`from\`/\`until\` of the two`,
          source: reference.source,
          element,
        });
      }
    }
  },
};
