// AsyncAPI 3.0 for an `event` interface: a channel per event, which the provider sends on, with
// its message and the payload schema of the fields it carries; a server where the platform has a
// URL (`amqps://…`, `mqtt://…`, `kafka://…`, `wss://…`), its protocol the URL's scheme; a
// security scheme from `auth`; the model's facts as `x-gea-*` extensions.
import type { AuthMethod } from '@gea-arch/core';
import { addressOf } from './address.js';
import type { SpecContext } from './context.js';
import { dataKey, exchangeSchemas, messageKeysOf, payloadsByData, type SchemaContext } from './json-schema.js';
import { interfaceExtensions } from './extensions.js';
import { referencedData, type Exchange } from './exchange.js';
import { apiInfo } from './info.js';
import { nameIn } from './locales.js';
import { KeyRegistry } from './names.js';
import { mdParagraph, mdText } from './text-formats.js';
import { yamlDocument } from './yaml-document.js';

export const ASYNCAPI_VERSION = '3.0.0';

export function asyncApiDocument(exchange: Exchange, context: SpecContext): Record<string, unknown> {
  const { api, platform } = exchange;
  const { model, locale, locales, words } = context;
  // AsyncAPI schemas are draft-07 at heart: keywords beside `$ref` would be ignored, so fields wrap it.
  const schemaContext: SchemaContext = {
    model,
    locale,
    locales,
    refBase: '#/components/schemas/',
    refStyle: 'allOf',
    keys: new KeyRegistry(),
  };
  for (const data of exchange.data) dataKey(data, schemaContext);
  const messageKeys = messageKeysOf(schemaContext);
  // Only what events carry: operations, if an event interface has any, have no place in AsyncAPI.
  const referenced = referencedData(exchange.events.flatMap((event) => event.payloads.flatMap((payload) => payload.fields)));
  const used = new Set([
    ...exchange.events.map((event) => messageKeys.event(event.name)),
    ...referenced.map((data) => dataKey(data, schemaContext)),
  ]);
  const schemas = Object.fromEntries(
    Object.entries(exchangeSchemas(exchange, schemaContext, messageKeys)).filter(([key]) => used.has(key)),
  );
  const names = new KeyRegistry();
  const scheme = api.auth !== undefined && api.auth !== 'none' ? SECURITY[api.auth] : undefined;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const event of exchange.events) {
    const key = names.key('event', event.name);
    // One asset, given in one payload or several (their fields joined, as in eventSchema).
    const data = payloadsByData(event.payloads).length === 1 ? event.payloads[0]!.data : undefined;
    const title = data ? nameIn(data, locale, model) : event.name;
    messages[key] = {
      name: event.name,
      title: event.name,
      summary: words.specs.responses.event({ data: mdText(title) }),
      ...(event.event.description !== undefined ? { description: mdParagraph(event.event.description) } : {}),
      contentType: 'application/json',
      payload: { $ref: `#/components/schemas/${messageKeys.event(event.name)}` },
      ...(data ? { 'x-gea-data': data.id } : {}),
    };
    channels[key] = {
      address: `${api.id}.${event.name}`,
      title: event.name,
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
    };
    operations[names.key('operation', `send${event.name}`)] = {
      action: 'send',
      channel: { $ref: `#/channels/${key}` },
      summary: event.name,
      messages: [{ $ref: `#/channels/${key}/messages/${key}` }],
      ...(scheme ? { security: [{ $ref: `#/components/securitySchemes/${scheme.name}` }] } : {}),
    };
  }
  const address = addressOf(exchange);
  const url = address.assigned ? undefined : new URL(address.uri);
  const serverKey = platform ? names.key('server', platform.localName) : 'provider';
  return {
    asyncapi: ASYNCAPI_VERSION,
    info: {
      ...apiInfo(api, context),
      ...interfaceExtensions(exchange, context),
      // Request and response operations have no place in AsyncAPI: named, so a reader knows they exist.
      ...(exchange.operations.length > 0 ? { 'x-gea-unmapped-operations': exchange.operations.map((entry) => entry.name) } : {}),
    },
    defaultContentType: 'application/json',
    ...(url
      ? {
          servers: {
            [serverKey]: {
              // AsyncAPI 3.0's server: the host with its port, the protocol as the URL's scheme names it, the path if any.
              host: url.host,
              protocol: url.protocol.replace(/:$/, ''),
              ...(url.pathname !== '' && url.pathname !== '/' ? { pathname: url.pathname } : {}),
              ...(platform ? { title: nameIn(platform, locale, model) } : {}),
              ...(scheme ? { security: [{ $ref: `#/components/securitySchemes/${scheme.name}` }] } : {}),
            },
          },
        }
      : {}),
    channels,
    operations,
    components: {
      schemas,
      messages,
      ...(scheme ? { securitySchemes: { [scheme.name]: { ...scheme.object, description: words.specs.auth[api.auth!] } } } : {}),
    },
  };
}

export function asyncApiYaml(exchange: Exchange, context: SpecContext): string {
  return yamlDocument(asyncApiDocument(exchange, context));
}

const SECURITY: Readonly<Record<Exclude<AuthMethod, 'none'>, { name: string; object: Record<string, string> }>> = {
  mtls: { name: 'mutualTLS', object: { type: 'X509' } },
  token: { name: 'bearerToken', object: { type: 'http', scheme: 'bearer' } },
  // Signed messages: the nearest AsyncAPI has is a scheme of asymmetric keys.
  signature: { name: 'signedMessages', object: { type: 'asymmetricEncryption' } },
};
