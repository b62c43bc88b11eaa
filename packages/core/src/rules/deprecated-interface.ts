// deprecated-interface: consumers of an interface marked `deprecated` are told to move on.
import type { Rule } from './rule.js';

export const deprecatedInterface: Rule = {
  id: 'deprecated-interface',
  severity: 'warning',
  summary: 'A system consumes an interface marked deprecated.',
  explanation: `A provider marks an interface \`deprecated\` when it is to be withdrawn. Every system that still
consumes it is a migration to plan before the interface goes, so each such consumption is reported
at its \`consumes\` statement, until the consumer moves to the successor (or the consumption gets
an \`until\` plateau and a waiver records the plan).

Bad:
  interface tax_api "Татварын API" { provider tax_registry  via khur  style rest  version "3.1.0"  deprecated … }
  system payroll "Цалингийн систем" { owner mof  consumes tax_api }

Good:
  system payroll "Цалингийн систем" { owner mof  consumes tax_api_v4 }`,
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      for (const consumption of system.consumes) {
        const api = ctx.exists(consumption) ? ctx.live(consumption.interface) : undefined;
        if (!api?.deprecated) continue;
        report({
          message: `system \`${system.id}\` consumes interface \`${api.id}\`, which is deprecated; move to its successor, or end this consumption (\`until\` a plateau)`,
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};
