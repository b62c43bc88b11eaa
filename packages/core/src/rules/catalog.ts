// Every finding id gea reports, with its default severity (RULES.md). The first four come from
// parsing and linking; the rest are the integration rules, each implemented in its own module.
export type Severity = 'error' | 'warning' | 'info';

export const LANGUAGE_RULES = {
  syntax: 'error',
  'unresolved-reference': 'error',
  'duplicate-name': 'error',
  'plateau-order': 'error',
} as const satisfies Record<string, Severity>;

export const INTEGRATION_RULES = {
  'owner-required': 'error',
  'owner-exists': 'error',
  'single-master': 'error',
  'master-owner-match': 'warning',
  'registry-code-unique': 'error',
  'cross-agency-via-platform': 'error',
  'copy-has-source': 'error',
  'provider-authoritative': 'error',
  'consumption-legal-basis': 'error',
  'consent-declared': 'warning',
  'agreement-required': 'warning',
  'interface-complete': 'error',
  'classification-flow': 'error',
  'lifecycle-dependency': 'error',
  'lifecycle-order': 'error',
  'deprecated-interface': 'warning',
  'sla-required': 'warning',
  'legally-binding-signed': 'error',
  'interface-signature': 'error',
  'accredited-trust': 'error',
  'certificate-valid': 'error',
  'long-term-validation': 'warning',
  'open-data-allowed': 'error',
  'open-data-complete': 'warning',
  'base-registry-shared': 'warning',
  'duplicate-data': 'warning',
  'name-required': 'error',
  'name-translation': 'info',
  'unused-waiver': 'warning',
} as const satisfies Record<string, Severity>;

export type LanguageRuleId = keyof typeof LANGUAGE_RULES;
export type IntegrationRuleId = keyof typeof INTEGRATION_RULES;
export type RuleId = LanguageRuleId | IntegrationRuleId;

export const ALL_RULE_IDS: readonly RuleId[] = [
  ...(Object.keys(LANGUAGE_RULES) as LanguageRuleId[]),
  ...(Object.keys(INTEGRATION_RULES) as IntegrationRuleId[]),
];

export function isRuleId(id: string): id is RuleId {
  return id in LANGUAGE_RULES || id in INTEGRATION_RULES;
}

export function defaultSeverity(id: RuleId): Severity {
  return (id in LANGUAGE_RULES ? LANGUAGE_RULES[id as LanguageRuleId] : INTEGRATION_RULES[id as IntegrationRuleId]);
}
