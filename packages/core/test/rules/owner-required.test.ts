import { describe, expect, it } from 'vitest';
import { ownerRequired } from '../../src/rules/owner-required.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

describe('owner-required', () => {
  it('reports a system without owner at its first line, saying to add `owner`', async () => {
    const findings = await findingsOf(
      ownerRequired,
      `
agency gasr "Газар" { }
system payroll "Цалин" {
  criticality high
}`,
    );
    expect(brief(findings)).toEqual(['owner-required@3']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('payroll');
    expect(findings[0]!.message).toContain('system `payroll` has no `owner`');
    expect(findings[0]!.message).toContain('add `owner');
  });

  it('reports a data asset without owner, a platform and a trust service without operator, an interface without provider', async () => {
    const findings = await findingsOf(
      ownerRequired,
      `
data citizen "Иргэн" { kind registry }
platform khur "ХУР" { kind exchange }
trust ca "CA" { kind ca }
interface lookup "Лавлагаа" { style rest version "1.0.0" }
agency gasr "Газар" { }
law tax_law "Хууль" { }`,
    );
    expect(brief(findings)).toEqual(['owner-required@2', 'owner-required@3', 'owner-required@4', 'owner-required@5']);
    expect(findings.map((f) => f.message.match(/no `(\w+)`/)?.[1])).toEqual(['owner', 'operator', 'operator', 'provider']);
  });

  it('does not count an operator as the owner of a system', async () => {
    const findings = await findingsOf(ownerRequired, `agency ndc "Төв" { }\nsystem s "Систем" { operator ndc }`);
    expect(brief(findings)).toEqual(['owner-required@2']);
  });

  it('accepts elements that state what they must', async () => {
    const findings = await findingsOf(
      ownerRequired,
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizen }
platform khur "ХУР" { kind exchange operator gasr }
trust ca "CA" { kind ca operator gasr }
interface lookup "Лавлагаа" { provider registry style rest version "1.0.0" }`,
    );
    expect(findings).toEqual([]);
  });

  it('does not fire for an owner that is written but unresolved (only unresolved-reference does)', async () => {
    const { findings } = await analyze(`agency gasr "Газар" { }\nsystem s "Систем" { owner gars }`, { rules: [ownerRequired] });
    expect(brief(findings)).toEqual(['unresolved-reference@2']);
  });

  it('reports only at the plateaus where the element exists', async () => {
    const findings = await findingsOf(
      ownerRequired,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
system fresh "Шинэ" { from target }
system gone "Хуучин" { from current until current }`,
    );
    expect(brief(findings)).toEqual(['owner-required@4']);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('is waived by a waiver on the element', async () => {
    const findings = await findingsOf(
      ownerRequired,
      `
system legacy "Хуучин" { }
waiver legacy_owner { rule owner-required on legacy reason "Эзэмшигч тодорхойгүй" }`,
    );
    expect(brief(findings)).toEqual(['owner-required@2~']);
    expect(findings[0]!.waiver).toBe('legacy_owner');
  });
});

describe('owner-required with broken input', () => {
  it('leaves an `owner` keyword without a name to the syntax error', async () => {
    const { findings } = await analyze(`agency gasr "Газар" { }\nsystem s "Систем" {\n  owner\n}`, { rules: [ownerRequired] });
    expect(brief(findings).filter((b) => b.startsWith('owner-required'))).toEqual([]);
    expect(findings.some((f) => f.rule === 'syntax')).toBe(true);
  });
});
