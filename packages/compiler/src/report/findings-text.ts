// Findings for people: grouped by file, `file:line:col severity rule message`, a summary line, in
// the words of one locale (the rule ids stay as they are).
import { printable, wordsFor, type Words } from '@gea-arch/core';
import type { FindingRecord, FindingSummary } from './finding-records.js';

export interface TextStyle {
  readonly color: boolean;
  /** List the plateaus of each finding; pointless when the model declares none. */
  readonly plateaus?: boolean;
  /** How a record's workspace-relative path is shown (relative to the current folder, say); as is by default. */
  readonly path?: (file: string) => string;
  /** The language of severities and the summary (`mn`, `en`, …); Mongolian by default. */
  readonly locale?: string;
  /** End with the summary line (the default); `gea build` says its own. */
  readonly summary?: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 } as const;

export function findingsText(records: readonly FindingRecord[], summary: FindingSummary, style: TextStyle): string {
  const paint = (code: keyof typeof CODES, text: string) => (style.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const shown = style.path ?? ((file: string) => file);
  const words = wordsFor(style.locale).cli;
  const lines: string[] = [];
  let file: string | undefined;
  for (const record of records) {
    if (record.file !== file) {
      if (file !== undefined) lines.push('');
      file = record.file;
    }
    const severity = record.waived
      ? paint('gray', words.waived)
      : record.severity === 'error'
        ? paint('red', words.severity.error)
        : record.severity === 'warning'
          ? paint('yellow', words.severity.warning)
          : paint('blue', words.severity.info);
    const plateaus = style.plateaus !== false && record.plateaus.length > 0 ? paint('gray', ` [${record.plateaus.join(', ')}]`) : '';
    const waiver = record.waiver ? paint('gray', ` ${words.waiverNote({ waiver: record.waiver })}`) : '';
    lines.push(
      `${paint('bold', `${printable(shown(record.file))}:${record.line}:${record.column}`)} ${severity} ${paint('gray', record.rule)} ${printable(record.message)}${plateaus}${waiver}`,
    );
  }
  if (style.summary === false) return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summary, paint, words));
  return `${lines.join('\n')}\n`;
}

function summaryLine(summary: FindingSummary, paint: (code: keyof typeof CODES, text: string) => string, words: Words['cli']): string {
  const mark = summary.error > 0 ? paint('red', '✖') : summary.warning > 0 ? paint('yellow', '⚠') : paint('green', '✔');
  return `${mark} ${words.summary(summary)}`;
}
