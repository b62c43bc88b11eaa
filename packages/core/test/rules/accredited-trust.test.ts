import { describe, expect, it } from 'vitest';
import { accreditedTrust } from '../../src/rules/accredited-trust.js';
import { brief } from '@gea-arch/fixtures';
import { checked, lineOf, TRUSTED } from './signature-fixtures.js';

const run = (source: string) => checked(accreditedTrust, source);

const DOCUMENTS = `${TRUSTED}
trust private_ca "Хувийн CA" {
  kind ca operator gasr
  levels advanced
  formats PAdES
  certificate "PRIV" { valid-from 2020-01-01 valid-until 2040-01-01 }
}
trust advanced_ca "Advanced CA" {
  kind ca operator gasr accredited
  levels simple, advanced
  formats PAdES
  certificate "ADV" { valid-from 2020-01-01 valid-until 2040-01-01 }
}
data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding }
`;

describe('accredited-trust', () => {
  it('reports at the signs statement a signature relying on a trust service that is not accredited', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level advanced format PAdES with private_ca } // here
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`accredited-trust@${lineOf(source, '// here')}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('registry');
    expect(findings[0]!.message).toContain('`private_ca`, which is not accredited');
    expect(findings[0]!.message).toContain('name `with` an accredited trust service that lists level advanced and format PAdES');
  });

  it('reports a trust service that does not list the level or the format', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level qualified format XAdES with advanced_ca } // here
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`accredited-trust@${lineOf(source, '// here')}`]);
    expect(findings[0]!.message).toContain('does not list level qualified and does not list format XAdES');
  });

  it('reports a timestamp that is not an accredited tsa', async () => {
    const source = `${DOCUMENTS}
trust private_tsa "Хувийн TSA" { kind tsa operator gasr }
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level qualified format PAdES with qca timestamp qca } // ca
  seals birth_cert { level advanced format PAdES with qca timestamp private_tsa } // private
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`accredited-trust@${lineOf(source, '// ca')}`, `accredited-trust@${lineOf(source, '// private')}`]);
    expect(findings[0]!.message).toContain('`qca`, which is not of kind tsa');
    expect(findings[1]!.message).toContain('`private_tsa`, which is not accredited');
    expect(findings[1]!.message).toContain('name `timestamp` an accredited trust service of kind `tsa`');
  });

  it('reports an advanced signature that names no trust service or no format', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level advanced format PAdES } // without
  seals birth_cert { level advanced with qca } // formatless
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([
      `accredited-trust@${lineOf(source, '// without')}`,
      `accredited-trust@${lineOf(source, '// formatless')}`,
    ]);
    expect(findings[0]!.message).toContain('names no trust service');
    expect(findings[1]!.message).toContain('states no format');
  });

  it('accepts an accredited service that lists the level and format, with an accredited tsa', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level qualified format XAdES with qca timestamp tsa }
  seals birth_cert { level advanced format PAdES with advanced_ca }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('ignores simple signatures and verifies', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level simple format PAdES with private_ca }
  verifies birth_cert { with private_ca }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('checks interface signatures, reported at the signature block', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" { owner gasr }
interface certs "Гэрчилгээ" {
  provider registry
  signature { level advanced format PAdES with private_ca } // here
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`accredited-trust@${lineOf(source, '// here')}`]);
    expect(findings[0]!.element).toBe('certs');
    expect(findings[0]!.message).toContain('interface `certs` signs its messages at level advanced');
  });

  it('does not fire for an unresolved trust service', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level advanced format PAdES with no_such_ca timestamp no_such_tsa }
}`;
    expect(await checked(accreditedTrust, source, { allowUnresolved: true })).toEqual([]);
  });

  it('checks a trust service only where it exists, and a signature only where it exists', async () => {
    const source = `${DOCUMENTS}
trust new_ca "Шинэ CA" {
  kind ca operator gasr levels advanced formats PAdES
  from target
}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level advanced format PAdES with new_ca } // new
  seals birth_cert { level advanced format PAdES with private_ca until target } // old
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`accredited-trust@${lineOf(source, '// new')}`, `accredited-trust@${lineOf(source, '// old')}`]);
    expect(findings.map((f) => f.plateaus)).toEqual([['target'], ['current']]);
  });

  it('is waived by a waiver on the signing system', async () => {
    const source = `${DOCUMENTS}
system registry "Бүртгэл" {
  owner gasr
  signs birth_cert { level advanced format PAdES with private_ca } // here
}
waiver private_signing { rule accredited-trust on registry reason "Итгэмжлэл хүлээгдэж байна" }`;
    expect(brief(await run(source))).toEqual([`accredited-trust@${lineOf(source, '// here')}~`]);
  });
});
