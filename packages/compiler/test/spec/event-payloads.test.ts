// An event may name `payload` more than once (docs/language.md): two payloads of one data asset are
// one message with the fields of both, and two assets that share a local name (in two namespaces)
// each keep their place, under their full names; the AsyncAPI still parses and every field given
// reaches schema.json and the AsyncAPI.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import { asyncApiErrors, jsonSchemaValidator, parseAsyncApi } from './validators.js';

const FILES = {
  'a.gea': `namespace reg
agency x "X"
data person "Иргэн" { owner x field id string "РД" key field name string "Нэр" optional field born date "Төрсөн" optional }
system s "S" { owner x masters person }
interface feed "Мэдээ" { provider s style event version "1.0.0"
  event born { payload person { id } payload person { born, id } }
  event both { payload person { name } payload tax.person { tin } }
}`,
  'b.gea': `namespace tax
agency y "Y"
data person "Татвар төлөгч" { owner y field tin string "ТТД" key }
system t "T" { owner y masters person }`,
};

async function bundle() {
  const { model } = await analyze(FILES, { defaultLocale: 'mn' });
  return buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' });
}

describe('an event with several payloads', () => {
  it('joins the payloads of one asset into one message with every field given, each once', async () => {
    const files = await bundle();
    const schema = JSON.parse(files.get('reg.feed/schema.json')!);
    expect(Object.keys(schema.$defs.bornEvent.properties)).toEqual(['id', 'born']);
    expect(schema.$defs.bornEvent.required).toEqual(['id']);
    const asyncApi = parseYaml(files.get('reg.feed/asyncapi.yaml')!);
    expect(Object.keys(asyncApi.components.schemas.bornEvent.properties)).toEqual(['id', 'born']);
    expect(asyncApi.components.messages.born['x-gea-data']).toBe('reg.person');
  });

  it('keeps two assets that share a local name apart, under their full names', async () => {
    const files = await bundle();
    const schema = JSON.parse(files.get('reg.feed/schema.json')!);
    const both = schema.$defs.bothEvent;
    expect(Object.keys(both.properties)).toEqual(['reg.person', 'tax.person']);
    expect(Object.keys(both.properties['reg.person'].properties)).toEqual(['name']);
    expect(Object.keys(both.properties['tax.person'].properties)).toEqual(['tin']);
    const validate = jsonSchemaValidator().addSchema(schema).getSchema(`${schema.$id}#/$defs/bothEvent`)!;
    expect(validate({ 'reg.person': { name: 'Бат' }, 'tax.person': { tin: '123' } }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ 'reg.person': { name: 'Бат' }, 'tax.person': {} })).toBe(false);
  });

  it('writes an AsyncAPI the parser accepts', async () => {
    const { diagnostics } = await parseAsyncApi((await bundle()).get('reg.feed/asyncapi.yaml')!);
    expect(asyncApiErrors(diagnostics)).toEqual([]);
  });
});
