import { describe, expect, it } from 'vitest';
import { interfaceSignature } from '../../src/rules/interface-signature.js';
import { brief } from '@gea-arch/fixtures';
import { checked, lineOf, TRUSTED } from './signature-fixtures.js';

const run = (source: string) => checked(interfaceSignature, source);

const REGISTRY = `${TRUSTED}
data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding field cert_no string key }
data citizen "Иргэн" { owner gasr field register_no string key }
system registry "Бүртгэл" {
  owner gasr
  masters birth_cert, citizen
  signs birth_cert { level qualified format PAdES with qca timestamp tsa }
}
`;

describe('interface-signature', () => {
  it('reports at the interface first line when an interface carrying a legally binding document has no signature', async () => {
    const source = `${REGISTRY}
interface certs "Гэрчилгээ" { // head
  provider registry
  style rest
  version "1.0.0"
  operation get { method GET path "/certs" output birth_cert { cert_no } }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([`interface-signature@${lineOf(source, '// head')}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('certs');
    expect(findings[0]!.message).toContain('`birth_cert`');
    expect(findings[0]!.message).toContain('add `signature {');
  });

  it('reports at the signature block when it signs only at level simple or states no level', async () => {
    const source = `${REGISTRY}
interface simple_certs "Гэрчилгээ" {
  provider registry
  signature { level simple format XAdES with qca } // simple
  event issued { payload birth_cert }
}
interface levelless_certs "Гэрчилгээ" {
  provider registry
  signature { format XAdES with qca } // levelless
  event issued { payload birth_cert }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([
      `interface-signature@${lineOf(source, '// simple')}`,
      `interface-signature@${lineOf(source, '// levelless')}`,
    ]);
    expect(findings[0]!.message).toContain('only at level simple');
    expect(findings[1]!.message).toContain('without a level');
    expect(findings[0]!.message).toContain('`level advanced` or `level qualified`');
  });

  it('accepts an advanced or qualified signature', async () => {
    const source = `${REGISTRY}
interface certs "Гэрчилгээ" {
  provider registry
  signature { level advanced format XAdES with qca timestamp tsa }
  operation get { input citizen { register_no } output birth_cert }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('ignores interfaces that carry no legally binding document', async () => {
    const source = `${REGISTRY}
interface people "Иргэд" {
  provider registry
  operation get { output citizen }
}`;
    expect(await run(source)).toEqual([]);
  });

  it('counts only documents and interfaces that exist at the plateau', async () => {
    const source = `${TRUSTED}
data licence "Зөвшөөрөл" { owner gasr kind document legally-binding from target }
data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding }
system registry "Бүртгэл" { owner gasr masters licence, birth_cert }
interface licences "Зөвшөөрөл" { // licences
  provider registry
  event issued { payload licence }
}
interface certs "Гэрчилгээ" { // certs
  provider registry
  until target
  event issued { payload birth_cert }
}`;
    const findings = await run(source);
    expect(brief(findings)).toEqual([
      `interface-signature@${lineOf(source, '// licences')}`,
      `interface-signature@${lineOf(source, '// certs')}`,
    ]);
    expect(findings.map((f) => f.plateaus)).toEqual([['target'], ['current']]);
  });

  it('does not fire for an unresolved payload', async () => {
    const source = `${REGISTRY}
interface certs "Гэрчилгээ" {
  provider registry
  event issued { payload no_such_document }
}`;
    expect(await checked(interfaceSignature, source, { allowUnresolved: true })).toEqual([]);
  });

  it('is waived by a waiver on the interface', async () => {
    const source = `${REGISTRY}
interface certs "Гэрчилгээ" { // head
  provider registry
  event issued { payload birth_cert }
}
waiver legacy_certs { rule interface-signature on certs reason "Хуучин систем" until target }`;
    const findings = await run(source);
    const head = lineOf(source, '// head');
    expect(brief(findings)).toEqual([`interface-signature@${head}~`, `interface-signature@${head}`]);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['target']]);
  });
});
