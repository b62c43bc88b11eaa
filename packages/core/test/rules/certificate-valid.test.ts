import { describe, expect, it } from 'vitest';
import { certificateValid } from '../../src/rules/certificate-valid.js';
import { runRules } from '@gea-arch/core';
import { analyze, brief, TEST_DATE } from '@gea-arch/fixtures';
import { checked, lineOf, TRUSTED } from './signature-fixtures.js';

const run = (source: string) => checked(certificateValid, source);

/** A CA `ca` with one certificate, and a system that signs a document with it. */
function signedWith(certificate: string, extra = ''): string {
  return `${TRUSTED}
trust ca "CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  certificate ${certificate} // cert
}
data deed "Гэрээ" { owner gasr kind document legally-binding }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with ca timestamp tsa }
}
${extra}`;
}

describe('certificate-valid', () => {
  it(`reports an expired certificate at the certificate, naming the signatures that rely on it (evaluated ${TEST_DATE})`, async () => {
    const source = signedWith('"OLD" { valid-from 2020-01-01 valid-until 2026-05-31 }');
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('ca');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('expired on 2026-05-31');
    expect(findings[0]!.message).toContain('relied on by `registry` signs `deed`');
    expect(findings[0]!.message).toContain('replace it with a renewed certificate');
  });

  it('reports a certificate that is not valid yet', async () => {
    const source = signedWith('"FUTURE" { valid-from 2026-06-02 valid-until 2036-01-01 }');
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('not valid before 2026-06-02');
  });

  it('leaves a certificate valid until before it is valid from to its syntax error alone', async () => {
    const source = signedWith('"SWAPPED" { valid-from 2030-01-01 valid-until 2020-01-01 }');
    const { findings } = await analyze(source, { rules: [certificateValid] });
    expect(brief(findings)).toEqual([`syntax@${lineOf(source, '// cert')}`]);
  });

  it('counts dates inclusively: valid from today, and valid on its valid-until day (a near-expiry warning)', async () => {
    const source = signedWith('"LAST-DAY" { valid-from 2026-06-01 valid-until 2026-06-01 }');
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('expires on 2026-06-01, 0 days after');
  });

  it('warns when the certificate expires within 90 days, and not at 91', async () => {
    const ninety = signedWith('"SOON" { valid-from 2020-01-01 valid-until 2026-08-30 }');
    const findings = await run(ninety);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(ninety, '// cert')}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('90 days after the evaluation date');
    expect(findings[0]!.message).toContain('renew it before it expires');
    expect(await run(signedWith('"LATER" { valid-from 2020-01-01 valid-until 2026-08-31 }'))).toEqual([]);
  });

  it('counts days in the years 0000–0099 as on the calendar, not as 1900–1999', async () => {
    const source = signedWith('"EARLY" { valid-from 0040-01-01 valid-until 0050-03-01 }');
    // The time-stamping service's certificate, valid from 2020, is not valid yet then: only `ca`'s finding is looked at.
    const early = async (evaluationDate: string) =>
      (await checked(certificateValid, source, { evaluationDate })).filter((finding) => finding.element === 'ca');
    const findings = await early('0050-01-01');
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('expires on 0050-03-01, 59 days after the evaluation date 0050-01-01');
    expect((await early('0039-12-31'))[0]!.message).toContain('not valid before 0040-01-01');
    expect(await early('0049-11-30')).toEqual([]);
  });

  it('checks the issuer chain, and survives a cycle in it', async () => {
    const source = `${TRUSTED}
trust root "Root" {
  kind ca operator gasr accredited
  issuer issuing
  certificate "ROOT" { valid-from 2000-01-01 valid-until 2026-01-01 } // root
}
trust issuing "Issuing" {
  kind ca operator gasr accredited levels advanced formats PAdES
  issuer root
  certificate "ISSUING" { valid-from 2020-01-01 valid-until 2035-01-01 }
}
data deed "Гэрээ" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with issuing }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// root')}`]);
    expect(findings[0]!.element).toBe('root');
    expect(findings[0]!.message).toContain('relied on by `registry` signs `deed`');
  });

  it('covers timestamps, verifies and interface signatures, and lists every signature once', async () => {
    const source = `${TRUSTED}
trust old_tsa "Old TSA" {
  kind tsa operator gasr accredited
  certificate "OLD-TSA" { valid-from 2020-01-01 valid-until 2026-01-01 } // cert
}
data deed "Гэрээ" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level qualified format PAdES with qca timestamp old_tsa }
  verifies deed { with old_tsa }
}
interface deeds "Гэрээ" {
  provider registry
  signature { level advanced format XAdES with qca timestamp old_tsa }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.message).toContain(
      'relied on by `registry` signs `deed`, `registry` verifies `deed` and the message signature of interface `deeds`',
    );
  });

  it('ignores certificates no signature relies on, and unresolved trust references', async () => {
    const source = `${TRUSTED}
trust unused "Unused" {
  kind ca operator gasr
  certificate "EXPIRED" { valid-from 2000-01-01 valid-until 2001-01-01 }
}
data deed "Гэрээ" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with no_such_ca }
}`;
    expect(await checked(certificateValid, source, { allowUnresolved: true })).toEqual([]);
  });

  it('reports only at plateaus where some signature relies on the service, once, naming all of them', async () => {
    const source = `${TRUSTED}
trust ca "CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  certificate "OLD" { valid-from 2020-01-01 valid-until 2026-01-01 } // cert
}
plateau later "Дараа" { date 2030-01-01 }
data deed "Гэрээ" { owner gasr kind document }
data licence "Зөвшөөрөл" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with ca until target }
  seals licence { level advanced format PAdES with ca from target until later }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('relied on by `registry` signs `deed` and `registry` seals `licence`');
    // Worked out once a run: a run at one plateau, then at all, on the same model, each names its own.
    const { model } = await analyze(source);
    const [atCurrent] = runRules(model, [certificateValid], { evaluationDate: TEST_DATE, locale: 'en', plateau: 'current' });
    const [atEvery] = runRules(model, [certificateValid], { evaluationDate: TEST_DATE, locale: 'en' });
    expect(atCurrent!.message).toContain('relied on by `registry` signs `deed`;');
    expect(atEvery!.message).toBe(findings[0]!.message);
  });

  it('does not follow a trust service that does not exist at the plateau', async () => {
    const source = `${TRUSTED}
trust ca "CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  from target
  certificate "OLD" { valid-from 2020-01-01 valid-until 2026-01-01 } // cert
}
data deed "Гэрээ" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with ca }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`certificate-valid@${lineOf(source, '// cert')}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('is waived by a waiver on the trust service', async () => {
    const source = signedWith(
      '"OLD" { valid-from 2020-01-01 valid-until 2026-01-01 }',
      'waiver old_ca { rule certificate-valid on ca reason "Шинэчлэл хийгдэж байна" }',
    );
    expect(brief(await run(source))).toEqual([`certificate-valid@${lineOf(source, '// cert')}~`]);
  });
});
