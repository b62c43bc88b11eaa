// Names a spec must give as URIs (a JSON Schema `$id`, the WSDL's target namespace, the address
// of an interface without a platform URL): Cyrillic identifiers and free-text versions are
// percent-encoded, so that ajv compiles the schema and xmllint takes the namespace.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import { jsonSchemaValidator, xmllintComplaints } from './validators.js';

const MODEL = `
namespace mn.УБЕГ
agency УБЕГ "Улсын бүртгэлийн ерөнхий газар" { kind agency }
data иргэн "Иргэн" { owner УБЕГ field регистр string "Регистр" key }
system бүртгэл "Бүртгэл" { owner УБЕГ masters иргэн }
interface лавлагаа "Лавлагаа" {
  provider бүртгэл
  style soap
  version "1.5.0"
  operation авах { input иргэн { регистр } output иргэн }
}
interface хайлт "Хайлт" {
  provider бүртгэл
  style rest
  version "release 2 <b> & #1"
  operation авах { method GET path "/иргэд/{регистр}" input иргэн { регистр } output иргэн }
}
`;

async function bundleOf(source: string) {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  return buildSpecs(model, { locale: 'mn', evaluationDate: '2026-06-01' });
}

describe('URIs in specs of Cyrillic-named interfaces', () => {
  it('gives JSON Schema an ASCII $id that ajv compiles, whatever the version says', async () => {
    const bundle = await bundleOf(MODEL);
    for (const api of ['mn.УБЕГ.лавлагаа', 'mn.УБЕГ.хайлт']) {
      const schema = JSON.parse(bundle.get(`${api}/schema.json`)!);
      expect(schema.$id).toMatch(/^urn:gea:schema:[A-Za-z0-9._~%-]+:[A-Za-z0-9._~%-]+$/);
      expect(() => jsonSchemaValidator().compile(schema)).not.toThrow();
    }
    expect(JSON.parse(bundle.get('mn.УБЕГ.лавлагаа/schema.json')!).$id).toBe(
      `urn:gea:schema:${encodeURIComponent('mn.УБЕГ.лавлагаа')}:1.5.0`,
    );
  });

  it('gives the WSDL a target namespace and an address xmllint takes as URIs', async () => {
    const wsdl = (await bundleOf(MODEL)).get('mn.УБЕГ.лавлагаа/service.wsdl')!;
    expect(wsdl).toContain(`targetNamespace="urn:gea:${encodeURIComponent('mn.УБЕГ.лавлагаа')}:v1"`);
    expect(xmllintComplaints(wsdl)).toBe('');
  });

  it('names the address of an interface without a platform URL by an ASCII URN', async () => {
    const openapi = parseYaml((await bundleOf(MODEL)).get('mn.УБЕГ.хайлт/openapi.yaml')!);
    expect(openapi.servers[0]['x-gea-address']).toBe(
      `urn:gea:${encodeURIComponent('mn.УБЕГ.бүртгэл')}:${encodeURIComponent('mn.УБЕГ.хайлт')}`,
    );
  });
});
