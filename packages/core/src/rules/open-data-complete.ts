// open-data-complete: an `open` block says under which license, by whom and how often the data
// is published.
import type { OpenData } from '../model/types.js';
import type { Rule } from './rule.js';

export const openDataComplete: Rule<'open-data-complete'> = {
  id: 'open-data-complete',
  severity: 'warning',
  check(ctx, report) {
    for (const data of ctx.model.data) {
      if (!data.open || !ctx.exists(data)) continue;
      const missing = missingProperties(data.open);
      if (missing.length === 0) continue;
      report({
        message:
          `the \`open\` block of data asset \`${data.id}\` does not name its ${missing.map((m) => m.name).join(', ')}; ` +
          `add ${missing.map((m) => `\`${m.example}\``).join(', ')}`,
        source: data.open.source,
        element: data,
      });
    }
  },
};

/** The missing properties. A `publisher` that is written but unresolved is not missing (that is `unresolved-reference`'s business). */
function missingProperties(open: OpenData): Array<{ name: string; example: string }> {
  const missing: Array<{ name: string; example: string }> = [];
  if (open.license === undefined) missing.push({ name: 'license', example: 'license "CC-BY-4.0"' });
  if (open.publisher === undefined) missing.push({ name: 'publisher', example: 'publisher AGENCY' });
  if (open.cadence === undefined) missing.push({ name: 'cadence', example: 'cadence monthly' });
  return missing;
}
