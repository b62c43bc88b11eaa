import { describe, expect, it } from 'vitest';
import { agreementRequired } from '../../src/rules/agreement-required.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'agreement-required';
const check = (model: string) => findingsOf(agreementRequired, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('agreement-required', () => {
  it("reports a consumption of another agency's interface without an agreement, at the consumes statement", async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes stats_api // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('insurance');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'system `insurance` of agency `sia` consumes interface `stats_api` of agency `gasr` without citing an interoperability agreement; ' +
        'add `agreement "…"` (the agreement\'s reference) to the `consumes` block',
    );
  });

  it('accepts a consumption that cites an agreement', async () => {
    expect(await check(`system insurance "Даатгал" { owner sia consumes stats_api { agreement "ХТ-2024/003" } }`)).toEqual([]);
  });

  it('does not apply within one agency', async () => {
    expect(await check(`system archive "Архив" { owner gasr consumes stats_api }`)).toEqual([]);
  });

  it('compares owners, not operators', async () => {
    expect(await check(`system archive "Архив" { owner gasr operator ndc consumes stats_api }`)).toEqual([]);
  });

  it('takes the severity that gea.yaml gives it', async () => {
    const findings = await findingsOf(agreementRequired, `${EXCHANGE_BASE}system insurance "Даатгал" { owner sia consumes stats_api }`, {
      severities: { 'agreement-required': 'error' },
    });
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  it("does not fire at a plateau where the provider's agency no longer exists (owner-exists reports that)", async () => {
    const model = `agency hosp "Эмнэлэг" { kind agency until target }
system his "Эмнэлгийн систем" { owner hosp masters stats }
interface beds_api "Ор" { provider his via khur style rest version "1" operation get { method GET path "/b" output stats } }
system insurance "Даатгал" { owner sia consumes beds_api }`;
    expect((await check(model)).map((f) => f.plateaus)).toEqual([['current']]);
  });

  it('does not fire where an owner is missing or a reference is unresolved', async () => {
    const model = `system payroll "Цалин" { consumes stats_api }
system insurance "Даатгал" { owner sia consumes no_such_api }
interface orphan_api "Өнчин" { provider no_such_system via khur style rest version "1" operation get { method GET path "/o" output stats } }
system pension "Тэтгэвэр" { owner sia consumes orphan_api }`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [agreementRequired] });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
  });

  it('reports at the plateaus where the consumption exists', async () => {
    const model = `system insurance "Даатгал" { owner sia consumes stats_api { until target } }`;
    expect((await check(model)).map((f) => f.plateaus)).toEqual([['current']]);
  });

  it('is waived by a waiver on the consuming system', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes stats_api // here
}
waiver signing { rule agreement-required on insurance reason "Гэрээ байгуулж байна" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
