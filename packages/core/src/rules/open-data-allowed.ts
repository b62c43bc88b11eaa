// open-data-allowed: only public, non-personal data is published as open data.
import type { Data } from '../model/types.js';
import type { Rule } from './rule.js';

export const openDataAllowed: Rule<'open-data-allowed'> = {
  id: 'open-data-allowed',
  severity: 'error',
  check(ctx, report) {
    for (const data of ctx.model.data) {
      if (!data.open || !ctx.exists(data)) continue;
      const reasons = disallowedReasons(data);
      if (reasons.length === 0) continue;
      report({
        message:
          `data asset \`${data.id}\` is published as open data but ${joinReasons(reasons)}; ` +
          `open data must be \`classification public\` with no personal data: publish an anonymised asset instead, or remove the \`open\` block`,
        source: data.open.source,
        element: data,
      });
    }
  },
};

function disallowedReasons(data: Data): string[] {
  const reasons: string[] = [];
  if (data.classification !== 'public') {
    reasons.push(data.classificationStated ? `is classified \`${data.classification}\`` : 'states no classification (which counts as `internal`)');
  }
  if (data.privacy !== 'none') reasons.push(`states \`privacy ${data.privacy}\``);
  const flagged = [...new Set(data.fields.filter((field) => field.personal || field.sensitive).map((field) => field.name))];
  if (flagged.length > 0) {
    reasons.push(`has ${flagged.length === 1 ? 'a field' : 'fields'} flagged personal or sensitive (${flagged.map((name) => `\`${name}\``).join(', ')})`);
  }
  return reasons;
}

function joinReasons(reasons: readonly string[]): string {
  if (reasons.length <= 1) return reasons.join('');
  return `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}
