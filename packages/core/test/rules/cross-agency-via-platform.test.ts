import { describe, expect, it } from 'vitest';
import { crossAgencyViaPlatform } from '../../src/rules/cross-agency-via-platform.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'cross-agency-via-platform';
const check = (model: string) => findingsOf(crossAgencyViaPlatform, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('cross-agency-via-platform', () => {
  describe('(c) depends-on', () => {
    it("reports a depends-on another agency's system at the statement", async () => {
      const model = `system insurance "Даатгал" {
  owner sia
  depends-on civil_registry "шөнийн хуулбар" { kind file } // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.element).toBe('insurance');
      expect(findings[0]!.plateaus).toEqual(['current', 'target']);
      expect(findings[0]!.message).toContain(
        'system `insurance` of agency `sia` depends directly on system `civil_registry` of agency `gasr`',
      );
      expect(findings[0]!.message).toContain(
        'replace the dependency with an interface that `civil_registry` provides via an exchange platform',
      );
    });

    it('accepts a depends-on a system of the same agency', async () => {
      const model = `system archive "Архив" { owner gasr depends-on civil_registry "хуулбар" { kind file } }`;
      expect(await check(model)).toEqual([]);
    });

    it('reports only at the plateaus where the dependency exists', async () => {
      const model = `system insurance "Даатгал" {
  owner sia
  depends-on civil_registry "шууд холболт" { kind direct-db until target } // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.plateaus).toEqual(['current']);
    });

    it('does not fire at a plateau where the system depended on no longer exists', async () => {
      const model = `system old_registry "Хуучин" { owner gasr until target }
system insurance "Даатгал" { owner sia depends-on old_registry "шууд" { kind direct-db } }`;
      const findings = await check(model);
      expect(findings.map((f) => f.plateaus)).toEqual([['current']]);
    });

    it('is waived by a waiver on the system', async () => {
      const model = `system insurance "Даатгал" {
  owner sia
  depends-on civil_registry "хуулбар" { kind file } // here
}
waiver legacy { rule cross-agency-via-platform on insurance reason "ХУР-т шилжих хүртэл" until target }`;
      const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [crossAgencyViaPlatform] });
      const ours = findings.filter((f) => f.rule === ID || f.rule === 'unused-waiver');
      expect(brief(ours).sort()).toEqual([at(model, '// here'), `${at(model, '// here')}~`]);
      expect(ours.find((f) => f.waived)!.plateaus).toEqual(['current']);
      expect(ours.find((f) => !f.waived)!.plateaus).toEqual(['target']);
    });
  });

  describe("(b) consumes another agency's interface", () => {
    it('reports one that runs via no platform', async () => {
      const model = `interface direct_api "Шууд" {
  provider civil_registry style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system insurance "Даатгал" {
  owner sia
  consumes direct_api // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.message).toContain('consumes interface `direct_api` of agency `gasr`, which runs via no platform');
      expect(findings[0]!.message).toContain('publish `direct_api` `via` an exchange platform');
    });

    it('reports one that runs via a platform that is not an exchange', async () => {
      const model = `interface portal_api "Портал" {
  provider civil_registry via portal style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system insurance "Даатгал" {
  owner sia
  consumes portal_api // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.message).toContain('runs via `portal`, a platform of kind `portal` rather than `exchange`');
    });

    it('says a platform whose kind is left out has no kind stated (not that it has a kind `unstated`)', async () => {
      const model = `platform bare "Төрөлгүй" { operator ndc }
interface bare_api "Төрөлгүй платформ" {
  provider civil_registry via bare style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system insurance "Даатгал" {
  owner sia
  consumes bare_api // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.message).toContain('runs via `bare`, a platform whose `kind` is not stated rather than `exchange`');
    });

    it('accepts one that runs via an exchange platform', async () => {
      expect(await check(`system insurance "Даатгал" { owner sia consumes stats_api }`)).toEqual([]);
    });

    it("accepts the agency's own interface without a platform", async () => {
      const model = `interface internal_api "Дотоод" {
  provider civil_registry style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system archive "Архив" { owner gasr consumes internal_api }`;
      expect(await check(model)).toEqual([]);
    });

    it('does not fire where the platform the interface runs via does not exist (lifecycle-dependency reports that)', async () => {
      const model = `platform old_portal "Хуучин портал" { kind portal operator ndc until target }
interface portal_api "Портал" {
  provider civil_registry via old_portal style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system insurance "Даатгал" { owner sia consumes portal_api }`;
      const findings = await check(model);
      expect(findings.map((f) => f.plateaus)).toEqual([['current']]);
    });
  });

  describe("(a) stores another agency's data", () => {
    it('reports a copy when the system consumes no interface that carries the asset', async () => {
      const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no } // here
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.message).toContain(
        'system `insurance` of agency `sia` stores data asset `citizen` of agency `gasr` but consumes no interface of another system that carries it',
      );
      expect(findings[0]!.message).toContain('consume an interface via an exchange platform that carries `citizen`');
    });

    it('reports a copy received only through an interface not via an exchange platform, besides the consumption', async () => {
      const model = `interface portal_api "Портал" {
  provider civil_registry via portal style rest version "1.0.0"
  operation get { method GET path "/c" output citizen { register_no } }
}
system insurance "Даатгал" {
  owner sia
  stores citizen { register_no } // stores
  consumes portal_api // consumes
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// stores'), at(model, '// consumes')]);
      expect(findings[0]!.message).toContain('receives it only through interfaces that do not run via an exchange platform');
    });

    it('accepts a copy received through an interface via an exchange platform', async () => {
      const model = `system insurance "Даатгал" { owner sia stores citizen { register_no } consumes citizen_lookup }`;
      expect(await check(model)).toEqual([]);
    });

    it('leaves a system that masters the asset itself to master-owner-match', async () => {
      expect(await check(`system insurance "Даатгал" { owner sia masters stats stores stats }`)).toEqual([]);
    });

    it("accepts a copy of the agency's own data", async () => {
      expect(await check(`system archive "Архив" { owner gasr stores citizen }`)).toEqual([]);
    });

    it('reports only at the plateaus where the consumption that carries the asset has ended', async () => {
      const model = `system insurance "Даатгал" {
  owner sia
  stores citizen { register_no } // here
  consumes citizen_lookup { until target }
}`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.plateaus).toEqual(['target']);
    });

    it('does not fire for a stored asset that does not exist at a plateau', async () => {
      const model = `data claims "Нэхэмжлэл" { owner gasr from target field id string "Дугаар" key }
system insurance "Даатгал" { owner sia stores claims (until target) }`;
      expect(await check(model)).toEqual([]);
    });
  });

  it('gives one finding per offending statement', async () => {
    const model = `interface portal_api "Портал" {
  provider civil_registry via portal style rest version "1.0.0"
  operation get { method GET path "/s" output stats }
}
system insurance "Даатгал" {
  owner sia
  stores citizen // one
  stores stats // two
  consumes portal_api // three
  depends-on civil_registry "хуулбар" { kind file } // four
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual(['// one', '// two', '// three', '// four'].map((marker) => at(model, marker)));
  });

  it('does not fire on unresolved references (only unresolved-reference does)', async () => {
    const model = `system insurance "Даатгал" {
  owner sia
  stores no_such_data
  depends-on no_such_system "?" { kind file }
  consumes no_such_api
}
system pension "Тэтгэвэр" { owner no_such_agency stores citizen depends-on civil_registry "?" { kind file } }`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [crossAgencyViaPlatform] });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'unresolved-reference')).toHaveLength(4);
  });

  it('does not decide a copy while a consumed interface is unresolved (it may carry the asset)', async () => {
    const model = `system insurance "Даатгал" { owner sia stores citizen consumes no_such_api }`;
    expect(await check(model)).toEqual([]);
  });

  it('does not fire for a system without an owner (owner-required reports that)', async () => {
    const model = `system insurance "Даатгал" { stores citizen depends-on civil_registry "?" { kind file } }`;
    expect(await check(model)).toEqual([]);
  });
});
