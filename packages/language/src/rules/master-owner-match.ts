// master-owner-match: the authoritative source of a data asset is run by the agency that answers
// for the asset — every system that masters it is owned or operated by the asset's owner.
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

export const masterOwnerMatch: Rule = {
  id: 'master-owner-match',
  severity: 'warning',
  summary: "Every system that masters a data asset is owned or operated by the data asset's owner.",
  explanation: `The agency that owns a data asset answers for its content, so the system that is its
authoritative source must be under that agency's control: owned by it, or at least operated by
it. A register mastered by another agency's system usually means the owner is wrong, or the
system only keeps a copy and should \`stores\` it instead. Reported at the \`masters\` statement.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system tax_registry "Татварын бүртгэл" { owner mta  masters citizen }

Good:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr  masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta  stores citizen { register_no } }`,
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      for (const statement of system.masters) {
        if (!ctx.exists(statement)) continue;
        const data = ctx.live(statement.data);
        const dataOwner = ctx.live(data?.owner);
        if (!data || !dataOwner) continue;
        const owner = ctx.live(system.owner);
        const operator = ctx.live(system.operator);
        if (owner === dataOwner || operator === dataOwner) continue;
        // Judge only when everything stated could be followed: a missing owner is
        // `owner-required`'s, an unresolved or absent one the reference rules' business.
        if (!owner || (system.operator && !operator)) continue;
        const runBy = operator && operator !== owner ? `owned by ${label(owner)} and operated by ${label(operator)}` : `owned by ${label(owner)}`;
        report({
          message:
            `${label(system)} masters ${label(data)}, but it is ${runBy}, not by the asset's owner ${label(dataOwner)}; ` +
            `master the asset in a system of \`${dataOwner.id}\` (or let \`${dataOwner.id}\` operate this one), or correct the asset's \`owner\``,
          source: statement.source,
          element: system,
        });
      }
    }
  },
};
