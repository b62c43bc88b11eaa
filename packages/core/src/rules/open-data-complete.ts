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

/** The missing properties. A `publisher` that is written but unresolved is not missing (that is `unresolved-reference`'s business). */
function missingProperties(open: OpenData): Array<'license' | 'publisher' | 'cadence'> {
  return [
    ...(open.license === undefined ? (['license'] as const) : []),
    ...(open.publisher === undefined ? (['publisher'] as const) : []),
    // A cadence written but none of the fixed set is a `syntax` error, not a missing cadence.
    ...(open.cadence === undefined && !open.sources.has('cadence') ? (['cadence'] as const) : []),
  ];
}
