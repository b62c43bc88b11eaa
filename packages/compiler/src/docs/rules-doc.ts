// docs/rules.md from the rule catalogue: every finding id with its default severity, what it
// checks and its explanation, whose indented bad/good examples become code blocks.
import { LANGUAGE_RULES, type RuleInfo } from '@gea-arch/core';

/** Where the generated page lives, relative to the repository root. */
export const RULES_DOC_PATH = 'docs/rules.md';

const HEADER = `# Rules and findings

<!-- Generated from the rule catalogue (packages/core/src/rules/ and the word tables in packages/core/src/words/) by \`npm run docs:rules\`; do not edit by hand. -->

Every finding gea reports has an id. The first group comes from reading the files: parsing
and linking. The integration rules check the linked model at every plateau, and
\`unused-waiver\` checks the waivers themselves. The same text is printed by \`gea rules\` (the
list) and \`gea explain ID\` (one rule); the language is described in [language.md](language.md).

- A rule's default severity can be changed per workspace in \`gea.yaml\`:
  \`rules: { open-data-complete: error }\` (\`error\`, \`warning\`, \`info\` or \`off\`).
- A finding of an integration rule can be accepted with a waiver:
  \`waiver id { rule RULE-ID on ELEMENT reason "…" until PLATEAU }\`. Parse and link
  findings cannot be waived.
`;

/** The whole page, deterministic for a given catalogue. */
export function renderRulesDoc(rules: readonly RuleInfo[]): string {
  const parsing = rules.filter((rule) => rule.id in LANGUAGE_RULES);
  const integration = rules.filter((rule) => !(rule.id in LANGUAGE_RULES));
  const groups = [
    { title: 'Parsing and linking', rules: parsing },
    { title: 'Integration rules', rules: integration },
  ].filter((group) => group.rules.length > 0);
  const parts = [HEADER, '## Contents\n'];
  for (const group of groups) parts.push(`**${group.title}**\n\n${contentsTable(group.rules)}`);
  for (const group of groups) {
    parts.push(`## ${group.title}\n`);
    for (const rule of group.rules) parts.push(ruleSection(rule));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function contentsTable(rules: readonly RuleInfo[]): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${tableCell(rule.summary)} |`);
  return ['| id | default | checks |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

function ruleSection(rule: RuleInfo): string {
  return `### ${rule.id}\n\nDefault severity: **${rule.severity}**\n\n${rule.summary}\n\n${explanationMarkdown(rule.explanation)}\n`;
}

/**
 * An explanation as Markdown: prose paragraphs stay as they are, a `Bad`/`Good` label is bold,
 * and each run of indented lines (blank lines inside it included) is a gea code block.
 */
export function explanationMarkdown(explanation: string): string {
  const lines = explanation.replace(/\r\n/g, '\n').trim().split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length;) {
    if (!isIndented(lines[index]!)) {
      out.push(lines[index]!.replace(/^(Bad|Good)(:?)/, '**$1$2**'));
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && (isIndented(lines[end]!) || (lines[end]!.trim() === '' && isIndented(nextNonBlank(lines, end))))) end++;
    const code = lines.slice(index, end);
    const indent = Math.min(...code.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push('```gea', ...code.map((line) => line.slice(indent).trimEnd()), '```');
    if (end < lines.length && lines[end]!.trim() !== '') out.push('');
    index = end;
  }
  return out.join('\n');
}

function isIndented(line: string): boolean {
  return /^(\s{2,}|\t)\S/.test(line);
}

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let index = from; index < lines.length; index++) if (lines[index]!.trim() !== '') return lines[index]!;
  return '';
}

function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
