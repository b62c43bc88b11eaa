// owner-required: every system and data asset names its owner, every platform and trust service
// its operator, every interface its provider. Missing properties are findings, not syntax errors,
// so a half-written model still links.
import type { Element } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

/** The property an element must state, when its kind has one, and whether it does. */
function requirementOf(element: Element): { property: 'owner' | 'operator' | 'provider'; stated: boolean } | undefined {
  switch (element.kind) {
    case 'system':
    case 'data':
      return { property: 'owner', stated: element.owner !== undefined };
    case 'platform':
    case 'trust':
      return { property: 'operator', stated: element.operator !== undefined };
    case 'interface':
      return { property: 'provider', stated: element.provider !== undefined };
    default:
      return undefined;
  }
}

export const ownerRequired: Rule<'owner-required'> = {
  id: 'owner-required',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const element of model.elements) {
      const requirement = requirementOf(element);
      if (!requirement) continue;
      const { property, stated } = requirement;
      // A property that was written but did not parse or link is not missing: `syntax` or
      // `unresolved-reference` says what is wrong with it.
      if (stated || element.sources.has(property)) continue;
      report({ message: words.missing({ kind: element.kind, element: element.id, property }), source: element.head, element });
    }
  },
};
