// The examples of docs/language.md are real gea: every ```gea block parses without a `syntax`
// finding, and all blocks together, one file each, link as one workspace without a parse or link finding.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_RULES, type Finding } from '@gea-arch/core';
import { parseFindings } from '@gea-arch/fixtures';

const DOC_PATH = 'docs/language.md';
const DOC = readFileSync(new URL('../../../docs/language.md', import.meta.url), 'utf8').replace(/\r\n/g, '\n');

interface Example {
  /** The block's file in the test workspace. */
  readonly file: string;
  /** 1-based line of the block's first line of code in docs/language.md. */
  readonly line: number;
  readonly text: string;
}

/**
 * Every ```gea block of the document, in order. The blocks form one workspace, a file per block
 * (so a `namespace` line starts a block), in which a block may refer to what another declares:
 * the page builds one small model section by section instead of repeating its agencies.
 */
function geaExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.trim() !== '```gea') continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    if (end === lines.length) throw new Error(`${DOC_PATH}:${index + 1}: the \`\`\`gea block is never closed`);
    const number = String(examples.length + 1).padStart(2, '0');
    examples.push({ file: `example-${number}.gea`, line: start + 1, text: lines.slice(start, end).join('\n') + '\n' });
    index = end;
  }
  return examples;
}

/** `docs/language.md:LINE rule message` for a finding in an example, with the line in the document. */
function located(finding: Finding, examples: readonly Example[]): string {
  const example = examples.find((candidate) => finding.source.uri.endsWith(`/${candidate.file}`));
  const line = example ? example.line + finding.source.start.line : '?';
  return `${DOC_PATH}:${line} ${finding.rule} ${finding.message}`;
}

const EXAMPLES = geaExamples(DOC);

describe('docs/language.md', () => {
  let findings: Finding[] = [];

  beforeAll(async () => {
    const sources = Object.fromEntries(EXAMPLES.map((example) => [example.file, example.text]));
    // Parse and link findings only; the integration rules are the subject of docs/rules.md.
    findings = (await parseFindings(sources)).filter((finding) => finding.rule in LANGUAGE_RULES);
  });

  it('has a gea example for every declaration', () => {
    for (const keyword of ['namespace', 'law', 'plateau', 'agency', 'platform', 'trust', 'data', 'system', 'interface', 'view', 'waiver']) {
      expect(
        EXAMPLES.some((example) => new RegExp(`^\\s*${keyword}\\s`, 'm').test(example.text)),
        keyword,
      ).toBe(true);
    }
  });

  it.each(EXAMPLES.map((example) => [example.line, example] as const))(
    'parses the block at line %i without a syntax finding',
    (_line, example) => {
      const own = findings.filter((finding) => finding.rule === 'syntax' && finding.source.uri.endsWith(`/${example.file}`));
      expect(own.map((finding) => located(finding, EXAMPLES))).toEqual([]);
    },
  );

  it('links all blocks as one workspace: no unresolved reference, duplicate name or plateau order finding', () => {
    const linking = findings.filter((finding) => finding.rule !== 'syntax');
    expect(linking.map((finding) => located(finding, EXAMPLES))).toEqual([]);
  });
});
