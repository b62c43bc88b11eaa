import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS, defaultSeverity, INTEGRATION_RULES, RULE_INFOS, RULES } from '@gea-arch/core';

describe('rule registry', () => {
  it('runs every integration rule of RULES.md but unused-waiver, which the engine reports itself', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual(Object.keys(INTEGRATION_RULES).filter((id) => id !== 'unused-waiver'));
  });

  it('describes every finding id once, with its default severity', () => {
    expect(RULE_INFOS.map((rule) => rule.id).sort()).toEqual([...ALL_RULE_IDS].sort());
    for (const rule of RULE_INFOS) expect(rule.severity, rule.id).toBe(defaultSeverity(rule.id));
  });

  it('gives each a one-line summary and an explanation with a bad and a good example', () => {
    for (const rule of RULE_INFOS) {
      expect(rule.summary, rule.id).not.toContain('\n');
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.explanation, rule.id).toMatch(/Bad\b/);
      expect(rule.explanation, rule.id).toMatch(/Good\b/);
    }
  });
});
