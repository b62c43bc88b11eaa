import { describe, expect, it } from 'vitest';
import { baseRegistryShared } from '../../src/rules/base-registry-shared.js';
import { brief, findingsOf } from '@gea-arch/fixtures';

const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency ndc "Дата төв" { kind agency }
agency gasr "Бүртгэл" { kind agency }
platform khur "ХУР" { kind exchange operator ndc }
platform portal "Портал" { kind portal operator ndc }
data citizen "Иргэн" {
  owner gasr
  kind registry
  base-registry
  classification restricted
  field register_no string "Регистр" key
}
system civil "Систем" { owner gasr masters citizen }
`;
// BASE fills lines 1-16; `data citizen` is on line 8, an appended model starts on line 17.
const CITIZEN = 8;

const lookup = (properties: string) => `interface lookup "Лавлагаа" {
  provider civil ${properties} style rest version "1" classification restricted
  operation get { method GET path "/c/{register_no}" output citizen { register_no } }
}`;

describe('base-registry-shared', () => {
  it('reports a base registry that no interface carries, at its first line', async () => {
    const findings = await findingsOf(baseRegistryShared, BASE);
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('citizen');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'base registry `citizen` is carried by no interface via an exchange platform; ' +
        'offer it through an interface `via` a platform of kind `exchange` so that other agencies reuse it instead of copying it',
    );
  });

  it('accepts a base registry carried by an interface via an exchange platform', async () => {
    expect(await findingsOf(baseRegistryShared, BASE + lookup('via khur'))).toEqual([]);
  });

  it('reports a base registry carried only by interfaces without an exchange platform', async () => {
    const findings = await findingsOf(
      baseRegistryShared,
      BASE +
        lookup('via portal') +
        `\ninterface direct "Шууд" { provider civil style event version "1" event changed { payload citizen } }`,
    );
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}`]);
  });

  it('does not look at data assets that are not base registries', async () => {
    const findings = await findingsOf(baseRegistryShared, BASE.replace('  base-registry\n', ''));
    expect(findings).toEqual([]);
  });

  it('does not count a field whose type is the base registry as carrying it', async () => {
    const findings = await findingsOf(
      baseRegistryShared,
      BASE +
        `data household "Өрх" { owner gasr field id string "Дугаар" key field head citizen "Тэргүүн" }
system hh "Өрхийн систем" { owner gasr masters household }
interface hh_api "Өрх API" { provider hh via khur style rest version "1" operation get { method GET path "/h" output household } }`,
    );
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}`]);
  });

  it('reports at the plateaus before the sharing interface exists', async () => {
    const findings = await findingsOf(baseRegistryShared, BASE + lookup('via khur from target'));
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('does not report a base registry at plateaus where it does not exist', async () => {
    const findings = await findingsOf(baseRegistryShared, BASE.replace('  base-registry\n', '  base-registry\n  until target\n'));
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('does not fire when the interface names a platform that is unresolved or absent at the plateau', async () => {
    const unresolved = await findingsOf(baseRegistryShared, BASE + lookup('via khr'));
    expect(unresolved).toEqual([]);
    const retired = await findingsOf(
      baseRegistryShared,
      BASE + `platform old "Хуучин" { kind exchange operator ndc until target }\n` + lookup('via old'),
    );
    expect(retired).toEqual([]);
  });

  it('reports a waived finding when the base registry is waived', async () => {
    const findings = await findingsOf(
      baseRegistryShared,
      BASE + `waiver later { rule base-registry-shared on citizen reason "ХУР-т 2028 онд холбогдоно" }`,
    );
    expect(brief(findings)).toEqual([`base-registry-shared@${CITIZEN}~`]);
  });

  it('can be switched off in gea.yaml', async () => {
    expect(await findingsOf(baseRegistryShared, BASE, { severities: { 'base-registry-shared': 'off' } })).toEqual([]);
  });
});
