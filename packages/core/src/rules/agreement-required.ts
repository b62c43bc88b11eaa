// agreement-required: exchange between agencies rests on a signed interoperability agreement,
// cited at the `consumes` statement.
import { providingAgency } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const agreementRequired: Rule<'agreement-required'> = {
  id: 'agreement-required',
  severity: 'warning',
  check({ model, words }, report) {
    for (const system of model.systems) {
      const owner = system.owner?.target;
      if (!owner) continue;
      for (const consumption of system.consumes) {
        if (consumption.agreement !== undefined) continue;
        const api = consumption.interface.target;
        const provider = api ? providingAgency(api) : undefined;
        if (!api || !provider || provider === owner) continue;
        report({
          message: words.noAgreement({ system: system.id, owner: owner.id, api: api.id, provider: provider.id }),
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};
