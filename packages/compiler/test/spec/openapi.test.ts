// OpenAPI 3.1 for `rest` interfaces: paths and parameters from the written path, the input as
// query parameters or the request body, responses and errors, servers from the platform,
// security from `auth`, the model's facts as x-gea-*; Redocly's recommended rules find no error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze, EVERY_CONSTRUCT } from '@gea-arch/fixtures';
import { specContext } from '../../src/spec/context.js';
import { exchangeOf } from '../../src/spec/exchange.js';
import { openApiYaml } from '../../src/spec/openapi.js';
import { parseWrittenPath } from '../../src/spec/rest-routes.js';
import { lintOpenApi, problemText } from './validators.js';

const MODEL = `
law pdp_law "Хувь хүний мэдээлэл хамгаалах тухай хууль" { name en "Law on Personal Data Protection" }
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency }
agency sia "Даатгал" { kind agency }
platform khur "ХУР" { kind exchange operator ndc url "https://khur.gov.mn/" sla { availability 99.9% } }
data fine "Торгууль" { owner ndc kind registry field fine_id string key field plate_no string field amount decimal field paid boolean optional }
system police "Цагдаа" { owner ndc masters fine }
system insurer "Даатгагч" {
  owner sia
  consumes fines { purpose "Даатгалын үнэлгээ" legal-basis pdp_law "8.1" agreement "ХТ-1" consent otp from target }
}
interface fines "Торгуулийн API" {
  name en "Fines API"
  provider police
  via khur
  style rest
  version "1.4.0"
  classification restricted
  legal-basis pdp_law "9"
  consent otp, dan
  auth token
  sla { availability 99.5% latency 800ms throughput 50/s support "08:00-18:00" }
  operation get_fine { method GET path "/fines/{fine_id}" input fine { fine_id } output fine }
  operation unpaid { method GET path "/vehicles/{plate_no}/fines?paid=false&limit=10" input fine { plate_no } output fine { fine_id, amount } }
  operation search { method GET path "/fines?plate={plate_no}" input fine { plate_no, amount } output fine { fine_id } }
  operation record { method POST path "/fines" input fine output fine { fine_id } }
  operation cancel { method DELETE path "/fines/{fine_id}" input fine { fine_id } }
}
interface open_fines "Нээлттэй" { provider police style rest version "1" auth none operation list { method GET path "/stats" output fine { fine_id } } }
`;

async function openApiOf(source: string, id: string) {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  const api = model.interfaces.find((candidate) => candidate.id === id)!;
  const text = openApiYaml(exchangeOf(api, model), specContext(model, 'mn', '2026-06-01'));
  return { text, document: parseYaml(text) };
}

describe('parseWrittenPath', () => {
  it('splits a written path into the path, its template names and its query, fixed or from a field', () => {
    expect(parseWrittenPath('/addresses/{address_id}')).toEqual({
      path: '/addresses/{address_id}',
      templateNames: ['address_id'],
      query: [],
    });
    expect(parseWrittenPath('/addresses?postcode={postcode}')).toEqual({
      path: '/addresses',
      templateNames: [],
      query: [{ name: 'postcode', field: 'postcode' }],
    });
    expect(parseWrittenPath('/vehicles/{plate_no}/fines?paid=false&{year}')).toEqual({
      path: '/vehicles/{plate_no}/fines',
      templateNames: ['plate_no'],
      query: [
        { name: 'paid', value: 'false' },
        { name: 'year', field: 'year' },
      ],
    });
    expect(parseWrittenPath('people')).toMatchObject({ path: '/people' });
  });
});

describe('OpenAPI 3.1', () => {
  it('passes Redocly’s recommended rules without an error, for a full interface, an open one, and every construct of the language', async () => {
    for (const id of ['fines', 'open_fines']) {
      const { text } = await openApiOf(MODEL, id);
      expect((await lintOpenApi(text)).filter((problem) => problem.severity === 'error').map(problemText), id).toEqual([]);
    }
    const { text } = await openApiOf(readFileSync(EVERY_CONSTRUCT, 'utf8'), 'mn.tour.lookup');
    expect((await lintOpenApi(text)).filter((problem) => problem.severity === 'error').map(problemText)).toEqual([]);
  });

  it('makes one path per operation with its method, path parameters from {…}, the query of the written path, and the rest of a GET’s input as query parameters', async () => {
    const { document } = await openApiOf(MODEL, 'fines');
    expect(Object.keys(document.paths)).toEqual(['/fines/{fine_id}', '/vehicles/{plate_no}/fines', '/fines']);
    expect(Object.keys(document.paths['/fines/{fine_id}'])).toEqual(['get', 'delete']);
    expect(Object.keys(document.paths['/fines'])).toEqual(['get', 'post']);
    const parameters = (path: string, method: string) =>
      document.paths[path][method].parameters.map(
        (parameter: any) =>
          `${parameter.in}:${parameter.name}:${parameter.required}:${JSON.stringify(parameter.schema.enum ?? parameter.schema.type)}`,
      );
    expect(parameters('/fines/{fine_id}', 'get')).toEqual(['path:fine_id:true:"string"']);
    expect(parameters('/vehicles/{plate_no}/fines', 'get')).toEqual([
      'path:plate_no:true:"string"',
      'query:paid:true:[false]',
      'query:limit:true:[10]',
    ]);
    expect(parameters('/fines', 'get')).toEqual(['query:plate:false:"string"', 'query:amount:false:"number"']);
  });

  it('keeps one parameter per name and place when the written path names one twice', async () => {
    const twice = MODEL.replace('path "/fines?plate={plate_no}"', 'path "/fines?amount={plate_no}&plate_no=x"');
    const { text, document } = await openApiOf(twice, 'fines');
    expect(document.paths['/fines'].get.parameters.map((parameter: any) => `${parameter.in}:${parameter.name}`)).toEqual([
      'query:amount',
      'query:plate_no',
    ]);
    expect((await lintOpenApi(text)).filter((problem) => problem.severity === 'error').map(problemText)).toEqual([]);
  });

  it('sends a POST’s input as the request body and answers with the output, or 204 where there is none', async () => {
    const { document } = await openApiOf(MODEL, 'fines');
    const post = document.paths['/fines'].post;
    expect(post.parameters).toBeUndefined();
    expect(post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/recordRequest' } } },
    });
    expect(post.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/recordResponse' });
    expect(Object.keys(document.components.schemas.recordRequest.properties)).toEqual(['fine_id', 'plate_no', 'amount', 'paid']);
    expect(Object.keys(document.paths['/fines/{fine_id}'].delete.responses)).toEqual(['204', '400', '401', '403', '404', '429', '500']);
  });

  it('answers with the errors a caller meets: 401 and 403 behind authentication, 404 for a key in the path, 429 under a throughput limit, as problem details', async () => {
    const { document } = await openApiOf(MODEL, 'fines');
    expect(Object.keys(document.paths['/fines'].get.responses)).toEqual(['200', '400', '401', '403', '429', '500']);
    expect(document.components.responses.NotFound.content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    const open = (await openApiOf(MODEL, 'open_fines')).document;
    expect(Object.keys(open.paths['/stats'].get.responses)).toEqual(['200', '400', '500']);
  });

  it('takes servers from the platform, security from auth and the version from the interface', async () => {
    const { document } = await openApiOf(MODEL, 'fines');
    expect(document.info).toMatchObject({ title: 'Торгуулийн API', version: '1.4.0', description: 'Бусад нэр: en: Fines API' });
    expect(document.servers).toEqual([{ url: 'https://khur.gov.mn', description: 'ХУР', 'x-gea-address': 'https://khur.gov.mn' }]);
    expect(document.security).toEqual([{ bearerToken: [] }]);
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const open = (await openApiOf(MODEL, 'open_fines')).document;
    expect(open.security).toEqual([]);
    expect(open.servers[0]).toMatchObject({ url: '/', 'x-gea-address': 'urn:gea:police:open_fines' });
    // Open by `auth none`, or silent on it: `x-gea-auth` tells the two apart.
    expect(open['x-gea-auth']).toBe('none');
    const unstated = (await openApiOf(MODEL.replace('auth none', ''), 'open_fines')).document;
    expect([unstated.security, 'x-gea-auth' in unstated]).toEqual([[], false]);
    const mtls = (await openApiOf(MODEL.replace('auth token', 'auth mtls'), 'fines')).document;
    expect(mtls.components.securitySchemes).toEqual({
      mutualTLS: { type: 'mutualTLS', description: 'харилцан TLS (хэрэглэгчийн гэрчилгээ)' },
    });
  });

  it('carries the provider, platform, classification, personal fields, legal basis, consent, SLA, signature, consumers and status as x-gea-*', async () => {
    const { document } = await openApiOf(MODEL, 'fines');
    expect(document).toMatchObject({
      'x-gea-interface': 'fines',
      'x-gea-provider': { system: 'police', agency: 'ndc' },
      'x-gea-platform': { id: 'khur' },
      'x-gea-classification': 'restricted',
      'x-gea-legal-basis': [{ law: 'pdp_law', article: '9' }],
      'x-gea-consent': ['otp', 'dan'],
      'x-gea-auth': 'token',
      'x-gea-sla': { availability: 99.5, latencyMs: 800, throughput: '50/s', support: '08:00-18:00' },
      'x-gea-consumers': [
        { system: 'insurer', agency: 'sia', purpose: 'Даатгалын үнэлгээ', agreement: 'ХТ-1', consent: ['otp'], plateaus: ['target'] },
      ],
      'x-gea-status': { current: 'active', target: 'active' },
    });
    const signed = (await openApiOf(MODEL.replace('auth token', 'auth token\n  signature { level qualified format JAdES }'), 'fines'))
      .document;
    expect(signed['x-gea-signature']).toEqual({ level: 'qualified', format: 'JAdES' });
  });

  it('keys components in the characters OpenAPI allows, transliterating Cyrillic names', async () => {
    const cyrillic = `
agency яам "Яам" { kind agency }
data иргэн "Иргэн" { owner яам kind registry field регистр string key field хаяг хаяг_сан }
data хаяг_сан "Хаяг" { owner яам kind dataset field код string key }
system бүртгэл "Бүртгэл" { owner яам masters иргэн, хаяг_сан }
interface лавлагаа "Лавлагаа" { provider бүртгэл style rest version "1" auth token operation авах { method GET path "/иргэд/{регистр}" input иргэн { регистр } output иргэн } }
`;
    const { text, document } = await openApiOf(cyrillic, 'лавлагаа');
    expect(Object.keys(document.components.schemas).sort()).toEqual(['Problem', 'avakhResponse', 'khayag_san']);
    expect(document.paths['/иргэд/{registr}'].get).toMatchObject({
      operationId: 'avakh',
      parameters: [{ name: 'registr', in: 'path', schema: { title: 'регистр' } }],
    });
    expect((await lintOpenApi(text)).filter((problem) => problem.severity === 'error').map(problemText)).toEqual([]);
  });
});

describe('OpenAPI for YAML 1.1 readers', () => {
  it('quotes every string YAML 1.1 would read as something else, so PyYAML-based validators read the same document', async () => {
    const tricky = ['No', 'on', 'yes', 'y', '12:30', '2026-01-01', '1_000', '0b101', '<<', '=', '~', '0x1F', '010'];
    const fields = tricky.map((label, index) => `field f${index} string "${label}"`).join(' ');
    const { text } = await openApiOf(
      `agency a "А" { kind agency }
data d "Д" { owner a field id string key ${fields} }
system s "С" { owner a masters d }
interface api "API" { provider s style rest version "1.0" auth none meta { since "2026-01-01" flag "yes" } sla { support "12:30" }
  operation get { method GET path "/d/{id}" input d { id } output d } }`,
      'api',
    );
    const asRead = (version: '1.1' | '1.2') => parseYaml(text, { version });
    expect(asRead('1.1')).toEqual(asRead('1.2'));
    const schemas = asRead('1.1').components.schemas as Record<string, { properties?: Record<string, { title: unknown }> }>;
    const titles = Object.values(Object.values(schemas).find((schema) => schema.properties?.f0)!.properties!).map((p) => p.title);
    expect(titles).toEqual(['id', ...tricky]);
  });
});
