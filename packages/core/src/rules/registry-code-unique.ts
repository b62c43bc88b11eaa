// registry-code-unique: an agency's `registry-code` (its number in the state registry) identifies
// it, so no two agencies share one.
import type { Agency, SourceRange } from '../model/types.js';
import { compareSourceRanges, describeLocation } from '../model/source-order.js';
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

export const registryCodeUnique: Rule<'registry-code-unique'> = {
  id: 'registry-code-unique',
  severity: 'error',
  check(ctx, report) {
    const byCode = new Map<string, Agency[]>();
    for (const agency of ctx.model.agencies) {
      const code = agency.registryCode?.trim();
      if (!code || !ctx.exists(agency)) continue;
      const sharing = byCode.get(code);
      if (sharing) sharing.push(agency);
      else byCode.set(code, [agency]);
    }
    const bySource = (a: Agency, b: Agency) => compareSourceRanges(ctx.model, codeSource(a), codeSource(b));
    for (const [code, agencies] of byCode) {
      if (agencies.length < 2) continue;
      const [first, ...later] = agencies.sort(bySource);
      // The k-th later agency shares the code with the first and k - 1 others before it.
      later.forEach((agency, others) => {
        const firstHolder = `${label(first!)} (${describeLocation(ctx.model, codeSource(first!), codeSource(agency))})`;
        const holders = others === 0 ? `${firstHolder} already has` : `${firstHolder} and ${others} other ${others === 1 ? 'agency' : 'agencies'} already have`;
        report({
          message:
            `${label(agency)} has registry-code "${code}", which ${holders}; ` +
            'registry codes identify agencies, so correct one of them (or merge the two declarations if they are one organisation)',
          source: codeSource(agency),
          element: agency,
        });
      });
    }
  },
};

function codeSource(agency: Agency): SourceRange {
  return agency.sources['registry-code'] ?? agency.head;
}
