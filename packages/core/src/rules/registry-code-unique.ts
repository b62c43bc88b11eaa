// registry-code-unique: an agency's `registry-code` (its number in the state registry) identifies
// it, so no two agencies share one.
import type { Agency, SourceRange } from '../model/types.js';
import { compareSourceRanges, relativePathOf } from '../model/source-order.js';
import { isRepeat } from '../model/declarations-by-id.js';
import type { Rule } from './rule.js';

export const registryCodeUnique: Rule<'registry-code-unique'> = {
  id: 'registry-code-unique',
  severity: 'error',
  check({ model, words }, report) {
    const byCode = new Map<string, Agency[]>();
    for (const agency of model.agencies) {
      const code = agency.registryCode?.trim();
      if (!code || isRepeat(model, agency)) continue;
      const sharing = byCode.get(code);
      if (sharing) sharing.push(agency);
      else byCode.set(code, [agency]);
    }
    const bySource = (a: Agency, b: Agency) => compareSourceRanges(model, codeSource(a), codeSource(b));
    for (const [code, agencies] of byCode) {
      if (agencies.length < 2) continue;
      const [first, ...later] = agencies.sort(bySource);
      const firstSource = codeSource(first!);
      // The k-th later agency shares the code with the first and k - 1 others before it.
      later.forEach((agency, others) => {
        const source = codeSource(agency);
        report({
          message: words.shared({
            agency: agency.id,
            code,
            first: first!.id,
            firstLine: firstSource.start.line + 1,
            firstPath: firstSource.uri === source.uri ? undefined : relativePathOf(model, firstSource.uri),
            others,
          }),
          source,
          element: agency,
        });
      });
    }
  },
};

function codeSource(agency: Agency): SourceRange {
  return agency.sources.get('registry-code') ?? agency.head;
}
