// owner-exists: an element's owner, operator, provider and parent exist at every plateau at which
// the element exists — a system cannot outlive the agency that answers for it.
import type { Element, Ref } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';
import { isAbsent } from './absent-reference.js';

type Accountable = Element & { readonly kind: 'agency' | 'platform' | 'trust' | 'data' | 'system' | 'interface' };
type Accountability = 'owner' | 'operator' | 'provider' | 'parent';

/** Calls `visit` with each reference an element's accountability rests on, and the keyword that states it. */
function forEachAccountability(element: Element, visit: (property: Accountability, reference: Ref<Accountable> | undefined) => void): void {
  switch (element.kind) {
    case 'system':
      visit('owner', element.owner);
      visit('operator', element.operator);
      return;
    case 'data':
      return visit('owner', element.owner);
    case 'platform':
    case 'trust':
      return visit('operator', element.operator);
    case 'interface':
      return visit('provider', element.provider);
    case 'agency':
      return visit('parent', element.parent);
    default:
      return;
  }
}

export const ownerExists: Rule<'owner-exists'> = {
  id: 'owner-exists',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const element of model.elements) {
      forEachAccountability(element, (property, reference) => {
        if (!isAbsent(reference)) return;
        const target = reference.declared;
        report({
          message: words.absent({ kind: element.kind, element: element.id, property, targetKind: target.kind, target: target.id }),
          source: reference.source,
          element,
        });
      });
    }
  },
};
