// JSON Schema from data asset fields: one schema per data asset (all its fields) and one per
// message (the fields it carries), with `required` from the key fields (OUTPUTS.md), names in
// every locale, and `x-gea-personal` / `x-gea-sensitive` on every field. The same mapping serves
// schema.json (2020-12, `#/$defs/`), OpenAPI 3.1 and AsyncAPI (`#/components/schemas/`).
import { heldPrivacy, type Data, type Field, type SemanticModel } from '@gea-arch/core';
import type { SpecContext } from './context.js';
import { privacyOf, type Exchange, type Message } from './exchange.js';
import { byLocale, descriptionIn, nameIn } from './locales.js';
import { encodeUriPart, KeyRegistry } from './names.js';

export type JsonSchema = { [keyword: string]: unknown };

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export interface SchemaContext {
  readonly model: SemanticModel;
  readonly locale: string;
  readonly locales: readonly string[];
  /** Where the schemas of data assets live: `#/$defs/` or `#/components/schemas/`. */
  readonly refBase: string;
  /**
   * `sibling` writes `$ref` beside a field's title and flags (2020-12, OpenAPI 3.1); `allOf` wraps
   * it, for dialects where keywords beside `$ref` are ignored (AsyncAPI's draft-07 schemas).
   */
  readonly refStyle: 'sibling' | 'allOf';
  readonly keys: KeyRegistry;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  csv: 'text/csv',
  binary: 'application/octet-stream',
};

/** The key of a data asset's schema among the components (or `$defs`). */
export function dataKey(data: Data, context: SchemaContext): string {
  return context.keys.key('data', data.id);
}

export function fieldSchema(field: Field, context: SchemaContext): JsonSchema {
  const { personal, sensitive } = privacyOf(field);
  const annotations: JsonSchema = {
    title: field.label ?? field.name,
    ...(field.label !== undefined ? { 'x-gea-titles': { [context.model.defaultLocale]: field.label } } : {}),
    ...(field.key ? { 'x-gea-key': true } : {}),
    'x-gea-personal': personal,
    'x-gea-sensitive': sensitive,
  };
  const item = valueSchema(field, context);
  const typed = field.type.list ? { type: 'array', items: item } : item;
  if ('$ref' in typed && context.refStyle === 'allOf') return { allOf: [typed], ...annotations };
  return { ...typed, ...annotations };
}

function valueSchema(field: Field, context: SchemaContext): JsonSchema {
  const data = field.type.data?.target;
  if (data) return { $ref: `${context.refBase}${dataKey(data, context)}` };
  switch (field.type.primitive) {
    case 'integer':
      return { type: 'integer' };
    case 'decimal':
      // A JSON number is exact decimal text; `decimal` (OpenAPI format registry) tells readers to keep it so.
      return { type: 'number', format: 'decimal' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'binary': {
      const mediaType = field.data.format ? MEDIA_TYPES[field.data.format] : undefined;
      return { type: 'string', contentEncoding: 'base64', ...(mediaType ? { contentMediaType: mediaType } : {}) };
    }
    default:
      // `string`, and a type whose reference did not resolve (reported by the rules).
      return { type: 'string' };
  }
}

/**
 * Whether a message or instance must hold the field: its key fields (OUTPUTS.md: "required = key
 * fields", decision 0048); the agreements' field tables say which fields are `optional`.
 */
export function isRequired(field: Field): boolean {
  return field.key;
}

/** An object schema of some of a data asset's fields. */
export function objectSchema(data: Data | undefined, fields: readonly Field[], context: SchemaContext, extra: JsonSchema = {}): JsonSchema {
  const required = fields.filter(isRequired).map((field) => field.name);
  return {
    type: 'object',
    ...(data ? dataAnnotations(data, context) : {}),
    ...extra,
    properties: Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, context)])),
    ...(required.length > 0 ? { required } : {}),
  };
}

function dataAnnotations(data: Data, context: SchemaContext): JsonSchema {
  const { model, locale } = context;
  const description = descriptionIn(data, locale, model);
  const titles = byLocale(data.names, context.locales);
  const descriptions = byLocale(data.descriptions, context.locales);
  return {
    title: nameIn(data, locale, model),
    ...(description !== undefined ? { description } : {}),
    ...(titles ? { 'x-gea-titles': titles } : {}),
    ...(descriptions ? { 'x-gea-descriptions': descriptions } : {}),
    'x-gea-data': data.id,
    'x-gea-classification': data.classification,
    'x-gea-privacy': heldPrivacy(data),
    ...(Object.keys(data.meta).length > 0 ? { 'x-gea-meta': { ...data.meta } } : {}),
  };
}

/** The schema of a whole data asset. */
export function dataSchema(data: Data, context: SchemaContext): JsonSchema {
  return objectSchema(data, data.fields, context);
}

/** The schema of one message: just the fields it carries. */
export function messageSchema(message: Message, context: SchemaContext, carrier: string): JsonSchema {
  return objectSchema(message.data, message.fields, context, { 'x-gea-carrier': carrier });
}

/** The schemas of an exchange's messages and data assets, by key, messages first. */
export function exchangeSchemas(exchange: Exchange, context: SchemaContext, messageKeys: MessageKeys): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const operation of exchange.operations) {
    if (operation.input) schemas[messageKeys.input(operation.name)] = messageSchema(operation.input, context, operation.name);
    if (operation.output) schemas[messageKeys.output(operation.name)] = messageSchema(operation.output, context, operation.name);
  }
  for (const event of exchange.events) schemas[messageKeys.event(event.name)] = eventSchema(event.payloads, context, event.name);
  for (const data of exchange.data) schemas[dataKey(data, context)] = dataSchema(data, context);
  return schemas;
}

/**
 * An event's payload: its one message, or an object holding each of several under its data asset's
 * name (its full name where two assets share one). Payloads of one asset are one message with the
 * fields of each, so that none is lost under a name given twice.
 */
export function eventSchema(payloads: readonly Message[], context: SchemaContext, event: string): JsonSchema {
  const messages = payloadsByData(payloads);
  if (messages.length === 1) return messageSchema(messages[0]!, context, event);
  const localNames = messages.map(payloadName);
  const properties: Record<string, JsonSchema> = {};
  messages.forEach((message, index) => {
    const shared = localNames.indexOf(localNames[index]!) !== localNames.lastIndexOf(localNames[index]!);
    properties[shared ? (message.data?.id ?? message.payload.data.text) : localNames[index]!] = messageSchema(message, context, event);
  });
  return { type: 'object', 'x-gea-carrier': event, properties, required: Object.keys(properties) };
}

function payloadName(message: Message): string {
  return message.data?.localName ?? message.payload.data.text;
}

/** The payloads of an event, those of one data asset joined into one message with the fields of each, in order, each once. */
export function payloadsByData(payloads: readonly Message[]): Message[] {
  const joined = new Map<Data | string, Message>();
  for (const message of payloads) {
    const asset = message.data ?? message.payload.data.text;
    const earlier = joined.get(asset);
    if (!earlier) joined.set(asset, message);
    else joined.set(asset, { ...earlier, fields: [...new Set([...earlier.fields, ...message.fields])] });
  }
  return [...joined.values()];
}

/** The keys of message schemas: `<operation>Request`, `<operation>Response`, `<event>`. */
export interface MessageKeys {
  input(operation: string): string;
  output(operation: string): string;
  event(event: string): string;
}

/** Message keys drawn from the context's registry, so they never take a data asset's key. */
export function messageKeysOf(context: SchemaContext): MessageKeys {
  return {
    input: (operation) => context.keys.key('input', `${operation}Request`),
    output: (operation) => context.keys.key('output', `${operation}Response`),
    event: (event) => context.keys.key('event', `${event}Event`),
  };
}

/** schema.json: every message and data asset of the interface under `$defs`. */
export function interfaceJsonSchema(exchange: Exchange, spec: SpecContext): JsonSchema {
  const { model, locale, locales } = spec;
  const context: SchemaContext = { model, locale, locales, refBase: '#/$defs/', refStyle: 'sibling', keys: new KeyRegistry() };
  const { api } = exchange;
  // Data assets take their keys first, so that message keys give way to them and never the reverse.
  for (const data of exchange.data) dataKey(data, context);
  const description = descriptionIn(api, locale, model);
  const titles = byLocale(api.names, locales);
  const descriptions = byLocale(api.descriptions, locales);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `urn:gea:schema:${encodeUriPart(api.id)}:${encodeUriPart(api.version ?? '0')}`,
    title: nameIn(api, locale, model),
    ...(description !== undefined ? { description } : {}),
    ...(titles ? { 'x-gea-titles': titles } : {}),
    ...(descriptions ? { 'x-gea-descriptions': descriptions } : {}),
    'x-gea-interface': api.id,
    ...(api.version !== undefined ? { 'x-gea-version': api.version } : {}),
    ...(Object.keys(api.meta).length > 0 ? { 'x-gea-meta': { ...api.meta } } : {}),
    $defs: exchangeSchemas(exchange, context, messageKeysOf(context)),
  };
}
