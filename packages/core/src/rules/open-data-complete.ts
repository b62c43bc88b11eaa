// open-data-complete: an `open` block says under which license, by whom and how often the data
// is published.
import type { OpenData } from '../model/types.js';
import type { Rule } from './rule.js';

export const openDataComplete: Rule = {
  id: 'open-data-complete',
  severity: 'warning',
  summary: 'An `open` block names its license, publisher and cadence.',
  explanation: `Open data is only reusable when users know the terms (\`license\`), whom to ask
(\`publisher\`, an agency) and how fresh it is (\`cadence\`: daily, weekly, monthly, quarterly,
yearly or irregular). The national open data portal needs all three. Only these three are
checked; \`formats\` is optional. Reported once per \`open\` block, listing what is missing.

Bad:
  data trade "Гадаад худалдаа" {
    owner nso  classification public
    field hs_code string key
    open { formats csv }
  }

Good:
  data trade "Гадаад худалдаа" {
    owner nso  classification public
    field hs_code string key
    open { license "CC-BY-4.0" publisher nso cadence monthly formats csv }
  }`,
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
