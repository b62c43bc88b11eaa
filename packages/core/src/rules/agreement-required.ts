// agreement-required: exchange between agencies rests on a signed interoperability agreement,
// cited at the `consumes` statement.
import { liveOwner, providingAgency } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const agreementRequired: Rule = {
  id: 'agreement-required',
  severity: 'warning',
  summary: 'A consumption across agencies cites an interoperability agreement.',
  explanation: `When one agency consumes another agency's interface, the terms (what data, for what, with
which obligations and liabilities) are set in an interoperability agreement between the two. Citing
it in the \`consumes\` block with \`agreement "…"\` links the integration to that agreement, so an
audit can find the basis of every cross-agency flow. Consumptions inside one agency (same owner)
need none. Reported once per consumption, at the \`consumes\` statement.

Bad:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" }
  }

Good:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" agreement "ХТ-2024/003" }
  }`,
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
