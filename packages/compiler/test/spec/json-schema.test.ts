// JSON Schema from data asset fields: the type of each field, lists, references to other assets,
// `required` from the key fields, names in every locale, personal and sensitive
// flags; a message carries just its fields; ajv (2020-12) accepts what the model allows.
import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';
import { specContext } from '../../src/spec/context.js';
import { exchangeOf } from '../../src/spec/exchange.js';
import { interfaceJsonSchema } from '../../src/spec/json-schema.js';
import { jsonSchemaValidator, sampleInstance } from './validators.js';

const MODEL = `
agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency }
data address "Хаяг" { name en "Address" owner ndc kind dataset classification public field code string "Код" key }
data person "Иргэн" {
  name en "Person"
  description "Иргэний бүртгэл"
  description en "The person register"
  owner ndc
  kind registry
  classification restricted
  field register_no string "Регистрийн дугаар" key
  field born date "Төрсөн огноо"
  field updated datetime "Шинэчилсэн"
  field income decimal "Орлого" personal optional
  field children integer
  field alive boolean
  field photo binary
  field diagnosis string sensitive optional
  field home address "Хаяг"
  field previous address[] optional
  field nicknames string[]
}
data scan "Скан" { owner ndc kind document format pdf privacy sensitive field scan_no string key field file binary }
system registry "Бүртгэл" { owner ndc masters person, address, scan }
interface lookup "Лавлагаа" {
  provider registry
  style rest
  version "2.1.0"
  operation get { method GET path "/people/{register_no}" input person { register_no } output person { register_no, home, previous } }
  operation all { method GET path "/people" output person }
  operation scan { method GET path "/scans/{scan_no}" input scan { scan_no } output scan }
}
`;

async function schemaOf(source: string, api = 'lookup', locale = 'mn') {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  const found = model.interfaces.find((candidate) => candidate.id === api)!;
  return { model, api: found, schema: interfaceJsonSchema(exchangeOf(found, model), specContext(model, locale, '2026-06-01')) as any };
}

describe('JSON Schema from fields', () => {
  it('types each field: date and datetime as formats, decimal as a number, binary as base64, lists as arrays, other assets by $ref', async () => {
    const { schema } = await schemaOf(MODEL);
    const person = schema.$defs['person'];
    const types = Object.fromEntries(
      Object.entries(person.properties as Record<string, Record<string, unknown>>).map(([name, property]) => {
        const {
          title: _title,
          'x-gea-titles': _titles,
          'x-gea-key': _key,
          'x-gea-personal': _personal,
          'x-gea-sensitive': _sensitive,
          ...type
        } = property;
        return [name, type];
      }),
    );
    expect(types).toEqual({
      register_no: { type: 'string' },
      born: { type: 'string', format: 'date' },
      updated: { type: 'string', format: 'date-time' },
      income: { type: 'number', format: 'decimal' },
      children: { type: 'integer' },
      alive: { type: 'boolean' },
      photo: { type: 'string', contentEncoding: 'base64' },
      diagnosis: { type: 'string' },
      home: { $ref: '#/$defs/address' },
      previous: { type: 'array', items: { $ref: '#/$defs/address' } },
      nicknames: { type: 'array', items: { type: 'string' } },
    });
    expect(schema.$defs['scan'].properties.file).toMatchObject({
      type: 'string',
      contentEncoding: 'base64',
      contentMediaType: 'application/pdf',
    });
  });

  it('requires the key fields (OUTPUTS.md: required = key fields)', async () => {
    const { schema } = await schemaOf(MODEL);
    expect(schema.$defs['person'].required).toEqual(['register_no']);
    expect(schema.$defs['getRequest'].required).toEqual(['register_no']);
    expect(schema.$defs['getResponse'].required).toEqual(['register_no']);
    expect(schema.$defs['scanResponse']?.required ?? schema.$defs['scan'].required).toEqual(['scan_no']);
  });

  it('gives a message just the fields it carries, and keeps the assets its fields refer to', async () => {
    const { schema } = await schemaOf(MODEL);
    expect(Object.keys(schema.$defs)).toEqual([
      'getRequest',
      'getResponse',
      'allResponse',
      'scanRequest',
      'scanResponse',
      'person',
      'scan',
      'address',
    ]);
    expect(Object.keys(schema.$defs['getResponse'].properties)).toEqual(['register_no', 'home', 'previous']);
    expect(schema.$defs['getResponse']).toMatchObject({ type: 'object', 'x-gea-data': 'person', 'x-gea-carrier': 'get' });
    expect(Object.keys(schema.$defs['allResponse'].properties)).toHaveLength(11);
    expect(schema.$defs['address'].properties.code['x-gea-key']).toBe(true);
  });

  it('names every asset in the chosen locale, with every locale’s names and descriptions alongside; labels fields', async () => {
    const mn = (await schemaOf(MODEL)).schema;
    expect(mn).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Лавлагаа',
      'x-gea-interface': 'lookup',
      'x-gea-version': '2.1.0',
    });
    expect(mn.$defs['person']).toMatchObject({
      title: 'Иргэн',
      description: 'Иргэний бүртгэл',
      'x-gea-titles': { mn: 'Иргэн', en: 'Person' },
      'x-gea-descriptions': { mn: 'Иргэний бүртгэл', en: 'The person register' },
      'x-gea-classification': 'restricted',
      // none declared, but a field is flagged sensitive (LANGUAGE.md: the asset counts as holding personal data)
      'x-gea-privacy': 'sensitive',
    });
    expect(mn.$defs['person'].properties.register_no).toMatchObject({
      title: 'Регистрийн дугаар',
      'x-gea-titles': { mn: 'Регистрийн дугаар' },
    });
    expect(mn.$defs['person'].properties.children.title).toBe('children');
    const en = (await schemaOf(MODEL, 'lookup', 'en')).schema;
    expect(en.$defs['person']).toMatchObject({ title: 'Person', description: 'The person register' });
  });

  it('flags every field personal and sensitive: by its own flags, or by its asset’s privacy', async () => {
    const { schema } = await schemaOf(MODEL);
    const flags = (asset: string) =>
      Object.fromEntries(
        Object.entries(schema.$defs[asset].properties as Record<string, Record<string, unknown>>).map(([name, property]) => [
          name,
          `${property['x-gea-personal']}/${property['x-gea-sensitive']}`,
        ]),
      );
    expect(flags('person')).toMatchObject({ register_no: 'false/false', income: 'true/false', diagnosis: 'true/true' });
    expect(flags('scan')).toEqual({ scan_no: 'true/true', file: 'true/true' });
  });

  it('compiles in ajv’s 2020-12 mode, accepts a sample built from the fields and refuses one without its key or with a wrong type', async () => {
    const { model, schema } = await schemaOf(MODEL);
    const ajv = jsonSchemaValidator();
    ajv.addSchema(schema);
    const person = model.data.find((data) => data.id === 'person')!;
    const validate = ajv.getSchema(`${schema.$id}#/$defs/person`)!;
    const sample = sampleInstance(person.fields);
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const { register_no: _key, ...withoutKey } = sample;
    expect(validate(withoutKey)).toBe(false);
    expect(validate({ ...sample, born: 'yesterday' })).toBe(false);
    expect(validate({ ...sample, previous: { code: 'x' } })).toBe(false);
    expect(validate({ ...sample, home: {} })).toBe(false);
    const { income: _optional, ...withoutOptional } = sample;
    expect(validate(withoutOptional)).toBe(true);
  });
});
