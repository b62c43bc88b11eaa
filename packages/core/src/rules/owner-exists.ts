// owner-exists: an element's owner, operator, provider and parent exist at every plateau at which
// the element exists — a system cannot outlive the agency that answers for it.
import type { Element, Ref } from '../model/types.js';
import type { Rule } from './rule.js';

type Accountable = Element & { readonly kind: 'agency' | 'platform' | 'trust' | 'data' | 'system' | 'interface' };
type Accountability = 'owner' | 'operator' | 'provider' | 'parent';

/** The references an element's accountability rests on, by the keyword that states them. */
function accountabilityOf(element: Element): Array<[Accountability, Ref<Accountable> | undefined]> {
  switch (element.kind) {
    case 'system':
      return [
        ['owner', element.owner],
        ['operator', element.operator],
      ];
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

export const ownerExists: Rule<'owner-exists'> = {
  id: 'owner-exists',
  severity: 'error',
  check({ model, words }, report) {
    for (const element of model.elements) {
      for (const [property, reference] of accountabilityOf(element)) {
        // Named and declared, but not there at this plateau. (Unresolved references are
        // `unresolved-reference`'s business.)
        const target = reference?.declared;
        if (!reference || !target || reference.target) continue;
        report({
          message: words.absent({ kind: element.kind, element: element.id, property, targetKind: target.kind, target: target.id }),
          source: reference.source,
          element,
        });
      }
    }
  },
};
