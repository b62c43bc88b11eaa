// owner-required: every system and data asset names its owner, every platform and trust service
// its operator, every interface its provider. Missing properties are findings, not syntax errors,
// so a half-written model still links.
import type { Element } from '../model/types.js';
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

interface Requirement {
  readonly property: 'owner' | 'operator' | 'provider';
  readonly stated: boolean;
  /** What the property names, for the message. */
  readonly names: string;
}

/** The property an element must state, when its kind has one. */
function requirementOf(element: Element): Requirement | undefined {
  switch (element.kind) {
    case 'system':
    case 'data':
      return { property: 'owner', stated: element.owner !== undefined, names: 'the agency that answers for it' };
    case 'platform':
    case 'trust':
      return { property: 'operator', stated: element.operator !== undefined, names: 'the agency that runs it' };
    case 'interface':
      return { property: 'provider', stated: element.provider !== undefined, names: 'the system that provides it' };
    default:
      return undefined;
  }
}

export const ownerRequired: Rule<'owner-required'> = {
  id: 'owner-required',
  severity: 'error',
  check(ctx, report) {
    for (const element of ctx.model.elements) {
      const requirement = requirementOf(element);
      if (!requirement || !ctx.exists(element)) continue;
      const { property, stated, names } = requirement;
      // A property that was written but did not parse or link is not missing: `syntax` or
      // `unresolved-reference` says what is wrong with it.
      if (stated || element.sources[property]) continue;
      report({
        message: `${label(element)} has no \`${property}\`; add \`${property} …\` naming ${names}`,
        source: element.head,
        element,
      });
    }
  },
};
