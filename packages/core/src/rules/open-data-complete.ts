// open-data-complete: an `open` block says under which license, by whom and how often the data
// is published.
import type { OpenData } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

export const openDataComplete: Rule<'open-data-complete'> = {
  id: 'open-data-complete',
  severity: 'warning',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const data of model.data) {
      if (!data.open) continue;
      const missing = missingProperties(data.open);
      if (missing.length > 0) report({ message: words.incomplete({ data: data.id, missing }), source: data.open.source, element: data });
    }
  },
};

/**
 * The missing properties. A property written whose value is unresolved (`unresolved-reference`), none
 * of its set or not there at all (`license }`: `syntax`) is not missing: the other finding is the one.
 */
function missingProperties(open: OpenData): Array<'license' | 'publisher' | 'cadence'> {
  return [
    ...(open.license === undefined && !open.sources.has('license') ? (['license'] as const) : []),
    ...(open.publisher === undefined && !open.sources.has('publisher') ? (['publisher'] as const) : []),
    // A cadence written but none of the fixed set is a `syntax` error, not a missing cadence.
    ...(open.cadence === undefined && !open.sources.has('cadence') ? (['cadence'] as const) : []),
  ];
}
