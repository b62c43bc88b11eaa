// AsyncAPI 3.0 for `event` interfaces and WSDL 1.1 for `soap` ones, on every construct of the
// language: channels, messages and operations per event; lists, references and optional fields
// in the XSD; and what an interface of another style gets (JSON Schema and its agreement).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze, EVERY_CONSTRUCT } from '@gea-arch/fixtures';
import { buildSpecs, formatsOf } from '../../src/spec/index.js';
import { asyncApiErrors, describeWsdl, parseAsyncApi, sampleXml, xmllintVerdicts, xsdOf } from './validators.js';

async function bundleOf(source: string) {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  return { model, bundle: buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' }) };
}

describe('AsyncAPI 3.0', () => {
  it('gives every event a channel the provider sends on, its message and the payload of the fields it carries', async () => {
    const { bundle } = await bundleOf(readFileSync(EVERY_CONSTRUCT, 'utf8'));
    const text = bundle.get('mn.tour.feed/asyncapi.yaml')!;
    const { document, diagnostics } = await parseAsyncApi(text);
    expect(asyncApiErrors(diagnostics)).toEqual([]);
    const yaml = parseYaml(text);
    expect(yaml.channels.citizen_changed).toEqual({
      address: 'mn.tour.feed.citizen_changed',
      title: 'citizen_changed',
      messages: { citizen_changed: { $ref: '#/components/messages/citizen_changed' } },
    });
    expect(yaml.operations.sendcitizen_changed).toMatchObject({ action: 'send', channel: { $ref: '#/channels/citizen_changed' } });
    expect(yaml.components.messages.citizen_changed).toMatchObject({ contentType: 'application/json', 'x-gea-data': 'mn.tour.citizen' });
    const payload = document!.messages().all()[0]!.payload()!;
    expect(payload.required()).toEqual(['register_no']);
    expect(yaml.info['x-gea-status']).toEqual({ 'mn.tour.current': 'deprecated', 'mn.tour.target': 'deprecated' });
  });

  it('wraps a reference to another asset in allOf, since AsyncAPI schemas ignore keywords beside $ref', async () => {
    const { bundle } = await bundleOf(
      readFileSync(EVERY_CONSTRUCT, 'utf8').replace(
        'event citizen_changed { payload citizen { register_no } }',
        'event citizen_changed { payload citizen }',
      ),
    );
    const yaml = parseYaml(bundle.get('mn.tour.feed/asyncapi.yaml')!);
    const properties = yaml.components.schemas.citizen_changedEvent.properties;
    expect(properties.home).toMatchObject({ allOf: [{ $ref: '#/components/schemas/mn.tour.address' }], title: 'Оршин суух хаяг' });
    expect(properties.previous).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/mn.tour.address' } });
    expect(Object.keys(yaml.components.schemas)).toEqual(['citizen_changedEvent', 'mn.tour.address']);
    const { diagnostics } = await parseAsyncApi(bundle.get('mn.tour.feed/asyncapi.yaml')!);
    expect(asyncApiErrors(diagnostics)).toEqual([]);
  });
});

describe('WSDL 1.1', () => {
  const SOAP = readFileSync(EVERY_CONSTRUCT, 'utf8').replace(
    /interface lookup "Иргэний лавлагаа" \{[\s\S]*?\n\}\n/,
    `interface lookup "Иргэний лавлагаа" {
  provider registry
  via khur
  style soap
  version "3.1.0"
  auth mtls
  operation get_citizen { input citizen { register_no } output citizen }
  operation ping { }
}
`,
  );

  it('writes an XSD that takes lists and references as the model says and requires the key fields alone, with a message per input and output', async () => {
    const { model, bundle } = await bundleOf(SOAP);
    const wsdl = bundle.get('mn.tour.lookup/service.wsdl')!;
    expect(wsdl).toContain('targetNamespace="urn:gea:mn.tour.lookup:v3"');
    expect(wsdl).toContain(
      '<xs:element name="previous" type="tns:mn.tour.address" minOccurs="0" maxOccurs="unbounded" gea:personal="true" gea:sensitive="false"',
    );
    expect(wsdl).toContain('<xs:element name="income" type="xs:decimal" minOccurs="0" gea:personal="true" gea:sensitive="false">');
    expect(wsdl).toContain('<xs:element name="photo" type="xs:base64Binary" minOccurs="0" gea:personal="true" gea:sensitive="false"/>');
    expect(wsdl).toContain('<xs:element name="register_no" type="xs:string" gea:key="true"');
    expect(wsdl).toContain('<xs:element name="updated" type="xs:dateTime"');
    expect(wsdl).toContain('<xs:element name="pingRequest">');
    const citizen = model.data.find((data) => data.id === 'mn.tour.citizen')!;
    const namespace = 'urn:gea:mn.tour.lookup:v3';
    const full = sampleXml('get_citizenResponse', namespace, citizen.fields);
    const keysAlone = sampleXml(
      'get_citizenResponse',
      namespace,
      citizen.fields.filter((field) => field.key),
    );
    const withoutKey = sampleXml(
      'get_citizenResponse',
      namespace,
      citizen.fields.filter((field) => !field.key),
    );
    expect(xmllintVerdicts(xsdOf(wsdl), [full, keysAlone, withoutKey])).toEqual([true, true, false]);
  });

  it('is read by the soap client: a service, a port and every operation with its parts', async () => {
    const { bundle } = await bundleOf(SOAP);
    const dir = mkdtempSync(join(tmpdir(), 'gea-wsdl-'));
    writeFileSync(join(dir, 'service.wsdl'), bundle.get('mn.tour.lookup/service.wsdl')!);
    const description = await describeWsdl(join(dir, 'service.wsdl'));
    expect(Object.keys(description)).toEqual(['lookupService']);
    const port = description.lookupService!.lookupPort!;
    expect(Object.keys(port)).toEqual(['get_citizen', 'ping']);
    expect(port.get_citizen!.input).toEqual({ register_no: 'xs:string' });
    expect(Object.keys(port.get_citizen!.output)).toEqual([
      'register_no',
      'income',
      'diagnosis',
      'home',
      'previous[]',
      'photo',
      'born',
      'updated',
      'count',
      'alive',
    ]);
  });
});

describe('interfaces of other styles', () => {
  it('get JSON Schema and their agreement: graphql, file, and no style at all', async () => {
    for (const style of ['graphql', 'file', '']) {
      const source = readFileSync(EVERY_CONSTRUCT, 'utf8').replace('  style rest\n', style ? `  style ${style}\n` : '');
      const { model, bundle } = await bundleOf(source);
      const api = model.interfaces.find((candidate) => candidate.id === 'mn.tour.lookup')!;
      expect(formatsOf(api), style).toEqual(['jsonschema', 'agreement']);
      expect(
        [...bundle.keys()].filter((path) => path.startsWith('mn.tour.lookup/')),
        style,
      ).toEqual(['mn.tour.lookup/schema.json', 'mn.tour.lookup/README.md']);
    }
  });
});

describe('what a spec style has no place for', () => {
  it('names the events of a REST interface in its OpenAPI and the operations of an event interface in its AsyncAPI', async () => {
    const { bundle } = await bundleOf(`
agency a "А" { kind agency }
data d "Д" { owner a field id string key }
system s "С" { owner a masters d }
interface rest_api "R" { provider s style rest version "1.0" auth none
  operation get { method GET path "/d/{id}" input d { id } output d }
  event changed { payload d } }
interface feed "F" { provider s style event version "1.0" auth none
  event created { payload d }
  operation ask { input d { id } output d } }
`);
    expect(parseYaml(bundle.get('rest_api/openapi.yaml')!)['x-gea-unmapped-events']).toEqual(['changed']);
    const asyncapi = bundle.get('feed/asyncapi.yaml')!;
    expect(parseYaml(asyncapi).info['x-gea-unmapped-operations']).toEqual(['ask']);
    expect(asyncApiErrors((await parseAsyncApi(asyncapi)).diagnostics)).toEqual([]);
  });
});
