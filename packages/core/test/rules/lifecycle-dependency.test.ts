import { describe, expect, it } from 'vitest';
import { lifecycleDependency } from '../../src/rules/lifecycle-dependency.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

// Lines 2–4; models below start on line 5.
const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Газар" { }`;

describe('lifecycle-dependency', () => {
  it('reports a `consumes` of an interface retired at target, at the statement', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
system registry "Бүртгэл" { owner gasr }
interface old_api "Хуучин API" { provider registry until target }
system client "Хэрэглэгч" {
  owner gasr
  consumes old_api
}`,
    );
    expect(brief(findings)).toEqual(['lifecycle-dependency@9']);
    expect(findings[0]!.plateaus).toEqual(['target']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('client');
    expect(findings[0]!.message).toContain('`consumes old_api` in system `client` points to interface `old_api`');
    expect(findings[0]!.message).toContain('`until');
    expect(findings[0]!.message).not.toContain('target');
  });

  it('accepts a statement that ends with what it points to', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
system registry "Бүртгэл" { owner gasr }
interface old_api "Хуучин API" { provider registry until target }
system client "Хэрэглэгч" {
  owner gasr
  consumes old_api { until target }
}
system retiring "Хуучин хэрэглэгч" { owner gasr until target consumes old_api }`,
    );
    expect(findings).toEqual([]);
  });

  it('leaves a statement or element whose lifecycle names an undeclared plateau to unresolved-reference', async () => {
    const { findings } = await analyze(`${BASE}
system registry "Бүртгэл" { owner gasr }
interface old_api "Хуучин API" { provider registry until target }
system client "Хэрэглэгч" {
  owner gasr
  consumes old_api { until targt }
}
system retiring "Хуучин хэрэглэгч" { owner gasr until targt consumes old_api }`);
    expect(brief(findings.filter((finding) => finding.rule !== 'interface-complete'))).toEqual([
      'unresolved-reference@9',
      'unresolved-reference@11',
    ]);
  });

  it('reports a statement that points to something that arrives later', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
platform cloud "Үүл" { operator gasr from target }
system registry "Бүртгэл" {
  owner gasr
  uses cloud
}`,
    );
    expect(brief(findings)).toEqual(['lifecycle-dependency@8']);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('checks masters, stores, depends-on, uses and hosting of systems', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
data old "Хуучин өгөгдөл" { owner gasr until target }
platform old_dc "Хуучин төв" { operator gasr until target }
system old_sys "Хуучин систем" { owner gasr until target }
system s "Систем" {
  owner gasr
  hosting old_dc
  masters old
  stores old
  depends-on old_sys "файл" { kind file }
  uses old_dc
}`,
    );
    expect(brief(findings)).toEqual([
      'lifecycle-dependency@10',
      'lifecycle-dependency@11',
      'lifecycle-dependency@12',
      'lifecycle-dependency@13',
      'lifecycle-dependency@14',
    ]);
    expect(findings.map((f) => f.message.split(' in ')[0])).toEqual([
      '`hosting old_dc`',
      '`masters old`',
      '`stores old`',
      '`depends-on old_sys`',
      '`uses old_dc`',
    ]);
    expect(findings.every((f) => f.element === 's' && f.plateaus.join() === 'target')).toBe(true);
  });

  it('reports a `masters` list once, naming each retired asset in it', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
data a "А" { owner gasr until target }
data b "Б" { owner gasr until target }
data c "В" { owner gasr }
system s "Систем" { owner gasr masters a, b, c }`,
    );
    expect(brief(findings)).toEqual(['lifecycle-dependency@8']);
    expect(findings[0]!.plateaus).toEqual(['target']);
    expect(findings[0]!.message).toContain(
      '`masters a, b` in system `s` points to data asset `a` and data asset `b`, which do not exist at every plateau',
    );
  });

  it('checks `via` of interfaces, `issuer` of trust services, and `with`/`timestamp` of signatures', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
platform khur "ХУР" { kind exchange operator gasr until target }
trust old_ca "Хуучин CA" { kind ca operator gasr until target }
trust old_tsa "Хуучин TSA" { kind tsa operator gasr until target }
trust sub_ca "Дэд CA" {
  kind ca
  operator gasr
  issuer old_ca
}
data cert "Гэрчилгээ" { owner gasr kind document legally-binding }
system s "Систем" {
  owner gasr
  masters cert
  signs cert {
    level qualified
    format PAdES
    with old_ca
    timestamp old_tsa
  }
}
interface api "API" {
  provider s
  via khur
  signature {
    level qualified
    with old_ca
  }
}`,
    );
    expect(brief(findings)).toEqual([
      'lifecycle-dependency@11',
      'lifecycle-dependency@20',
      'lifecycle-dependency@21',
      'lifecycle-dependency@26',
      'lifecycle-dependency@29',
    ]);
    expect(findings.map((f) => f.element)).toEqual(['sub_ca', 's', 's', 'api', 'api']);
  });

  it('does not check statements that do not exist at the plateau', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
platform cloud "Үүл" { operator gasr until target }
system s "Систем" {
  owner gasr
  uses cloud (until target)
  uses cloud (from current until target)
}
system t "Систем" { owner gasr until target uses cloud }`,
    );
    expect(findings).toEqual([]);
  });

  it('does not fire for unresolved references (only unresolved-reference does)', async () => {
    const { findings } = await analyze(`${BASE}\nsystem s "Систем" { owner gasr consumes nothing uses nowhere }`, {
      rules: [lifecycleDependency],
    });
    expect(brief(findings)).toEqual(['unresolved-reference@5', 'unresolved-reference@5']);
  });

  it('leaves `owner` and `provider` to owner-exists', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
agency old "Хуучин" { until target }
system s "Систем" { owner old until target }
interface api "API" { provider s }
data d "Өгөгдөл" { owner old }`,
    );
    expect(findings).toEqual([]);
  });

  it('is waived by a waiver on the system', async () => {
    const findings = await findingsOf(
      lifecycleDependency,
      `${BASE}
platform cloud "Үүл" { operator gasr until target }
system s "Систем" { owner gasr uses cloud }
waiver moving { rule lifecycle-dependency on s reason "Нүүлгэлт" }`,
    );
    expect(brief(findings)).toEqual(['lifecycle-dependency@6~']);
  });
});
