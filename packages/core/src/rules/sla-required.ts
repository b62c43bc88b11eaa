// sla-required: a high or critical system relies only on interfaces that promise enough
// availability.
import type { Criticality } from '../model/vocabulary.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

/** The least availability (percent) an interface must promise to a consumer of that criticality. */
const REQUIRED_AVAILABILITY: Readonly<Partial<Record<Criticality, number>>> = { critical: 99.5, high: 99.0 };

export const slaRequired: Rule<'sla-required'> = {
  id: 'sla-required',
  severity: 'warning',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const system of model.systems) {
      const criticality = system.criticality;
      const required = criticality ? REQUIRED_AVAILABILITY[criticality] : undefined;
      if (!criticality || required === undefined) continue;
      for (const consumption of system.consumes) {
        const api = consumption.interface.target;
        if (!api) continue;
        const availability = api.sla?.availability;
        if (availability !== undefined && availability >= required) continue;
        // `availability 99` (no `%`): written, but not read; the syntax error is the one finding.
        if (availability === undefined && api.sla?.sources.has('availability')) continue;
        report({
          message: words.insufficient({
            criticality,
            system: system.id,
            api: api.id,
            availability: availability === undefined ? undefined : percent(availability),
            required: percent(required),
          }),
          source: consumption.source,
          element: system,
        });
      }
    }
  },
};

/** `99.0`, `99.95`: the figure of a percentage as gea writes it. */
function percent(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
