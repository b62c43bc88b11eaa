// deprecated-interface: consumers of an interface marked `deprecated` are told to move on.
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

export const deprecatedInterface: Rule<'deprecated-interface'> = {
  id: 'deprecated-interface',
  severity: 'warning',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const system of model.systems) {
      for (const consumption of system.consumes) {
        const api = consumption.interface.target;
        if (api?.deprecated)
          report({ message: words.consumed({ system: system.id, api: api.id }), source: consumption.source, element: system });
      }
    }
  },
};
