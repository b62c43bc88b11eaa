// deprecated-interface: consumers of an interface marked `deprecated` are told to move on.
import type { Rule } from './rule.js';

export const deprecatedInterface: Rule<'deprecated-interface'> = {
  id: 'deprecated-interface',
  severity: 'warning',
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
