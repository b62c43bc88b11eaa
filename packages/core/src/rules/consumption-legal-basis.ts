// consumption-legal-basis: whoever consumes personal or classified data says why and under which
// law, at the `consumes` statement.
import type { Consumes } from '../model/types.js';
import { classifiedDataCarried, listOf, personalDataCarried } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const consumptionLegalBasis: Rule<'consumption-legal-basis'> = {
  id: 'consumption-legal-basis',
  severity: 'error',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      for (const consumption of system.consumes) {
        const api = ctx.exists(consumption) ? ctx.live(consumption.interface) : undefined;
        if (!api) continue;
        const missing = missingJustification(consumption);
        if (missing.length === 0) continue;
        const personal = personalDataCarried(ctx, api);
        const classified = classifiedDataCarried(ctx, api);
        if (personal.length === 0 && classified.length === 0) continue;
        const kinds = [
          ...(personal.length > 0 ? ['personal'] : []),
          ...(classified.length > 0 ? [classified.some((data) => data.classification === 'secret') ? 'secret' : 'restricted'] : []),
        ];
        const assets = listOf([...new Set([...personal, ...classified])].map((data) => `\`${data.id}\``));
        const what = `${listOf(kinds)} data (${assets})`;
        report({
          message:
            `system \`${system.id}\` consumes interface \`${api.id}\`, which carries ${what}, without stating ${listOf(missing.map((m) => `\`${m}\``))}; ` +
            `add ${listOf(missing.map((m) => (m === 'purpose' ? '`purpose "…"`' : '`legal-basis LAW "article"`')))} to the \`consumes\` block`,
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};

function missingJustification(consumption: Consumes): ('purpose' | 'legal-basis')[] {
  return [...(!consumption.purpose?.trim() ? (['purpose'] as const) : []), ...(consumption.legalBasis.length === 0 ? (['legal-basis'] as const) : [])];
}
