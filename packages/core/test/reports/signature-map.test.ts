// The signature map: per trust service its certificates, validity and days left, and every
// signature that depends on it directly or through its issuer chain; per system what it signs.
import { describe, expect, it } from 'vitest';
import { signatureMap } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const MODEL = `
plateau a "A" { date 2026-01-01 }
plateau b "B" { date 2028-01-01 }
agency ndc "NDC" { kind agency }
trust root "Root" { kind ca operator ndc accredited levels qualified formats PAdES, XAdES
  certificate "CN=Root" { valid-from 2020-01-01 valid-until 2040-01-01 } }
trust ca "CA" { kind ca operator ndc accredited issuer root levels qualified formats PAdES, XAdES
  certificate "CN=CA old" { valid-from 2020-01-01 valid-until 2026-05-01 }
  certificate "CN=CA new" { valid-from 2026-01-01 valid-until 2026-08-01 }
  certificate "CN=CA next" { valid-from 2027-01-01 valid-until 2031-01-01 } }
trust tsa "TSA" { kind tsa operator ndc accredited issuer root certificate "CN=TSA" { valid-until 2035-01-01 } }
data cert "Certificate" { owner ndc kind document legally-binding field id string key }
system registry "Registry" { owner ndc masters cert
  signs cert { level qualified format PAdES with ca timestamp tsa until b }
  seals cert { level qualified format PAdES with ca from b } }
system portal "Portal" { owner ndc verifies cert { with ca } }
interface api "API" { provider registry style rest version "1" signature { level qualified format XAdES with ca }
  operation get { method GET path "/x" output cert } }
`;

describe('signatureMap', () => {
  it('gives each certificate its state and days left at the evaluation date', async () => {
    const { model } = await analyze(MODEL);
    const map = signatureMap(model, '2026-06-01');
    const ca = map.trusts.find((entry) => entry.trust.id === 'ca')!;
    expect(ca.certificates.map((c) => [c.subject, c.daysLeft, c.state])).toEqual([
      ['CN=CA old', -31, 'expired'],
      ['CN=CA new', 61, 'expiring'],
      ['CN=CA next', 1675, 'not-yet-valid'],
    ]);
    expect(map.trusts.find((entry) => entry.trust.id === 'tsa')!.certificates[0]!.state).toBe('valid');
  });

  it('lists what depends on each trust service: named with `with` or `timestamp`, or through an issuer', async () => {
    const { model } = await analyze(MODEL);
    const map = signatureMap(model, '2026-06-01');
    const dependents = (id: string) =>
      map.trusts
        .find((entry) => entry.trust.id === id)!
        .dependents.map(
          (d) => `${d.signature.signer.id} ${d.signature.kind} ${d.relation}${d.chain.length ? ` via ${d.chain.join('>')}` : ''}`,
        );
    expect(dependents('ca')).toEqual(['api message with', 'portal verifies with', 'registry seals with', 'registry signs with']);
    expect(dependents('tsa')).toEqual(['registry signs timestamp']);
    expect(dependents('root')).toEqual([
      'api message with via ca',
      'portal verifies with via ca',
      'registry seals with via ca',
      'registry signs with via ca',
    ]);
  });

  it('lists per system what it signs, seals and verifies, with level, format and plateaus, and the messages of its interfaces', async () => {
    const { model } = await analyze(MODEL);
    const map = signatureMap(model, '2026-06-01');
    const registry = map.systems.find((entry) => entry.system.id === 'registry')!;
    expect(registry.signatures.map((s) => [s.signer.id, s.kind, s.data, s.level, s.format, s.with, s.timestamp, s.plateaus])).toEqual([
      ['api', 'message', undefined, 'qualified', 'XAdES', 'ca', undefined, ['a', 'b']],
      ['registry', 'seals', 'cert', 'qualified', 'PAdES', 'ca', undefined, ['b']],
      ['registry', 'signs', 'cert', 'qualified', 'PAdES', 'ca', 'tsa', ['a']],
    ]);
    expect(map.systems.map((entry) => entry.system.id)).toEqual(['portal', 'registry']);
  });
});
