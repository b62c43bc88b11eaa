// `gea rules` (every finding id, its default severity and what it checks) and `gea explain ID`,
// in the words of the chosen locale; rule ids stay as they are.
import { closeRuleIds, findRule, ruleCatalog, wordsFor } from '@gea-arch/core';
import { checkWordLocale, chosenLocale } from '../options.js';
import type { Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';

export interface RulesOptions {
  readonly locale?: string;
}

export function listRules(options: RulesOptions, io: Io): number {
  checkWordLocale(options.locale);
  const words = wordsFor(chosenLocale(options.locale, io.env));
  const { headings, footer } = words.cli.rules;
  const rules = ruleCatalog(words);
  const severity = (rule: (typeof rules)[number]) => words.cli.severity[rule.severity];
  const idWidth = Math.max(headings.id.length, ...rules.map((rule) => rule.id.length));
  const severityWidth = Math.max(headings.severity.length, ...rules.map((rule) => severity(rule).length));
  const lines = rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${severity(rule).padEnd(severityWidth)}  ${rule.summary}`);
  io.stdout(
    `${headings.id.padEnd(idWidth)}  ${headings.severity.padEnd(severityWidth)}  ${headings.checks}\n${lines.join('\n')}\n\n${footer}\n`,
  );
  return 0;
}

export function explainRule(id: string, options: RulesOptions, io: Io): number {
  checkWordLocale(options.locale);
  const words = wordsFor(chosenLocale(options.locale, io.env));
  const rule = findRule(id, words);
  if (!rule) {
    throw new UsageError((said) => said.cli.rules.unknown({ id, suggestion: said.syntax.didYouMean({ names: closeRuleIds(id) }) }));
  }
  const heading = words.cli.rules.explainHeading({ id: rule.id, severity: words.cli.severity[rule.severity] });
  io.stdout(`${heading}\n${rule.summary}\n\n${rule.explanation}\n`);
  return 0;
}
