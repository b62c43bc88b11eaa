// sla-required: a high or critical system relies only on interfaces that promise enough
// availability.
import type { Criticality } from '../model/vocabulary.js';
import type { Rule } from './rule.js';

/** The least availability (percent) an interface must promise to a consumer of that criticality. */
const REQUIRED_AVAILABILITY: Partial<Record<Criticality, number>> = { critical: 99.5, high: 99.0 };

export const slaRequired: Rule<'sla-required'> = {
  id: 'sla-required',
  severity: 'warning',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      const required = system.criticality ? REQUIRED_AVAILABILITY[system.criticality] : undefined;
      if (required === undefined || !ctx.exists(system)) continue;
      for (const consumption of system.consumes) {
        const api = ctx.exists(consumption) ? ctx.live(consumption.interface) : undefined;
        if (!api) continue;
        const availability = api.sla?.availability;
        if (availability !== undefined && availability >= required) continue;
        const stated = availability === undefined ? 'states no SLA availability' : `promises only ${percent(availability)} availability`;
        report({
          message:
            `${system.criticality} system \`${system.id}\` consumes interface \`${api.id}\`, which ${stated}; ` +
            `a ${system.criticality} consumer needs at least ${required.toFixed(1)}%: agree \`sla { availability ${required.toFixed(1)}% }\` or better with its provider, or consume another interface`,
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};

/** `99.0%`, `99.95%` */
function percent(value: number): string {
  return `${Number.isInteger(value) ? value.toFixed(1) : String(value)}%`;
}
