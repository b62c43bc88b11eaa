// OpenAPI 3.1 for a `rest` interface: an operation per method and path (rest-routes.ts), with path
// and query parameters from the written path (`/addresses/{id}`, `?postcode={postcode}`), the rest of the
// input as query parameters (GET, DELETE) or the request body, the output as the response, the
// errors a caller meets, servers from the platform, security schemes from `auth`, and the model's
// facts as `x-gea-*` extensions.
import type { AuthMethod, Field } from '@gea-arch/core';
import { addressOf } from './address.js';
import type { SpecContext } from './context.js';
import { exchangeSchemas, fieldSchema, isRequired, messageKeysOf, dataKey, type JsonSchema, type SchemaContext } from './json-schema.js';
import { interfaceExtensions } from './extensions.js';
import { referencedData, type Exchange, type OperationMessages } from './exchange.js';
import { apiInfo } from './info.js';
import { nameIn } from './locales.js';
import { KeyRegistry } from './names.js';
import { restRoutes, type RestRoute } from './rest-routes.js';
import { mdParagraph, mdText } from './text-formats.js';
import { yamlDocument } from './yaml-document.js';

export const OPENAPI_VERSION = '3.1.0';

const BODY_METHODS = new Set(['post', 'put', 'patch']);

export function openApiDocument(exchange: Exchange, context: SpecContext): Record<string, unknown> {
  const { api, platform } = exchange;
  const { model, locale, locales, words } = context;
  const schemaContext: SchemaContext = {
    model,
    locale,
    locales,
    refBase: '#/components/schemas/',
    refStyle: 'sibling',
    keys: new KeyRegistry(),
  };
  for (const data of exchange.data) dataKey(data, schemaContext);
  const messageKeys = messageKeysOf(schemaContext);
  const problemKey = schemaContext.keys.key('problem', 'Problem');
  const schemas = exchangeSchemas(exchange, schemaContext, messageKeys);
  const operationIds = new KeyRegistry();
  // The whole data assets that fields refer to; the messages carry the assets' fields themselves.
  const usedSchemas = new Set(
    referencedData(exchange.messages.flatMap((message) => message.fields)).map((data) => dataKey(data, schemaContext)),
  );
  const usedResponses = new Set<string>();
  const paths: Record<string, Record<string, unknown>> = {};
  const { routes, leftOut } = restRoutes(api.operations);
  const entries = new Map(exchange.operations.map((entry) => [entry.operation, entry]));

  for (const route of routes) {
    const entry = entries.get(route.operation)!;
    const { operation, method, written } = route;
    const item = (paths[route.path] ??= {});
    const parameters = parametersOf(entry, route, schemaContext);
    const body = BODY_METHODS.has(method) && entry.input;
    if (body) usedSchemas.add(messageKeys.input(entry.name));
    if (entry.output) usedSchemas.add(messageKeys.output(entry.name));
    const errors = errorResponses(exchange.api.auth, written.templateNames.length > 0, api.sla?.throughput !== undefined);
    errors.forEach((name) => usedResponses.add(name));
    const description = operation.description;
    item[method] = {
      operationId: operationIds.key('operation', operation.name),
      summary: operation.name,
      ...(description !== undefined ? { description: mdParagraph(description) } : {}),
      ...(api.deprecated ? { deprecated: true } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${messageKeys.input(entry.name)}` } } },
            },
          }
        : {}),
      responses: {
        ...(entry.output
          ? {
              '200': {
                description: words.specs.responses.ok({
                  data: mdText(entry.output.data ? nameIn(entry.output.data, locale, model) : entry.output.payload.data.text),
                }),
                content: { 'application/json': { schema: { $ref: `#/components/schemas/${messageKeys.output(entry.name)}` } } },
              },
            }
          : { '204': { description: words.specs.responses.noContent } }),
        ...Object.fromEntries(errors.map((name) => [ERRORS[name].status, { $ref: `#/components/responses/${name}` }])),
      },
      ...(entry.input?.data ? { 'x-gea-input': entry.input.data.id } : {}),
      ...(entry.output?.data ? { 'x-gea-output': entry.output.data.id } : {}),
    };
  }

  const address = addressOf(exchange);
  const serverName = platform ? nameIn(platform, locale, model) : exchange.provider ? nameIn(exchange.provider, locale, model) : undefined;
  const scheme = api.auth !== undefined && api.auth !== 'none' ? SECURITY[api.auth] : undefined;
  return {
    openapi: OPENAPI_VERSION,
    info: { ...apiInfo(api, context), ...licenseOf(exchange) },
    servers: [
      {
        url: address.assigned ? '/' : address.uri,
        ...(serverName !== undefined
          ? { description: address.assigned ? words.specs.technical.addressAssigned({ platform: mdText(serverName) }) : mdText(serverName) }
          : {}),
        'x-gea-address': address.uri,
      },
    ],
    // Without a scheme (`auth none`, or not stated, which `x-gea-auth` tells apart) no requirement: Redocly's
    // `security-defined` wants the root to say so.
    security: scheme ? [{ [scheme.name]: [] }] : [],
    paths,
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(schemas).filter(([key]) => usedSchemas.has(key))),
        ...(usedResponses.size > 0 ? { [problemKey]: { ...PROBLEM, description: words.specs.responses.problem } } : {}),
      },
      ...(usedResponses.size > 0
        ? {
            responses: Object.fromEntries(
              [...usedResponses]
                .sort((a, b) => ERRORS[a as ErrorName].status.localeCompare(ERRORS[b as ErrorName].status))
                .map((name) => [name, errorResponse(name as ErrorName, problemKey, context)]),
            ),
          }
        : {}),
      ...(scheme ? { securitySchemes: { [scheme.name]: { ...scheme.object, description: words.specs.auth[api.auth!] } } } : {}),
    },
    ...interfaceExtensions(exchange, context),
    // Operations with the method and path of an earlier one: named, as the agreement drafts name them.
    ...(leftOut.length > 0 ? { 'x-gea-unmapped-operations': leftOut.map((route) => route.operation.name) } : {}),
    // Events have no place in OpenAPI: named, so a reader knows the interface has them (AsyncAPI would carry them).
    ...(exchange.events.length > 0 ? { 'x-gea-unmapped-events': exchange.events.map((event) => event.name) } : {}),
  };
}

export function openApiYaml(exchange: Exchange, context: SpecContext): string {
  return yamlDocument(openApiDocument(exchange, context));
}

/** The licence of what the interface serves, when all of it is open data under one licence. */
function licenseOf(exchange: Exchange): Record<string, unknown> {
  const carried = [...new Set(exchange.messages.map((message) => message.data))];
  const licenses = new Set(carried.map((data) => data?.open?.license));
  const [license] = licenses;
  if (carried.length === 0 || licenses.size !== 1 || license === undefined) return {};
  if (/^https?:\/\/\S+$/i.test(license)) return { license: { name: license, url: license } };
  return { license: /^[A-Za-z0-9.+-]+$/.test(license) ? { name: license, identifier: license } : { name: license } };
}

/** Path parameters from `{…}`, query parameters from the written query and, for GET and DELETE, from the rest of the input. */
function parametersOf(entry: OperationMessages, route: RestRoute, context: SchemaContext): Record<string, unknown>[] {
  const { written, method } = route;
  const inputFields = entry.input?.fields ?? [];
  const known = [...inputFields, ...(entry.output?.fields ?? [])];
  const fieldNamed = (name: string): Field | undefined => known.find((field) => field.name === name);
  const taken = new Set<string>();
  const parameters: Record<string, unknown>[] = [];
  // OpenAPI allows one parameter per name and place: the first that claims it keeps it.
  const placed = new Set<string>();
  const add = (parameter: { name: string; in: string } & Record<string, unknown>) => {
    if (placed.has(`${parameter.in}:${parameter.name}`)) return;
    placed.add(`${parameter.in}:${parameter.name}`);
    parameters.push(parameter);
  };
  const fromField = (name: string, where: 'path' | 'query', field: Field | undefined, required: boolean) => {
    if (field) taken.add(field.name);
    add({
      name,
      in: where,
      required,
      ...(field?.label !== undefined ? { description: mdText(field.label) } : {}),
      schema: field ? fieldSchema(field, context) : { type: 'string' },
    });
  };
  // Named as the path item names them, each typed by its own field.
  written.templateNames.forEach((name, index) => fromField(route.pathNames[index]!, 'path', fieldNamed(name), true));
  for (const query of written.query) {
    if (query.field !== undefined) {
      const field = fieldNamed(query.field);
      fromField(query.name, 'query', field, field ? isRequired(field) : true);
    } else add({ name: query.name, in: 'query', required: true, schema: fixedValueSchema(query.value ?? '') });
  }
  if (!BODY_METHODS.has(method)) {
    for (const field of inputFields.filter((candidate) => !taken.has(candidate.name)))
      fromField(field.name, 'query', field, isRequired(field));
  }
  return parameters;
}

/** A query parameter the path fixes (`paid=false`): its one value, typed as it reads. */
function fixedValueSchema(value: string): JsonSchema {
  if (value === 'true' || value === 'false') return { type: 'boolean', enum: [value === 'true'] };
  if (/^-?\d+$/.test(value)) return { type: 'integer', enum: [Number(value)] };
  return { type: 'string', enum: [value] };
}

const SECURITY: Readonly<Record<Exclude<AuthMethod, 'none'>, { name: string; object: Record<string, string> }>> = {
  mtls: { name: 'mutualTLS', object: { type: 'mutualTLS' } },
  token: { name: 'bearerToken', object: { type: 'http', scheme: 'bearer' } },
  // Requests signed as RFC 9421 HTTP Message Signatures: OpenAPI has no scheme of its own for them.
  signature: { name: 'signedRequest', object: { type: 'http', scheme: 'signature' } },
};

const ERRORS = {
  BadRequest: { status: '400', words: 'badRequest' },
  Unauthorized: { status: '401', words: 'unauthorized' },
  Forbidden: { status: '403', words: 'forbidden' },
  NotFound: { status: '404', words: 'notFound' },
  TooManyRequests: { status: '429', words: 'tooManyRequests' },
  ServerError: { status: '500', words: 'serverError' },
} as const;
type ErrorName = keyof typeof ERRORS;

/** The errors an operation answers with: always 400 and 500; 401 and 403 behind authentication; 404 for a key in the path; 429 under a throughput limit. */
function errorResponses(auth: AuthMethod | undefined, keyInPath: boolean, throughputLimited: boolean): ErrorName[] {
  return [
    'BadRequest',
    ...(auth !== undefined && auth !== 'none' ? (['Unauthorized', 'Forbidden'] as const) : []),
    ...(keyInPath ? (['NotFound'] as const) : []),
    ...(throughputLimited ? (['TooManyRequests'] as const) : []),
    'ServerError',
  ];
}

function errorResponse(name: ErrorName, problemKey: string, context: SpecContext): Record<string, unknown> {
  return {
    description: context.words.specs.responses[ERRORS[name].words],
    content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${problemKey}` } } },
  };
}

/** RFC 9457 problem details. */
const PROBLEM: JsonSchema = {
  type: 'object',
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri-reference' },
  },
};
