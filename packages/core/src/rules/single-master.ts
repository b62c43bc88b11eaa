// single-master: each data asset has exactly one authoritative source at each plateau where it
// exists. None is "no authoritative source"; two or more is "once-only violated".
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

export const singleMaster: Rule = {
  id: 'single-master',
  severity: 'error',
  summary: 'Each data asset has exactly one master system at every plateau.',
  explanation: `The once-only principle: a citizen gives a piece of information to the state once, and every
agency that needs it asks the one system that is its authoritative source. A data asset with no
master has no authoritative source (copies cannot be traced back, corrections go nowhere); one
with two masters will drift apart. The rule is checked at every plateau, so a target state that
retires the old master must name the new one. No master is reported at the data declaration's
first line; two or more at each \`masters\` statement.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr  masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta  masters citizen }

Good:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr  masters citizen }
  system tax_registry "Татварын бүртгэл" {
    owner mta
    stores citizen { register_no }
    consumes citizen_lookup { purpose "…" legal-basis tax_law "12.1" }
  }`,
  check(ctx, report) {
    for (const data of ctx.model.data) {
      // A second declaration with a taken name is `duplicate-name`'s business: no reference can reach it.
      if (!ctx.exists(data) || ctx.model.byId.get(data.id) !== data) continue;
      const masters = data.masteredBy.filter((statement) => ctx.exists(statement));
      if (masters.length === 0) {
        report({
          message: `${label(data)} has no master system; add \`masters ${data.localName}\` to the system that is its authoritative source`,
          source: data.head,
          element: data,
        });
        continue;
      }
      if (masters.length === 1) continue;
      for (const statement of masters) {
        const others = [...new Set(masters.filter((other) => other.system !== statement.system).map((other) => `\`${other.system.id}\``))].sort();
        const message =
          others.length === 0
            ? `${label(statement.system)} masters ${label(data)} more than once; keep one \`masters ${data.localName}\``
            : `${label(statement.system)} masters ${label(data)}, which ${others.join(', ')} also master${others.length === 1 ? 's' : ''}; ` +
              `a data asset has one authoritative source (once-only): keep \`masters ${data.localName}\` in that system only, and let the others consume it through an interface`;
        report({
          message,
          source: statement.source,
          element: data,
        });
      }
    }
  },
};
