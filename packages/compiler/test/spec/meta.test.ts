// LANGUAGE.md: `meta { key "value" }` is "carried into every output": an interface's and its data
// assets' meta reach each file of its spec bundle, escaped for the format.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import { jsonSchemaValidator, xmllintComplaints, xmllintVerdicts, xsdOf } from './validators.js';

const MODEL = `
agency a "А" { kind agency }
data d "Д" { owner a meta { code "D-1 <&>" } field id string key }
system s "С" { owner a masters d }
system c "Х" { owner a consumes soap_api { purpose "Шалгах" } }
interface rest_api "R" { provider s style rest version "1.0" auth none meta { service_code "SRV-7" since "2026-01-01" }
  operation get { method GET path "/d/{id}" input d { id } output d } }
interface soap_api "S" { provider s style soap version "1.0" auth none meta { owner_unit "Лавлах & <хэсэг>" }
  operation get { input d { id } output d } }
`;

async function bundle() {
  const { model } = await analyze(MODEL, { defaultLocale: 'mn' });
  return buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' });
}

describe('meta in the spec bundle', () => {
  it('reaches the JSON Schema and the OpenAPI of an interface, and each data asset’s schema', async () => {
    const files = await bundle();
    const schema = JSON.parse(files.get('rest_api/schema.json')!);
    expect(schema['x-gea-meta']).toEqual({ service_code: 'SRV-7', since: '2026-01-01' });
    expect(schema.$defs.d['x-gea-meta']).toEqual({ code: 'D-1 <&>' });
    expect(() => jsonSchemaValidator().compile(schema)).not.toThrow();
    const openapi = parseYaml(files.get('rest_api/openapi.yaml')!);
    expect(openapi['x-gea-meta']).toEqual({ service_code: 'SRV-7', since: '2026-01-01' });
  });

  it('reaches the WSDL (its documentation) and the XSD of its data assets (application information), well-formed', async () => {
    const wsdl = (await bundle()).get('soap_api/service.wsdl')!;
    expect(wsdl).toContain('<gea:meta key="owner_unit">Лавлах &amp; &lt;хэсэг&gt;</gea:meta>');
    expect(wsdl).toContain('<gea:meta key="code">D-1 &lt;&amp;&gt;</gea:meta>');
    expect(xmllintComplaints(wsdl)).toBe('');
    expect(xmllintVerdicts(xsdOf(wsdl), [])).toEqual([]);
  });

  it('reaches the agreement drafts and the service catalogue', async () => {
    const files = await bundle();
    const readme = files.get('soap_api/README.md')!;
    expect(readme).toContain('### Other properties (`meta`)');
    expect(readme).toContain('| `owner_unit` | Лавлах &amp; &lt;хэсэг&gt; |');
    expect(readme).toContain('| `code` | D-1 &lt;&amp;&gt; |');
    expect(files.get('agreements/c--soap_api.md')!).toContain('| `owner_unit` |');
    const catalog = JSON.parse(files.get('catalog.json')!);
    const service = (catalog['@graph'] ?? catalog['dcat:service'] ?? []) as unknown[];
    expect(JSON.stringify(service.length > 0 ? service : catalog)).toContain('{"gea:key":"service_code","gea:value":"SRV-7"}');
  });
});
