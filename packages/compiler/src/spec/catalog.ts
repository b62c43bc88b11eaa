// catalog.json: the service catalogue as DCAT-AP 3.0 `dcat:DataService` records, one per
// interface, each carrying the catalogue's own facts (provider, agency, service code, version,
// style, platform, consumers, status at each plateau) in gea's vocabulary.
import type { Interface } from '@gea-arch/core';
import { addressOf } from './address.js';
import type { SpecContext } from './context.js';
import { accessRights, GraphNodes, idOf, isoDate, jsonLdDocument, languageValues, resource, titles, type JsonLdNode } from './dcat.js';
import { consumptionPlateaus, type Exchange } from './exchange.js';
import { nameIn } from './locales.js';
import { elementIri } from './names.js';
import { jsonDocument } from './text-formats.js';

/** What each style's spec conforms to. */
export const STANDARDS: Readonly<Record<string, string>> = {
  openapi: 'https://spec.openapis.org/oas/v3.1.0',
  asyncapi: 'https://www.asyncapi.com/docs/reference/specification/v3.0.0',
  wsdl: 'http://www.w3.org/TR/2001/NOTE-wsdl-20010315',
  jsonschema: 'https://json-schema.org/draft/2020-12/schema',
};

/** The code a catalogue lists a service under: `meta { service_code "…" }`, else its full name. */
export function serviceCode(api: Interface): string {
  return api.meta['service_code'] ?? api.meta['service-code'] ?? api.id;
}

export interface CatalogEntry {
  readonly exchange: Exchange;
  /** The spec files of the interface, relative to out/specs/. */
  readonly files: readonly string[];
  /** The formats those files are in (`openapi`, `jsonschema`, …). */
  readonly formats: readonly string[];
}

export function dataServiceRecord(entry: CatalogEntry, nodes: GraphNodes, context: SpecContext): JsonLdNode {
  const { exchange } = entry;
  const { api, provider, agency, platform } = exchange;
  const { model, locale, words } = context;
  const description = languageValues(api.descriptions, context.locales);
  const providerName = provider ? nameIn(provider, locale, model) : (api.provider?.text ?? words.specs.notStated);
  return {
    '@id': elementIri(api),
    '@type': 'dcat:DataService',
    'dct:identifier': api.id,
    'dct:title': titles(api, context.locales),
    'dct:description':
      description.length > 0
        ? description
        : {
            '@language': locale,
            '@value': words.specs.catalog.serviceDescription({ api: nameIn(api, locale, model), provider: providerName }),
          },
    'dcat:endpointURL': resource(addressOf(exchange).uri),
    ...(agency ? { 'dct:publisher': nodes.agent(agency) } : {}),
    'dct:accessRights': accessRights(api.classification),
    ...(api.legalBasis.length > 0 ? { 'r5r:applicableLegislation': nodes.legislation(api.legalBasis) } : {}),
    'dct:conformsTo': entry.formats.map((format) => ({ '@id': STANDARDS[format]!, '@type': 'dct:Standard' })),
    ...(api.url !== undefined ? { 'dcat:landingPage': { '@id': api.url, '@type': 'foaf:Document' } } : {}),
    ...(api.tags.length > 0 ? { 'dcat:keyword': [...api.tags] } : {}),
    ...(api.version !== undefined ? { 'dcat:version': api.version } : {}),
    'gea:serviceCode': serviceCode(api),
    ...(api.style ? { 'gea:style': api.style } : {}),
    ...(provider
      ? { 'gea:provider': nodes.element(provider, provider.owner?.target ? { 'gea:owner': idOf(provider.owner.target) } : {}) }
      : {}),
    ...(agency ? { 'gea:agency': idOf(agency) } : {}),
    ...(platform
      ? {
          'gea:platform': nodes.element(
            platform,
            platform.operator?.target ? { 'gea:operator': nodes.agent(platform.operator.target) } : {},
          ),
        }
      : {}),
    'gea:classification': api.classification,
    ...(api.auth !== undefined ? { 'gea:auth': api.auth } : {}),
    ...(api.consent !== undefined ? { 'gea:consent': [...api.consent] } : {}),
    'gea:deprecated': api.deprecated,
    // `meta { key "value" }` as key and value pairs: free keys are no terms of the context.
    ...(Object.keys(api.meta).length > 0
      ? { 'gea:meta': Object.entries(api.meta).map(([key, value]) => ({ 'gea:key': key, 'gea:value': value })) }
      : {}),
    'gea:consumer': exchange.consumptions.map((consumes) => {
      const owner = consumes.system.owner?.target;
      if (owner) nodes.agent(owner);
      return {
        'gea:system': nodes.element(consumes.system, owner ? { 'gea:owner': idOf(owner) } : {}),
        ...(owner ? { 'gea:agency': idOf(owner) } : {}),
        ...(consumes.purpose !== undefined ? { 'gea:purpose': consumes.purpose } : {}),
        ...(consumes.agreement !== undefined ? { 'gea:agreement': consumes.agreement } : {}),
        ...(consumes.legalBasis.length > 0 ? { 'gea:legalBasis': nodes.legislation(consumes.legalBasis) } : {}),
        ...(consumes.consent.length > 0 ? { 'gea:consent': [...consumes.consent] } : {}),
        'gea:plateau': consumptionPlateaus(consumes, api, model.plateaus).map((plateau) => plateau.id),
      };
    }),
    'gea:status': exchange.status.map(({ plateau, state }) => ({
      'gea:plateau': plateau.id,
      'gea:date': isoDate(plateau.date),
      'gea:state': state,
    })),
    'gea:specification': [...entry.files],
  };
}

/** catalog.json: a DataService record per interface, then the agencies, systems, platforms and laws they name. */
export function catalogDocument(entries: readonly CatalogEntry[], context: SpecContext): string {
  const nodes = new GraphNodes(context.locales);
  const records = entries.map((entry) => dataServiceRecord(entry, nodes, context));
  return jsonDocument(jsonLdDocument([...records, ...nodes.values()]));
}
