// Where an interface is reached: the platform's `url` when the interface's style can be reached at
// it (http(s) for REST, SOAP and GraphQL; any URL such as `amqps://…` for events), else the URN of
// whoever assigns the address — in the AsyncAPI server, the OpenAPI server, the SOAP address, the
// agreement and the catalogue alike.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import { asyncApiErrors, parseAsyncApi } from './validators.js';

const MODEL = `
agency a "A" { kind agency }
platform mq "MQ" { kind exchange operator a url "amqps://mq.example.mn:5671/vhost" }
platform broker "Broker" { kind exchange operator a url "kafka://kafka.example.mn:9093" }
data d "D" { owner a field id string "ID" key }
system s "S" { owner a masters d }
interface e1 "E1" { provider s via mq style event version "1.0.0" auth mtls event ev { payload d } }
interface e2 "E2" { provider s via broker style event version "1.0.0" auth none event ev { payload d } }
interface r1 "R1" { provider s via mq style rest version "1.0.0" auth none operation get { method GET path "/d/{id}" input d { id } output d } }
interface w1 "W1" { provider s via mq style soap version "1.0.0" auth none operation Get { input d { id } output d } }
`;

async function bundle() {
  const { model } = await analyze(MODEL, { defaultLocale: 'en' });
  return buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' });
}

describe('the address of an interface', () => {
  it('is a non-HTTP platform URL for an event interface: the AsyncAPI server takes its host, path and protocol', async () => {
    const files = await bundle();
    const text = files.get('e1/asyncapi.yaml')!;
    expect(parseYaml(text).servers).toEqual({
      mq: {
        host: 'mq.example.mn:5671',
        protocol: 'amqps',
        pathname: '/vhost',
        title: 'MQ',
        security: [{ $ref: '#/components/securitySchemes/mutualTLS' }],
      },
    });
    expect(asyncApiErrors((await parseAsyncApi(text)).diagnostics)).toEqual([]);
    expect(parseYaml(files.get('e2/asyncapi.yaml')!).servers).toEqual({
      broker: { host: 'kafka.example.mn:9093', protocol: 'kafka', title: 'Broker' },
    });
  });

  it('is that URL in the agreement and the catalogue too, not the URN of who assigns it', async () => {
    const files = await bundle();
    expect(files.get('e1/README.md')).toContain('| Address | `amqps://mq.example.mn:5671/vhost` |');
    const catalog = JSON.parse(files.get('catalog.json')!)['@graph'];
    const endpoint = (id: string) =>
      catalog.find((node: { 'dct:identifier'?: string }) => node['dct:identifier'] === id)['dcat:endpointURL']['@id'];
    expect(endpoint('e1')).toBe('amqps://mq.example.mn:5671/vhost');
    expect(endpoint('e2')).toBe('kafka://kafka.example.mn:9093');
  });

  it('stays the URN for REST and SOAP, which are reached over HTTP, however the platform is reached', async () => {
    const files = await bundle();
    expect(parseYaml(files.get('r1/openapi.yaml')!).servers).toEqual([
      { url: '/', description: 'assigned by MQ', 'x-gea-address': 'urn:gea:mq:r1' },
    ]);
    expect(files.get('w1/service.wsdl')).toContain('<soap:address location="urn:gea:mq:w1"/>');
    expect(files.get('r1/README.md')).toContain('| Address | `urn:gea:mq:r1` — assigned by MQ (`mq`) |');
  });
});
