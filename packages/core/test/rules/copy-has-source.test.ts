import { describe, expect, it } from 'vitest';
import { copyHasSource } from '../../src/rules/copy-has-source.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'copy-has-source';
const check = (model: string) => findingsOf(copyHasSource, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('copy-has-source', () => {
  it('reports, at the stores statement, a stored field that no consumed interface carries', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no, surname, address } // here
  consumes citizen_lookup
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('insurance');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'system `insurance` stores field `address` of data asset `citizen`, which no interface of another system that it consumes carries; consume an interface that carries it, or stop storing it',
    );
  });

  it('accepts stored fields that a consumed interface carries', async () => {
    expect(await check(`system insurance "Даатгал" { owner sia stores citizen { register_no, surname } consumes citizen_lookup }`)).toEqual(
      [],
    );
  });

  it('counts every field of the asset when the stores statement lists none', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen // here
  consumes citizen_lookup
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('stores field `address` of data asset `citizen`');
  });

  it('reports a copy when the system consumes no interface that carries the asset, naming the fields', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no, surname } // here
  consumes stats_api
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain(
      'stores a copy of data asset `citizen` (`register_no` and `surname`) but consumes no interface of another system that carries it',
    );
    expect(findings[0]!.message).toContain('consume an interface that carries those fields');
  });

  it('does not count an interface the system provides itself, and says so', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no } // here
  consumes own_api
}
interface own_api "Өөрийн" { provider insurance style rest version "1" operation get { method GET path "/" output citizen { register_no } } }`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('but consumes no interface of another system that carries it');
  });

  it('takes the fields of every consumed interface together', async () => {
    const model = `interface address_api "Хаяг" {
  provider civil_registry via khur style rest version "1.0.0" classification restricted consent dan
  operation get { method GET path "/a" output citizen { register_no, address } }
}
system insurance "Даатгал" { owner sia stores citizen consumes citizen_lookup consumes address_api }`;
    expect(await check(model)).toEqual([]);
  });

  it('applies within one agency too', async () => {
    const model = `system archive "Архив" {
  owner gasr
  stores citizen { address } // here
}`;
    expect(brief(await check(model))).toEqual([at(model, '// here')]);
  });

  it('does not apply to an asset the system masters', async () => {
    expect(await check(`system archive "Архив" { owner gasr masters stats stores stats }`)).toEqual([]);
  });

  it("does not count the system's own interfaces as a source", async () => {
    const model = `system archive "Архив" {
  owner gasr
  stores citizen { register_no } // here
  consumes archive_api
}
interface archive_api "Архив" {
  provider archive via khur style rest version "1.0.0" classification restricted consent dan
  operation get { method GET path "/a" output citizen { register_no } }
}`;
    expect(brief(await check(model))).toEqual([at(model, '// here')]);
  });

  it('reports only at the plateaus where the consumption that fed the copy has ended', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no } // here
  consumes citizen_lookup { until target }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it("reports one finding at a `stores` statement whose missing fields differ by plateau, with the earliest plateau's message", async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no, address } // here
  consumes citizen_lookup { until target }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain(
      'stores field `address` of data asset `citizen`, which no interface of another system that it consumes carries',
    );
  });

  it('reports nothing at a plateau where the stores statement does not exist', async () => {
    const model = `system insurance "Даатгал" { owner sia stores citizen { register_no } (until target) consumes citizen_lookup { until target } }`;
    expect(await check(model)).toEqual([]);
  });

  it('does not fire while a consumed interface does not exist yet (lifecycle-dependency reports that)', async () => {
    const model = `interface future_api "Ирээдүй" {
  from target
  provider civil_registry via khur style rest version "1.0.0" classification restricted consent dan
  operation get { method GET path "/a" output citizen { register_no } }
}
system insurance "Даатгал" { owner sia stores citizen { register_no } consumes future_api }`;
    expect(await check(model)).toEqual([]);
  });

  it('does not fire on unresolved references (only unresolved-reference does)', async () => {
    const model = `system insurance "Даатгал" { owner sia stores no_such_data { x } stores citizen { no_such_field } consumes citizen_lookup }
system pension "Тэтгэвэр" { owner sia stores citizen consumes no_such_api }`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [copyHasSource] });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
    expect(findings.some((f) => f.rule === 'unresolved-reference')).toBe(true);
  });

  it('is waived by a waiver on the system', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { address } // here
}
waiver manual_entry { rule copy-has-source on insurance reason "Гараар оруулдаг" }`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([`${at(model, '// here')}~`]);
    expect(findings[0]!.waived).toBe(true);
  });
});
