// registry-code-unique: an agency's `registry-code` (its number in the state registry) identifies
// it, so no two agencies share one.
import type { Agency, SourceRange } from '../model/types.js';
import { compareSourceRanges, describeLocation } from '../model/source-order.js';
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

export const registryCodeUnique: Rule = {
  id: 'registry-code-unique',
  severity: 'error',
  summary: 'No two agencies share a `registry-code`.',
  explanation: `An agency's registry code is its number in the state registry of legal entities; outputs and
other registers use it to identify the organisation. Two agencies with one code are either one
organisation declared twice or a typing error. Checked among the agencies that exist at each
plateau (a successor agency may take over the code of one it replaces), and reported once for
each later agency in source order (workspace-relative path, then line), at its \`registry-code\`,
naming the first agency with that code and how many others have it too.

Bad:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000002" }

Good:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000003" }`,
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
