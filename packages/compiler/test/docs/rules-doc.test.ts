// docs/rules.md is generated from the rule catalogue: it is up to date, lists every finding id,
// and turns the explanations' indented examples into code blocks.
import { readFileSync } from 'node:fs';
import { ruleCatalog, type RuleInfo, wordsFor } from '@gea-arch/core';
import { describe, expect, it } from 'vitest';
import { explanationMarkdown, renderRulesDoc, RULES_DOC_PATH } from '../../src/docs/rules-doc.js';

const RULE_INFOS = ruleCatalog(wordsFor('en'));

const ROOT = new URL('../../../../', import.meta.url);

function firstDifference(actual: string, expected: string): string {
  const [a, b] = [actual.split('\n'), expected.split('\n')];
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return `line ${at + 1}: has ${JSON.stringify(a[at] ?? '<end>')}, the catalogue gives ${JSON.stringify(b[at] ?? '<end>')}`;
}

describe('docs/rules.md', () => {
  it('is what the rule catalogue generates', () => {
    const current = readFileSync(new URL(RULES_DOC_PATH, ROOT), 'utf8').replace(/\r\n/g, '\n');
    const expected = renderRulesDoc(RULE_INFOS);
    const stale =
      current === expected ? '' : `${RULES_DOC_PATH} is stale (${firstDifference(current, expected)}); run \`npm run docs:rules\``;
    expect(stale).toBe('');
  });

  it('has a section and a contents row for every finding id, in catalogue order', () => {
    const page = renderRulesDoc(RULE_INFOS);
    const sections = [...page.matchAll(/^### (\S+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual(RULE_INFOS.map((rule) => rule.id));
    for (const rule of RULE_INFOS) {
      expect(page).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} |`);
      expect(page).toContain(`### ${rule.id}\n\nDefault severity: **${rule.severity}**\n\n${rule.summary}\n`);
    }
  });

  it('puts parse and link findings before the integration rules', () => {
    const page = renderRulesDoc(RULE_INFOS);
    expect(page.indexOf('## Parsing and linking')).toBeLessThan(page.indexOf('### syntax'));
    expect(page.indexOf('## Integration rules')).toBeGreaterThan(page.indexOf('### plateau-order'));
    expect(page.indexOf('## Integration rules')).toBeLessThan(page.indexOf('### owner-required'));
  });

  it('is the same text on every run', () => {
    expect(renderRulesDoc(RULE_INFOS)).toBe(renderRulesDoc([...RULE_INFOS]));
  });
});

describe('explanationMarkdown', () => {
  it('turns indented examples into gea code blocks and bolds the Bad/Good labels', () => {
    const explanation = `Why it matters.
More prose.

Bad (two masters):
  system a "А" {
    masters citizen

    masters citizen
  }

Good: keep one.`;
    expect(explanationMarkdown(explanation)).toBe(`Why it matters.
More prose.

**Bad** (two masters):

\`\`\`gea
system a "А" {
  masters citizen

  masters citizen
}
\`\`\`

**Good:** keep one.`);
  });

  it('separates a code block from prose that follows it directly', () => {
    const rule: RuleInfo = { id: 'syntax', severity: 'error', summary: 'S.', explanation: 'Bad:\n  agency x\nThen prose.' };
    expect(explanationMarkdown(rule.explanation)).toBe('**Bad:**\n\n```gea\nagency x\n```\n\nThen prose.');
  });
});
