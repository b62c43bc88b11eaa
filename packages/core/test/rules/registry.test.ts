import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS, closeRuleIds, defaultSeverity, RULES, ruleCatalog, wordsFor, WORD_LOCALES } from '@gea-arch/core';

/** The integration rules of RULES.md, in its order (unused-waiver aside: the engine reports it). */
const RULES_MD = [
  'owner-required',
  'owner-exists',
  'single-master',
  'master-owner-match',
  'registry-code-unique',
  'cross-agency-via-platform',
  'copy-has-source',
  'provider-authoritative',
  'consumption-legal-basis',
  'consent-declared',
  'agreement-required',
  'interface-complete',
  'classification-flow',
  'lifecycle-dependency',
  'lifecycle-order',
  'deprecated-interface',
  'sla-required',
  'legally-binding-signed',
  'interface-signature',
  'accredited-trust',
  'certificate-valid',
  'long-term-validation',
  'open-data-allowed',
  'open-data-complete',
  'base-registry-shared',
  'duplicate-data',
  'name-required',
  'name-translation',
];

describe('rule registry', () => {
  it('runs every integration rule of RULES.md but unused-waiver, which the engine reports itself', () => {
    expect(RULES.map((rule) => rule.id)).toEqual(RULES_MD);
  });

  it('knows every finding id once, with its default severity from the rule itself', () => {
    expect(ALL_RULE_IDS).toEqual(['syntax', 'unresolved-reference', 'duplicate-name', 'plateau-order', ...RULES_MD, 'unused-waiver']);
    for (const rule of RULES) expect(defaultSeverity(rule.id), rule.id).toBe(rule.severity);
  });

  for (const locale of WORD_LOCALES) {
    it(`describes each in ${locale}: a one-line summary and an explanation with a bad and a good example`, () => {
      const catalog = ruleCatalog(wordsFor(locale));
      expect(catalog.map((rule) => rule.id)).toEqual(ALL_RULE_IDS);
      for (const rule of catalog) {
        expect(rule.severity, rule.id).toBe(defaultSeverity(rule.id));
        expect(rule.summary, rule.id).not.toContain('\n');
        expect(rule.summary.length, rule.id).toBeGreaterThan(10);
        expect(rule.explanation, rule.id).toMatch(/Bad\b|Буруу/);
        expect(rule.explanation, rule.id).toMatch(/Good\b|Зөв/);
      }
    });
  }

  it('names the ids close to one that is not an id: its misspellings, else the ids it is part of', () => {
    expect(closeRuleIds('single-mastr')).toEqual(['single-master']);
    expect(closeRuleIds('open-data')).toEqual(['open-data-allowed', 'open-data-complete']);
    expect(closeRuleIds('Base-Registry')).toEqual(['base-registry-shared']);
    expect(closeRuleIds('data')).toEqual(['open-data-allowed', 'open-data-complete', 'duplicate-data']);
    expect(closeRuleIds('certificate', 1)).toEqual(['certificate-valid']);
    expect(closeRuleIds('open-')).toEqual([]);
    expect(closeRuleIds('zebra')).toEqual([]);
  });
});
