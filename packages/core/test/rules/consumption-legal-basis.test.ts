import { describe, expect, it } from 'vitest';
import { consumptionLegalBasis } from '../../src/rules/consumption-legal-basis.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'consumption-legal-basis';
const check = (model: string) => findingsOf(consumptionLegalBasis, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

/** `survey` is internal and holds one personal field, `income`; `plain` is internal and holds none. */
const SURVEY = `data survey "Судалгаа" { owner gasr field household string "Өрх" key field income decimal "Орлого" personal }
data plain "Энгийн" { owner gasr field code string "Код" key }
system survey_system "Судалгааны систем" { owner gasr masters survey, plain }
interface survey_api "Судалгаа" {
  provider survey_system via khur style rest version "1.0.0" consent dan
  operation income { method GET path "/i" output survey { household, income } }
  operation households { method GET path "/h" output survey { household } }
}
interface households_api "Өрх" {
  provider survey_system via khur style rest version "1.0.0"
  operation get { method GET path "/h" output survey { household } }
  operation codes { method GET path "/c" output plain }
}
`;

describe('consumption-legal-basis', () => {
  it('reports, at the consumes statement, a consumption of personal and restricted data without purpose and legal basis', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes citizen_lookup { agreement "ХТ-1" } // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('insurance');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'system `insurance` consumes interface `citizen_lookup`, which carries personal and restricted data (`citizen`), without stating `purpose` and `legal-basis`; ' +
        'add `purpose "…"` and `legal-basis LAW "article"` to the `consumes` block',
    );
  });

  it('names only what is missing', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes citizen_lookup { purpose "Даатгуулагчийг таних" } // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('without stating `legal-basis`; add `legal-basis LAW "article"` to the `consumes` block');
  });

  it('accepts a consumption that states purpose and legal basis', async () => {
    expect(
      await check(`system insurance "Даатгал" { owner sia consumes citizen_lookup { purpose "Таних" legal-basis pdp_law "8.1" } }`),
    ).toEqual([]);
  });

  it('reports a consumption of a personal field of an otherwise internal asset', async () => {
    const model = `${SURVEY}system insurance "Даатгал" {
  owner sia
  consumes survey_api // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('which carries personal data (`survey`)');
  });

  it("does not count the asset's other fields as personal because one field is flagged", async () => {
    expect(await check(`${SURVEY}system insurance "Даатгал" { owner sia consumes households_api }`)).toEqual([]);
  });

  it('reports restricted data that is not personal', async () => {
    const model = `data tax "Татвар" { owner gasr classification secret field tin string "ТТД" key }
system tax_system "Татвар" { owner gasr masters tax }
interface tax_api "Татвар" { provider tax_system style rest version "1" classification secret operation get { method GET path "/t" output tax } }
system audit "Аудит" { owner gasr consumes tax_api } // here`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('which carries secret data (`tax`)');
  });

  it('does not apply to public or internal data that is not personal', async () => {
    expect(await check(`system insurance "Даатгал" { owner sia consumes stats_api }`)).toEqual([]);
  });

  it('reports at the plateaus where the consumption exists', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes citizen_lookup { from target } // here
}`;
    const findings = await check(model);
    expect(findings.map((f) => f.plateaus)).toEqual([['target']]);
  });

  it('does not fire for an interface that is unresolved or does not exist at a plateau', async () => {
    const model = `interface old_api "Хуучин" {
  until target
  provider civil_registry via khur style rest version "1" classification restricted consent dan
  operation get { method GET path "/o" output citizen }
}
system insurance "Даатгал" { owner sia consumes no_such_api consumes old_api }`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [consumptionLegalBasis] });
    expect(findings.filter((f) => f.rule === ID).map((f) => f.plateaus)).toEqual([['current']]);
    expect(findings.filter((f) => f.rule === 'unresolved-reference')).toHaveLength(1);
  });

  it('is waived by a waiver on the consuming system', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes citizen_lookup // here
}
waiver pending_law { rule consumption-legal-basis on insurance reason "Хууль батлагдах хүртэл" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
