// An interface's description in a locale other than the spec's and the default one still reaches
// its specs: in the first locale (in code order) it has one in, and every locale's description as
// `x-gea-descriptions` in the OpenAPI and AsyncAPI `info` (as data assets carry theirs), schema.json
// and the catalogue, a locale no element is named in among them.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';

const MODEL = `
agency a "A" { kind agency }
data d "D" { owner a field id string "ID" key }
system s "S" { owner a masters d }
interface api "API" { name en "API" description ru "Возвращает D." description en "Returns D by id." provider s style rest version "1.0.0" auth none
  operation get { method GET path "/d/{id}" input d { id } output d } }
interface feed "Feed" { description en "Tells when D changes." provider s style event version "1.0.0" auth none event changed { payload d } }
`;

async function files(locale: string) {
  const { model } = await analyze(MODEL, { defaultLocale: 'mn' });
  return buildSpecs(model, { locale, evaluationDate: '2026-06-01' });
}

describe('an interface’s descriptions', () => {
  it('fall back to the first locale in code order that has one, where neither the spec’s locale nor the default has one', async () => {
    const mn = await files('mn');
    expect(parseYaml(mn.get('api/openapi.yaml')!).info.description).toBe('Returns D by id.');
    expect(mn.get('api/README.md')).toContain('\nReturns D by id.\n');
    expect(parseYaml(mn.get('feed/asyncapi.yaml')!).info.description).toBe('Tells when D changes.');
    expect(JSON.parse(mn.get('api/schema.json')!).description).toBe('Returns D by id.');
    // The spec's own locale first.
    expect(parseYaml((await files('ru')).get('api/openapi.yaml')!).info.description).toMatch(/^Возвращает D\./);
  });

  it('are all in the OpenAPI and AsyncAPI info as x-gea-descriptions, and in schema.json', async () => {
    const mn = await files('mn');
    expect(parseYaml(mn.get('api/openapi.yaml')!).info['x-gea-descriptions']).toEqual({ en: 'Returns D by id.', ru: 'Возвращает D.' });
    expect(parseYaml(mn.get('feed/asyncapi.yaml')!).info['x-gea-descriptions']).toEqual({ en: 'Tells when D changes.' });
    expect(JSON.parse(mn.get('api/schema.json')!)['x-gea-descriptions']).toEqual({ en: 'Returns D by id.', ru: 'Возвращает D.' });
    const service = JSON.parse(mn.get('catalog.json')!)['@graph'].find(
      (node: { 'dct:identifier'?: string }) => node['dct:identifier'] === 'api',
    );
    expect(service['dct:description']).toEqual([
      { '@language': 'en', '@value': 'Returns D by id.' },
      { '@language': 'ru', '@value': 'Возвращает D.' },
    ]);
  });
});
