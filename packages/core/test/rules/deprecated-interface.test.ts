import { describe, expect, it } from 'vitest';
import { deprecatedInterface } from '../../src/rules/deprecated-interface.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'deprecated-interface';
const OLD_API = `interface old_api "Хуучин" {
  provider civil_registry via khur style rest version "0.9.0" deprecated
  operation get { method GET path "/s" output stats }
}
`;
const check = (model: string) => findingsOf(deprecatedInterface, EXCHANGE_BASE + OLD_API + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + OLD_API + model, marker)}`;

describe('deprecated-interface', () => {
  it('reports each consumption of a deprecated interface at its consumes statement', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes old_api { agreement "ХТ-1" } // one
}
system archive "Архив" { owner gasr consumes old_api } // two`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// one'), at(model, '// two')]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('insurance');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'system `insurance` consumes interface `old_api`, which is deprecated; move to its successor, or end this consumption (`until` a plateau)',
    );
  });

  it('accepts a consumption of an interface that is not deprecated', async () => {
    expect(await check(`system insurance "Даатгал" { owner sia consumes stats_api }`)).toEqual([]);
  });

  it('reports only at the plateaus where the consumption exists', async () => {
    const model = `system insurance "Даатгал" { owner sia consumes old_api { until target } }`;
    expect((await check(model)).map((f) => f.plateaus)).toEqual([['current']]);
  });

  it('does not fire for an unresolved interface, nor one that does not exist at a plateau', async () => {
    const model = `interface gone_api "Алга" {
  until target
  provider civil_registry via khur style rest version "0.1.0" deprecated
  operation get { method GET path "/g" output stats }
}
system insurance "Даатгал" { owner sia consumes no_such_api consumes gone_api }`;
    const { findings } = await analyze(EXCHANGE_BASE + OLD_API + model, { rules: [deprecatedInterface] });
    expect(findings.filter((f) => f.rule === ID).map((f) => f.plateaus)).toEqual([['current']]);
  });

  it('is waived by a waiver on the consuming system', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  consumes old_api // here
}
waiver migrating { rule deprecated-interface on insurance reason "2027 онд шилжинэ" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
