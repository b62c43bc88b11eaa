import { describe, expect, it } from 'vitest';
import { providerAuthoritative } from '../../src/rules/provider-authoritative.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'provider-authoritative';
const check = (model: string) => findingsOf(providerAuthoritative, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('provider-authoritative', () => {
  it('reports once per interface and data asset, at the first payload that carries it', async () => {
    const model = `system pension "Тэтгэвэр" { owner sia }
interface pension_api "Тэтгэвэр" {
  provider pension via khur style rest version "1.0.0" classification restricted consent dan
  operation get {
    method GET path "/p"
    output citizen { register_no, surname } // first
    input citizen { register_no }
  }
  operation list { method GET path "/l" output citizen }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// first')]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('pension_api');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain(
      'interface `pension_api` carries data asset `citizen`, but its provider `pension` neither masters it nor consumes an interface of another system that carries it',
    );
    expect(findings[0]!.message).toContain('serve it from its master system `civil_registry`');
  });

  it('reports each data asset separately', async () => {
    const model = `system pension "Тэтгэвэр" { owner sia }
interface pension_api "Тэтгэвэр" {
  provider pension via khur style rest version "1.0.0" classification restricted consent dan
  operation get { method GET path "/p" input citizen { register_no } } // one
  event changed { payload stats } // two
}`;
    expect(brief(await check(model))).toEqual([at(model, '// one'), at(model, '// two')]);
  });

  it('accepts data the provider masters', async () => {
    expect(await check('')).toEqual([]);
  });

  it('accepts data the provider receives through an interface it consumes', async () => {
    const model = `system pension "Тэтгэвэр" { owner sia consumes citizen_lookup { purpose "x" legal-basis pdp_law "1" agreement "a" } }
interface pension_api "Тэтгэвэр" {
  provider pension via khur style rest version "1.0.0" classification restricted consent dan
  operation get { method GET path "/p" output citizen { register_no, address } }
}`;
    expect(await check(model)).toEqual([]);
  });

  it('does not count a field whose type is another data asset as carrying that asset', async () => {
    const model = `data address "Хаяг" { owner gasr field code string "Код" key }
data person "Хүн" { owner sia field id string "Дугаар" key field home address "Гэр" }
system person_registry "Хүний бүртгэл" { owner sia masters person }
interface person_api "Хүн" {
  provider person_registry via khur style rest version "1.0.0"
  operation get { method GET path "/p" output person }
}
system relay "Дамжуулагч" { owner sia consumes person_api }
interface relay_api "Дамжуулагч" {
  provider relay via khur style rest version "1.0.0"
  operation get { method GET path "/r" output address // here
  }
}`;
    expect(brief(await check(model))).toEqual([at(model, '// here')]);
  });

  it('reports at the plateaus where the provider no longer masters the asset', async () => {
    const model = `system old "Хуучин" { owner gasr masters stats (until target) }
interface old_api "Хуучин" {
  provider old via khur style rest version "1.0.0"
  operation get { method GET path "/s" output stats } // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.plateaus).toEqual(['target']);
    expect(findings[0]!.message).toContain('serve it from its master system `civil_registry`');
  });

  it('does not fire where the provider is missing, unresolved or retired', async () => {
    const model = `system old "Хуучин" { owner gasr until target }
interface a "A" { via khur style rest version "1" operation get { method GET path "/a" output stats } }
interface b "B" { provider no_such_system via khur style rest version "1" operation get { method GET path "/b" output stats } }
interface c "C" { provider old via khur style rest version "1" operation get { method GET path "/c" output citizen } }`;
    const findings = await check(model);
    // c: old does not master citizen, reported only while old exists
    expect(findings.map((f) => [f.element, f.plateaus])).toEqual([['c', ['current']]]);
  });

  it('does not fire for an unresolved data asset, nor while a consumed interface is unresolved', async () => {
    const model = `system pension "Тэтгэвэр" { owner sia consumes no_such_api }
interface pension_api "Тэтгэвэр" {
  provider pension via khur style rest version "1.0.0"
  operation get { method GET path "/p" input no_such_data { x } output citizen }
}`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [providerAuthoritative] });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
  });

  it('is waived by a waiver on the interface', async () => {
    const model = `system pension "Тэтгэвэр" { owner sia }
interface pension_api "Тэтгэвэр" {
  provider pension via khur style rest version "1.0.0"
  operation get { method GET path "/p" output stats } // here
}
waiver mirror { rule provider-authoritative on pension_api reason "Түр толь" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
