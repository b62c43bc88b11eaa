// consumption-legal-basis: whoever consumes personal or classified data says why and under which
// law, at the `consumes` statement.
import type { Consumes } from '../model/types.js';
import { consumersOf, everyTouched, ofKind } from './affected.js';
import type { Rule } from './rule.js';

export const consumptionLegalBasis: Rule<'consumption-legal-basis'> = {
  id: 'consumption-legal-basis',
  severity: 'error',
  *affected(touched) {
    yield* everyTouched(touched);
    // What a consumed interface carries.
    yield* consumersOf(ofKind('interface', touched.repointed));
  },
  check({ model, facts, words }, report) {
    for (const system of model.systems) {
      for (const consumption of system.consumes) {
        const api = consumption.interface.target;
        if (!api) continue;
        const missing = missingJustification(consumption);
        if (missing.length === 0) continue;
        const personal = facts.personalDataCarried(api);
        const classified = facts.classifiedDataCarried(api);
        if (personal.length === 0 && classified.length === 0) continue;
        report({
          message: words.unjustified({
            system: system.id,
            api: api.id,
            personal: personal.length > 0,
            classification:
              classified.length === 0 ? undefined : classified.some((data) => data.classification === 'secret') ? 'secret' : 'restricted',
            data: [...new Set([...personal, ...classified])].map((data) => data.id),
            missing,
          }),
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};

/**
 * What the consumption leaves out. A blank `purpose ""` says nothing; a `purpose` or `legal-basis`
 * written with no value the parser could read (`purpose }`, `legal-basis "8.1"`) is the syntax
 * error's alone, not missing.
 */
function missingJustification(consumption: Consumes): ('purpose' | 'legal-basis')[] {
  const purposeUnread = consumption.purpose === undefined && consumption.sources.has('purpose');
  return [
    ...(!consumption.purpose?.trim() && !purposeUnread ? (['purpose'] as const) : []),
    ...(consumption.legalBasis.length === 0 && !consumption.sources.has('legal-basis') ? (['legal-basis'] as const) : []),
  ];
}
