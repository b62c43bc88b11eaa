// open-data-allowed: only public, non-personal data is published as open data.
import type { Data } from '../model/types.js';
import type { Rule } from './rule.js';

export const openDataAllowed: Rule = {
  id: 'open-data-allowed',
  severity: 'error',
  summary: 'A data asset published with `open { }` is public and holds no personal data.',
  explanation: `Open data is published for anyone to download and reuse, without access control and
without a way to take it back. Only a data asset classified \`public\` (an unstated
classification counts as internal) that states no \`privacy\` other than \`none\` and has no
field flagged \`personal\` or \`sensitive\` may carry an \`open { }\` block. Publish an
anonymised or aggregated asset instead. Reported at the \`open\` block.

Bad:
  data household_survey "Өрхийн судалгаа" {
    owner nso  classification public
    field household_id string key
    field income decimal personal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }

Good (an aggregate without personal fields is published):
  data household_income "Өрхийн орлогын дундаж" {
    owner nso  classification public
    field aimag string key
    field mean_income decimal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }`,
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
