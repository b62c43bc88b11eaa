import { describe, expect, it } from 'vitest';
import { consentDeclared } from '../../src/rules/consent-declared.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'consent-declared';
const check = (model: string) => findingsOf(consentDeclared, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('consent-declared', () => {
  it("reports an interface carrying personal data without consent at the interface's first line", async () => {
    const model = `interface people "Хүмүүс" { // here
  provider civil_registry via khur style rest version "1.0.0" classification restricted
  operation get { method GET path "/p" output citizen { register_no } }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('people');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'interface `people` carries personal data (`citizen`) but declares no `consent`; ' +
        'add `consent` with the methods used (`dan`, `otp`, `signature`, …), or `consent none` with a `legal-basis`',
    );
  });

  it('reports `consent none` without a legal basis at the consent statement', async () => {
    const model = `interface people "Хүмүүс" {
  provider civil_registry via khur style rest version "1.0.0" classification restricted
  consent none // here
  operation get { method GET path "/p" output citizen { register_no } }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('states `consent none` without a `legal-basis`; add `legal-basis LAW "article"`');
  });

  it('accepts `consent none` with a legal basis', async () => {
    const model = `interface people "Хүмүүс" {
  provider civil_registry via khur style rest version "1.0.0" classification restricted
  consent none
  legal-basis pdp_law "8.1"
  operation get { method GET path "/p" output citizen { register_no } }
}`;
    expect(await check(model)).toEqual([]);
  });

  it('leaves a consent written with no method it could read to the syntax error', async () => {
    const model = `interface people "Хүмүүс" {
  provider civil_registry via khur style rest version "1.0.0" classification restricted consent otpp
  operation get { method GET path "/p" output citizen { register_no } }
}`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [consentDeclared] });
    expect(findings.map((finding) => finding.rule)).toEqual(['syntax']);
  });

  it('accepts an interface that names its consent methods', async () => {
    expect(await check('')).toEqual([]);
  });

  it('counts a field flagged sensitive as personal', async () => {
    const model = `data health "Эрүүл мэнд" { owner gasr field id string "Дугаар" key field diagnosis string "Онош" sensitive }
system his "Эмнэлэг" { owner gasr masters health }
interface health_api "Эрүүл мэнд" { // here
  provider his via khur style rest version "1.0.0"
  operation get { method GET path "/h" output health { id, diagnosis } }
}`;
    expect(brief(await check(model))).toEqual([at(model, '// here')]);
  });

  it('does not apply to an interface that carries only fields that are not personal', async () => {
    const model = `data health "Эрүүл мэнд" { owner gasr field id string "Дугаар" key field diagnosis string "Онош" sensitive }
system his "Эмнэлэг" { owner gasr masters health }
interface health_api "Эрүүл мэнд" {
  provider his via khur style rest version "1.0.0"
  operation get { method GET path "/h" output health { id } }
}`;
    expect(await check(model)).toEqual([]);
  });

  it('reports only at the plateaus where the personal data asset exists', async () => {
    const model = `data patient "Өвчтөн" { owner gasr privacy sensitive from target field id string "Дугаар" key }
system his "Эмнэлэг" { owner gasr masters patient (from target) }
interface patient_api "Өвчтөн" {
  provider his via khur style rest version "1.0.0"
  operation get { method GET path "/p" output patient }
}`;
    expect((await check(model)).map((f) => f.plateaus)).toEqual([['target']]);
  });

  it('does not fire for an unresolved data asset', async () => {
    const model = `interface people "Хүмүүс" {
  provider civil_registry via khur style rest version "1.0.0"
  operation get { method GET path "/p" output no_such_data }
}`;
    expect(await check(model)).toEqual([]);
  });

  it('is waived by a waiver on the interface', async () => {
    const model = `interface people "Хүмүүс" { // here
  provider civil_registry via khur style rest version "1.0.0" classification restricted
  operation get { method GET path "/p" output citizen { register_no } }
}
waiver consent_pending { rule consent-declared on people reason "Зөвшөөрлийн журам боловсруулж байна" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
