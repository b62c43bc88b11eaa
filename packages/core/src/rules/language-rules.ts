// The findings of parsing and linking have ids and severities like the rules, so that gea.yaml,
// `gea explain` and SARIF cover every id gea reports. Their words are in the word tables.
import type { Severity } from './catalog.js';

export const LANGUAGE_RULES = {
  syntax: 'error',
  'unresolved-reference': 'error',
  'duplicate-name': 'error',
  'plateau-order': 'error',
} as const satisfies Record<string, Severity>;

export type LanguageRuleId = keyof typeof LANGUAGE_RULES;
