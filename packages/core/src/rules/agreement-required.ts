// agreement-required: exchange between agencies rests on a signed interoperability agreement,
// cited at the `consumes` statement.
import { consumersOf, everyTouched, ofKind, providedBy } from './affected.js';
import { providingAgency } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const agreementRequired: Rule<'agreement-required'> = {
  id: 'agreement-required',
  severity: 'warning',
  *affected(touched) {
    yield* everyTouched(touched);
    // The agency behind a consumed interface: its provider, and the provider's owner.
    yield* consumersOf(ofKind('interface', touched.repointed));
    yield* consumersOf(providedBy(ofKind('system', touched.repointed)));
  },
  check({ model, words }, report) {
    for (const system of model.systems) {
      const owner = system.owner?.target;
      if (!owner) continue;
      for (const consumption of system.consumes) {
        // `agreement` written with no string after it is the syntax error's alone.
        if (consumption.agreement !== undefined || consumption.sources.has('agreement')) continue;
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
