import { describe, expect, it } from 'vitest';
import type { AnalysisOptions } from '@gea-arch/language';
import { longTermValidation } from '../../src/rules/long-term-validation.js';
import { analyze, brief } from '@gea-arch/fixtures';
import { checked, lineOf, TRUSTED } from './signature-fixtures.js';

const run = (source: string, options: AnalysisOptions = {}) => checked(longTermValidation, source, options);

// Evaluated on 2026-06-01 (the test date); `short_ca`'s latest certificate is valid until 2027-06-01, 365 days later.
const SHORT_CA = `${TRUSTED}
trust short_ca "Short CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  certificate "OLDER" { valid-from 2020-01-01 valid-until 2026-12-31 }
  certificate "NEWER" { valid-from 2026-01-01 valid-until 2027-06-01 }
}
`;

function kept(retention: string, statement: string, extra = ''): string {
  return `${SHORT_CA}
data deed "Гэрээ" { owner gasr kind document legally-binding retention ${retention} }
system registry "Бүртгэл" {
  owner gasr
  ${statement} // here
}
${extra}`;
}

describe('long-term-validation', () => {
  it('warns at the signs statement when retention outlasts the certificates and there is no timestamp', async () => {
    const source = kept('10y', 'signs deed { level advanced format PAdES with short_ca }');
    const findings = await run(source);
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(source, '// here')}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('deed');
    expect(findings[0]!.message).toContain('kept for 10y');
    expect(findings[0]!.message).toContain('valid until 2027-06-01');
    expect(findings[0]!.message).toContain('add `timestamp`');
  });

  it('compares with the latest valid-until: a retention ending on that day is fine, one day more is not', async () => {
    expect(await run(kept('365d', 'seals deed { level advanced format PAdES with short_ca }'))).toEqual([]);
    const source = kept('366d', 'seals deed { level advanced format PAdES with short_ca }');
    expect(brief(await run(source))).toEqual([`long-term-validation@${lineOf(source, '// here')}`]);
  });

  it('counts years as calendar years: 10y from 2026-06-01 lasts until 2036-06-01', async () => {
    const decade = (validUntil: string) => `${TRUSTED}
trust decade_ca "Decade CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  certificate "DCA" { valid-from 2026-01-01 valid-until ${validUntil} }
}
data deed "Гэрээ" { owner gasr kind document legally-binding retention 10y }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with decade_ca } // here
}`;
    const outlasting = decade('2036-05-30');
    const findings = await run(outlasting);
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(outlasting, '// here')}`]);
    expect(findings[0]!.message).toContain('kept for 10y (until 2036-06-01)');
    expect(await run(decade('2036-06-01'))).toEqual([]);
  });

  it('reports a retention that ends after the year 9999, however long, as kept until after that year', async () => {
    for (const retention of ['7974y', '10000y', '274000000y', '3000000d', '100000000d', `${'9'.repeat(400)}ms`]) {
      const source = kept(retention, 'signs deed { level qualified format PAdES with qca }');
      const findings = await run(source);
      expect(brief(findings), retention).toEqual([`long-term-validation@${lineOf(source, '// here')}`]);
      expect(findings[0]!.message).toContain(`kept for ${retention} (until after the year 9999), beyond the last certificate of \`qca\``);
    }
    const inMongolian = await run(kept('10000y', 'signs deed { level qualified format PAdES with qca }'), { locale: 'mn' });
    expect(inMongolian[0]!.message).toContain('`10000y` хугацаагаар (9999 оноос хойш) хадгалах нь');
  });

  it('counts retention from an evaluation date in the years 0000–0099', async () => {
    const source = `${TRUSTED}
trust early_ca "Early CA" {
  kind ca operator gasr accredited levels advanced formats PAdES
  certificate "ECA" { valid-from 0040-01-01 valid-until 0055-01-01 }
}
data deed "Гэрээ" { owner gasr kind document retention 10y }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with early_ca } // here
}`;
    const findings = await run(source, { evaluationDate: '0050-01-01' });
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(source, '// here')}`]);
    expect(findings[0]!.message).toContain(
      'kept for 10y (until 0060-01-01), beyond the last certificate of `early_ca` (valid until 0055-01-01)',
    );
    expect(await run(source, { evaluationDate: '0045-01-01' })).toEqual([]);
  });

  it('accepts a timestamp of kind tsa, and reports one of another kind', async () => {
    expect(await run(kept('10y', 'signs deed { level advanced format PAdES with short_ca timestamp tsa }'))).toEqual([]);
    const source = kept('10y', 'signs deed { level advanced format PAdES with short_ca timestamp qca }');
    const findings = await run(source);
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(source, '// here')}`]);
    expect(findings[0]!.message).toContain('`qca`, which is not of kind tsa');
  });

  it('applies to signs and seals only, at any level', async () => {
    expect(brief(await run(kept('10y', 'signs deed { level simple with short_ca }')))).toHaveLength(1);
    expect(await run(kept('10y', 'verifies deed { with short_ca }'))).toEqual([]);
    const source = `${SHORT_CA}
data deed "Гэрээ" { owner gasr kind document legally-binding retention 10y }
system registry "Бүртгэл" { owner gasr }
interface deeds "Гэрээ" {
  provider registry
  signature { level advanced format PAdES with short_ca }
  event issued { payload deed }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('does not fire without a retention, a with, or certificate dates', async () => {
    const source = `${TRUSTED}
trust undated "Undated" { kind ca operator gasr certificate "X" }
data deed "Гэрээ" { owner gasr kind document retention 10y }
data memo "Тэмдэглэл" { owner gasr kind document }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with undated }
  seals deed { level advanced format PAdES }
  signs memo { level advanced format PAdES with qca }
}`;
    // A certificate without dates is a syntax error (decision 0050); the rule still runs, and is silent.
    const { findings } = await analyze(source, { rules: [longTermValidation] });
    expect(brief(findings)).toEqual([`syntax@${lineOf(source, 'certificate "X"')}`]);
  });

  it('does not fire for unresolved references', async () => {
    const source = kept(
      '10y',
      'signs deed { level advanced format PAdES with short_ca timestamp no_such_tsa }',
      `
system other "Бусад" {
  owner gasr
  signs deed { level advanced format PAdES with no_such_ca }
  signs no_such_document { level advanced format PAdES with short_ca }
}`,
    );
    expect(await checked(longTermValidation, source, { allowUnresolved: true })).toEqual([]);
  });

  it('does not fire where the document, the service or the timestamp service does not exist', async () => {
    const source = `${SHORT_CA}
trust new_tsa "New TSA" { kind tsa operator gasr accredited from target }
data deed "Гэрээ" { owner gasr kind document retention 10y from target }
data licence "Зөвшөөрөл" { owner gasr kind document retention 10y }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with short_ca } // deed
  signs licence { level advanced format PAdES with short_ca timestamp new_tsa }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(source, '// deed')}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('follows the signature lifecycle: a timestamp added in the target state ends the finding', async () => {
    const source = `${SHORT_CA}
data deed "Гэрээ" { owner gasr kind document retention 10y }
system registry "Бүртгэл" {
  owner gasr
  signs deed { level advanced format PAdES with short_ca until target } // old
  signs deed { level advanced format PAdES with short_ca timestamp tsa from target }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`long-term-validation@${lineOf(source, '// old')}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('is waived by a waiver on the document or on the signing system', async () => {
    const onDocument = kept(
      '10y',
      'signs deed { level advanced format PAdES with short_ca }',
      'waiver w { rule long-term-validation on deed reason "Архивт шилжүүлнэ" }',
    );
    expect(brief(await run(onDocument))).toEqual([`long-term-validation@${lineOf(onDocument, '// here')}~`]);
    const onSystem = kept(
      '10y',
      'signs deed { level advanced format PAdES with short_ca }',
      'waiver w { rule long-term-validation on registry reason "Архивт шилжүүлнэ" }',
    );
    expect(brief(await run(onSystem))).toEqual([`long-term-validation@${lineOf(onSystem, '// here')}~`]);
  });
});
