// The spec bundle of the national example, checked by independent validators: every OpenAPI by
// Redocly, every AsyncAPI by its parser, every WSDL by the soap client and its XSD by xmllint,
// every JSON Schema by ajv against samples built from the model's fields, and the catalogue and
// open data by the DCAT-AP 3.0 shapes.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Interface, SemanticModel } from '@gea-arch/core';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { exchangeOf } from '../../src/spec/exchange.js';
import { targetNamespaceOf } from '../../src/spec/wsdl.js';
import {
  asyncApiErrors,
  describeWsdl,
  jsonSchemaValidator,
  lintOpenApi,
  parseAsyncApi,
  problemText,
  sampleInstance,
  sampleXml,
  validateDcatAp,
  xmllintVerdicts,
  xsdOf,
} from './validators.js';
import { parse as parseYaml } from 'yaml';

const EVALUATION_DATE = '2026-11-27';

function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
    .sort();
}

describe('the specs of examples/mongolia', () => {
  let specs = '';
  let model: SemanticModel;
  let interfaces: Interface[] = [];
  const read = (path: string) => readFileSync(join(specs, path), 'utf8');
  const ofStyle = (style: string) => interfaces.filter((api) => api.style === style);

  beforeAll(async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'gea-specs-')), 'out');
    const result = await buildWorkspace(await loadWorkspace([MONGOLIA_EXAMPLE]), {
      outDir,
      only: ['specs'],
      toolVersion: 'test',
      evaluationDate: EVALUATION_DATE,
    });
    specs = join(outDir, 'specs');
    model = result.compilation.analysis.model;
    interfaces = [...model.interfaces];
  });

  it('writes a folder per interface with the spec of its style, its JSON Schema and its agreement, an agreement per consumption, the catalogue and the open data', () => {
    expect(interfaces).toHaveLength(27);
    const main: Record<string, string> = { rest: 'openapi.yaml', soap: 'service.wsdl', event: 'asyncapi.yaml' };
    const expected = [
      ...interfaces.flatMap((api) => [`${api.id}/${main[api.style!]}`, `${api.id}/schema.json`, `${api.id}/README.md`]),
      ...interfaces.flatMap((api) => api.consumedBy.map((consumes) => `agreements/${consumes.system.id}--${api.id}.md`)),
      'catalog.json',
      'open-data.json',
    ].sort();
    expect(filesBelow(specs)).toEqual(expected);
    expect(ofStyle('rest').length + ofStyle('soap').length + ofStyle('event').length).toBe(27);
  });

  it('writes OpenAPI 3.1 that passes Redocly’s recommended ruleset without an error: one path per operation, its method and parameters', async () => {
    expect(ofStyle('rest').length).toBeGreaterThan(0);
    for (const api of ofStyle('rest')) {
      const text = read(`${api.id}/openapi.yaml`);
      const errors = (await lintOpenApi(text)).filter((problem) => problem.severity === 'error');
      expect(errors.map(problemText), api.id).toEqual([]);
      const document = parseYaml(text);
      expect(document.openapi).toBe('3.1.0');
      expect(document.info.version).toBe(api.version);
      const operations = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) =>
        Object.entries(item),
      );
      expect(operations.map(([, operation]) => operation.operationId).sort(), api.id).toEqual(
        api.operations.map((operation) => operation.name).sort(),
      );
      for (const operation of api.operations) {
        const [method] = operations.find(([, candidate]) => candidate.operationId === operation.name)!;
        expect(method, operation.name).toBe(operation.method!.toLowerCase());
      }
      expect(document['x-gea-provider'].system).toBe(api.provider!.target!.id);
      expect(document['x-gea-consumers']).toHaveLength(api.consumedBy.length);
    }
  });

  it('writes AsyncAPI 3.0 that its parser reads without an error, a channel and a message per event', async () => {
    expect(ofStyle('event').length).toBeGreaterThan(0);
    for (const api of ofStyle('event')) {
      const text = read(`${api.id}/asyncapi.yaml`);
      const { document, diagnostics } = await parseAsyncApi(text);
      expect(asyncApiErrors(diagnostics), api.id).toEqual([]);
      expect(document!.version()).toBe('3.0.0');
      expect(
        document!
          .channels()
          .all()
          .map((channel) => channel.id())
          .sort(),
      ).toEqual(api.events.map((event) => event.name).sort());
      for (const message of document!.messages().all()) {
        const event = api.events.find((candidate) => candidate.name === message.name())!;
        const properties = Object.keys(message.payload()!.properties() ?? {});
        expect(properties, event.name).toEqual(
          exchangeOf(api, model)
            .events.find((each) => each.name === event.name)!
            .payloads[0]!.fields.map((field) => field.name),
        );
      }
    }
  });

  it('writes WSDL 1.1 that the soap client loads, listing every operation with the parts of its input and output', async () => {
    expect(ofStyle('soap').length).toBeGreaterThan(0);
    for (const api of ofStyle('soap')) {
      const description = await describeWsdl(join(specs, api.id, 'service.wsdl'));
      const [port] = Object.values(Object.values(description)[0]!);
      const exchange = exchangeOf(api, model);
      expect(Object.keys(port!).sort(), api.id).toEqual(api.operations.map((operation) => operation.name).sort());
      for (const operation of exchange.operations) {
        const parts = port![operation.name]!;
        const names = (record: Record<string, unknown>) => Object.keys(record).map((name) => name.replace(/\[\]$/, ''));
        expect(names(parts.input), `${api.id} ${operation.name} input`).toEqual(operation.input?.fields.map((field) => field.name) ?? []);
        expect(names(parts.output), `${api.id} ${operation.name} output`).toEqual(
          operation.output?.fields.map((field) => field.name) ?? [],
        );
      }
    }
  });

  it('embeds an XSD that xmllint compiles, which validates each message built from the fields and rejects one missing a key field', () => {
    let rejected = 0;
    for (const api of ofStyle('soap')) {
      const exchange = exchangeOf(api, model);
      const namespace = targetNamespaceOf(exchange);
      const xsd = xsdOf(read(`${api.id}/service.wsdl`));
      const messages = exchange.operations.flatMap((operation) => [
        { element: `${operation.name}Request`, fields: operation.input?.fields ?? [] },
        { element: `${operation.name}Response`, fields: operation.output?.fields ?? [] },
      ]);
      const valid = messages.map((message) => sampleXml(message.element, namespace, message.fields));
      expect(xmllintVerdicts(xsd, valid), api.id).toEqual(valid.map(() => true));
      const withoutKey = messages
        .filter((message) => message.fields.some((field) => field.key))
        .map((message) =>
          sampleXml(
            message.element,
            namespace,
            message.fields.filter((field) => field !== message.fields.find((candidate) => candidate.key)),
          ),
        );
      expect(withoutKey.length, api.id).toBeGreaterThan(0);
      expect(xmllintVerdicts(xsd, withoutKey), api.id).toEqual(withoutKey.map(() => false));
      rejected += withoutKey.length;
    }
    expect(rejected).toBeGreaterThan(20);
  });

  it('writes JSON Schemas that ajv compiles in 2020-12 mode: each message accepts a sample built from its fields and refuses it without a key field', () => {
    const ajv = jsonSchemaValidator();
    let checked = 0;
    for (const api of interfaces) {
      const schema = JSON.parse(read(`${api.id}/schema.json`));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      ajv.addSchema(schema);
      const exchange = exchangeOf(api, model);
      const messages = [
        ...exchange.operations.flatMap((operation) => [
          ...(operation.input ? [{ key: `${operation.name}Request`, fields: operation.input.fields }] : []),
          ...(operation.output ? [{ key: `${operation.name}Response`, fields: operation.output.fields }] : []),
        ]),
        ...exchange.events.map((event) => ({ key: `${event.name}Event`, fields: event.payloads[0]!.fields })),
      ];
      for (const message of messages) {
        const validate = ajv.getSchema(`${schema.$id}#/$defs/${message.key}`)!;
        expect(validate, `${api.id} ${message.key}`).toBeDefined();
        const sample = sampleInstance(message.fields);
        expect(validate(sample), `${api.id} ${message.key}: ${JSON.stringify(validate.errors)}`).toBe(true);
        const key = message.fields.find((field) => field.key);
        if (key) {
          const { [key.name]: _removed, ...withoutKey } = sample;
          expect(validate(withoutKey), `${api.id} ${message.key} without ${key.name}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('writes catalog.json and open-data.json as JSON-LD that expands offline and conforms to the DCAT-AP 3.0 shapes', async () => {
    const catalog = JSON.parse(read('catalog.json'));
    const services = catalog['@graph'].filter((node: { '@type': string }) => node['@type'] === 'dcat:DataService');
    expect(services.map((service: { 'dct:identifier': string }) => service['dct:identifier'])).toEqual(interfaces.map((api) => api.id));
    const citizen = services.find((service: { 'dct:identifier': string }) => service['dct:identifier'] === 'mn.gasr.citizen_info');
    expect(citizen).toMatchObject({ 'dcat:version': '2.3.0', 'gea:style': 'soap', 'gea:platform': { '@id': 'urn:gea:mn.khur' } });
    expect(citizen['gea:consumer']).toHaveLength(15);
    expect(citizen['gea:status'].map((status: Record<string, string>) => `${status['gea:plateau']}:${status['gea:state']}`)).toEqual([
      'current:active',
      'target:active',
    ]);
    const v1 = services.find((service: { 'dct:identifier': string }) => service['dct:identifier'] === 'mn.gasr.citizen_info_v1');
    expect(v1['gea:status'].map((status: Record<string, string>) => status['gea:state'])).toEqual(['deprecated', 'retired']);
    const catalogResult = await validateDcatAp(catalog);
    expect(catalogResult.violations).toEqual([]);
    expect(catalogResult.conforms).toBe(true);

    const openData = JSON.parse(read('open-data.json'));
    const datasets = openData['@graph'].filter((node: { '@type': string }) => node['@type'] === 'dcat:Dataset');
    expect(datasets.map((dataset: { 'dct:identifier': string }) => dataset['dct:identifier'])).toEqual(
      model.data.filter((data) => data.open).map((data) => data.id),
    );
    expect(openData['@graph'].filter((node: { '@type': string }) => node['@type'] === 'dcat:Distribution').length).toBeGreaterThanOrEqual(
      datasets.length,
    );
    const openResult = await validateDcatAp(openData);
    expect(openResult.violations).toEqual([]);
    expect(openResult.conforms).toBe(true);
  });

  it('fails the DCAT-AP shapes when a record loses its title (the check has teeth)', async () => {
    for (const [file, type] of [
      ['catalog.json', 'dcat:DataService'],
      ['open-data.json', 'dcat:Dataset'],
    ] as const) {
      const document = JSON.parse(read(file));
      const record = document['@graph'].find((node: { '@type': string }) => node['@type'] === type);
      delete record['dct:title'];
      const result = await validateDcatAp(document);
      expect(result.conforms, file).toBe(false);
      expect(result.violations.join('\n'), file).toContain('http://purl.org/dc/terms/title');
    }
  });

  it('writes the same bytes on a second build', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'gea-specs-')), 'out');
    await buildWorkspace(await loadWorkspace([MONGOLIA_EXAMPLE]), {
      outDir,
      only: ['specs'],
      toolVersion: 'test',
      evaluationDate: EVALUATION_DATE,
    });
    const again = join(outDir, 'specs');
    const files = filesBelow(specs);
    expect(filesBelow(again)).toEqual(files);
    for (const file of files) expect(readFileSync(join(again, file), 'utf8'), file).toBe(read(file));
  });
});
