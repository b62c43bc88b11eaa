// master-owner-match: the authoritative source of a data asset is run by the agency that answers
// for the asset — every system that masters it is owned or operated by the asset's owner.
import type { Agency, Data } from '../model/types.js';
import { label } from './element-labels.js';
import { listOf } from './exchange-flow.js';
import type { Rule } from './rule.js';
import { byStatement } from './statements.js';

export const masterOwnerMatch: Rule<'master-owner-match'> = {
  id: 'master-owner-match',
  severity: 'warning',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      const owner = ctx.live(system.owner);
      const operator = ctx.live(system.operator);
      // Judge only when everything stated could be followed: a missing owner is
      // `owner-required`'s, an unresolved or absent one the reference rules' business.
      if (!owner || (system.operator && !operator)) continue;
      const runBy = operator && operator !== owner ? `owned by ${label(owner)} and operated by ${label(operator)}` : `owned by ${label(owner)}`;
      for (const statement of byStatement(system.masters)) {
        const foreign: Array<{ data: Data; dataOwner: Agency }> = [];
        for (const masters of statement) {
          const data = ctx.exists(masters) ? ctx.live(masters.data) : undefined;
          const dataOwner = ctx.live(data?.owner);
          if (data && dataOwner && owner !== dataOwner && operator !== dataOwner && !foreign.some((f) => f.data === data)) foreign.push({ data, dataOwner });
        }
        const [only] = foreign;
        if (!only) continue;
        const message =
          foreign.length === 1
            ? `${label(system)} masters ${label(only.data)}, but it is ${runBy}, not by the asset's owner ${label(only.dataOwner)}; ` +
              `master the asset in a system of \`${only.dataOwner.id}\` (or let \`${only.dataOwner.id}\` operate this one), or correct the asset's \`owner\``
            : `${label(system)} masters ${listOf(foreign.map(({ data, dataOwner }) => `${label(data)} of \`${dataOwner.id}\``))}, but it is ${runBy}, not by those assets' owners; ` +
              'master each asset in a system of its owner (or let that owner operate this one), or correct the assets\' `owner`';
        report({ message, source: statement[0]!.source, element: system });
      }
    }
  },
};
