// agreement-required: exchange between agencies rests on a signed interoperability agreement,
// cited at the `consumes` statement.
import { liveOwner, providingAgency } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const agreementRequired: Rule<'agreement-required'> = {
  id: 'agreement-required',
  severity: 'warning',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      const owner = ctx.exists(system) ? liveOwner(ctx, system) : undefined;
      if (!owner) continue;
      for (const consumption of system.consumes) {
        if (consumption.agreement !== undefined || !ctx.exists(consumption)) continue;
        const api = ctx.live(consumption.interface);
        const provider = api ? providingAgency(ctx, api) : undefined;
        if (!api || !provider || provider === owner) continue;
        report({
          message:
            `system \`${system.id}\` of agency \`${owner.id}\` consumes interface \`${api.id}\` of agency \`${provider.id}\` without citing an interoperability agreement; ` +
            `add \`agreement "…"\` (the agreement's reference) to the \`consumes\` block`,
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};
