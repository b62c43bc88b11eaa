// Every finding id gea reports with its default severity: the parse-and-link ids, the integration
// rules of the registry and the engine's `unused-waiver`. Severities are written once, in
// language-rules.ts and in each rule's module; this derives everything else from them.
import { closestMatches } from '../words/suggest.js';
import { wordsFor, type Words } from '../words/words.js';
import { LANGUAGE_RULES, type LanguageRuleId } from './language-rules.js';
import { RULES } from './registry.js';
import { unusedWaiver } from './unused-waiver.js';

export type Severity = 'error' | 'warning' | 'info';

export type IntegrationRuleId = (typeof RULES)[number]['id'];
export type RuleId = LanguageRuleId | IntegrationRuleId | typeof unusedWaiver.id;

const SEVERITIES: ReadonlyMap<RuleId, Severity> = new Map<RuleId, Severity>([
  ...(Object.entries(LANGUAGE_RULES) as Array<[LanguageRuleId, Severity]>),
  ...RULES.map((rule): [IntegrationRuleId, Severity] => [rule.id, rule.severity]),
  [unusedWaiver.id, unusedWaiver.severity],
]);

/** Every finding id, in the order of RULES.md: parsing and linking, the rules, `unused-waiver`. */
export const ALL_RULE_IDS: readonly RuleId[] = [...SEVERITIES.keys()];

/**
 * The ids close to one that is not an id, for "did you mean": its misspellings, else the ids it is
 * a part of, word for word (`open-data` → `open-data-allowed`, `open-data-complete`).
 */
export function closeRuleIds(id: string, limit = 3): RuleId[] {
  const misspelt = closestMatches(id, ALL_RULE_IDS, limit) as RuleId[];
  if (misspelt.length > 0) return misspelt;
  const words = id.toLowerCase().split('-');
  if (words.some((word) => word === '')) return [];
  return ALL_RULE_IDS.filter((ruleId) => holdsInARow(ruleId.split('-'), words)).slice(0, limit);
}

function holdsInARow(whole: readonly string[], part: readonly string[]): boolean {
  for (let from = 0; from + part.length <= whole.length; from++) if (part.every((word, at) => whole[from + at] === word)) return true;
  return false;
}

export function isRuleId(id: string): id is RuleId {
  return SEVERITIES.has(id as RuleId);
}

/** The ids a waiver can name: the integration rules. */
export function isIntegrationRuleId(id: string): id is IntegrationRuleId {
  return RULES.some((rule) => rule.id === id);
}

export function isLanguageRuleId(id: string): id is LanguageRuleId {
  return id in LANGUAGE_RULES;
}

export function defaultSeverity(id: RuleId): Severity {
  return SEVERITIES.get(id)!;
}

/** What `gea rules`, `gea explain`, SARIF and docs/rules.md say about a finding id. */
export interface RuleInfo {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One line for `gea rules`. */
  readonly summary: string;
  /** Why the rule exists, with a bad and a good example, for `gea explain`. */
  readonly explanation: string;
}

/** Every finding id described in the words of a locale, in the order of `ALL_RULE_IDS`. */
export function ruleCatalog(words: Words = wordsFor()): RuleInfo[] {
  return ALL_RULE_IDS.map((id) => ({
    id,
    severity: defaultSeverity(id),
    summary: words.rules[id].summary,
    explanation: words.rules[id].explanation,
  }));
}

export function findRule(id: string, words: Words = wordsFor()): RuleInfo | undefined {
  return isRuleId(id) ? ruleCatalog(words).find((rule) => rule.id === id) : undefined;
}
