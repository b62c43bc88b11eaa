// master-owner-match: the authoritative source of a data asset is run by the agency that answers
// for the asset — every system that masters it is owned or operated by the asset's owner.
import type { Agency, Data } from '../model/types.js';
import { everyTouched, ofKind } from './affected.js';
import type { Rule } from './rule.js';
import { byStatement } from './statements.js';

export const masterOwnerMatch: Rule<'master-owner-match'> = {
  id: 'master-owner-match',
  severity: 'warning',
  *affected(touched) {
    yield* everyTouched(touched);
    // A data asset's owner pointed again changes the judgement of its masters.
    for (const data of ofKind('data', touched.repointed)) for (const masters of data.masteredBy) yield masters.system;
  },
  check({ model, words }, report) {
    for (const system of model.systems) {
      const owner = system.owner?.target;
      const operator = system.operator?.target;
      // Judge only when everything stated could be followed: a missing owner is
      // `owner-required`'s, an unresolved or absent one the reference rules' business.
      if (!owner || (system.operator && !operator)) continue;
      const runBy = { system: system.id, owner: owner.id, operator: operator && operator !== owner ? operator.id : undefined };
      for (const statement of byStatement(system.masters)) {
        const foreign: Array<{ data: Data; dataOwner: Agency }> = [];
        for (const masters of statement) {
          const data = masters.data.target;
          const dataOwner = data?.owner?.target;
          if (data && dataOwner && owner !== dataOwner && operator !== dataOwner && !foreign.some((f) => f.data === data))
            foreign.push({ data, dataOwner });
        }
        const [only] = foreign;
        if (!only) continue;
        const message =
          foreign.length === 1
            ? words.foreignAsset({ ...runBy, data: only.data.id, dataOwner: only.dataOwner.id })
            : words.foreignAssets({ ...runBy, data: foreign.map((f) => f.data.id), dataOwners: foreign.map((f) => f.dataOwner.id) });
        report({ message, source: statement[0]!.source, element: system });
      }
    }
  },
};
