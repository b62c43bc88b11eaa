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

function missingJustification(consumption: Consumes): ('purpose' | 'legal-basis')[] {
  return [
    ...(!consumption.purpose?.trim() ? (['purpose'] as const) : []),
    ...(consumption.legalBasis.length === 0 ? (['legal-basis'] as const) : []),
  ];
}
