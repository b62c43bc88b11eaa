// open-data.json: a DCAT-AP 3.0 `dcat:Dataset` for every data asset published as open data (its
// `open { … }` block), with a `dcat:Distribution` per format — the EU file-type and frequency
// vocabularies, the licence, and for `api` the interface that serves it as a `dcat:DataService`.
import { existsAt, plateauOn, type Cadence, type Data, type Interface, type OpenFormat, type Plateau } from '@gea-arch/core';
import type { SpecContext } from './context.js';
import { accessRights, GraphNodes, idOf, jsonLdDocument, languageValues, resource, titles, type JsonLdNode } from './dcat.js';
import { exchangeOf } from './exchange.js';
import { addressOf } from './address.js';
import { nameIn } from './locales.js';
import { elementIri, encodeIriPart } from './names.js';
import { jsonDocument } from './text-formats.js';

const FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
const FREQUENCIES: Readonly<Record<Cadence, string>> = {
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  quarterly: 'QUARTERLY',
  yearly: 'ANNUAL',
  irregular: 'IRREG',
};

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';
const FORMATS: Readonly<Record<Exclude<OpenFormat, 'api'>, { fileType: string; mediaType: string }>> = {
  csv: { fileType: 'CSV', mediaType: 'text/csv' },
  json: { fileType: 'JSON', mediaType: 'application/json' },
  xml: { fileType: 'XML', mediaType: 'application/xml' },
  xlsx: { fileType: 'XLSX', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  geojson: { fileType: 'GEOJSON', mediaType: 'application/geo+json' },
  rdf: { fileType: 'RDF', mediaType: 'application/rdf+xml' },
};

/** A licence as an IRI: an SPDX identifier (`CC-BY-4.0`) on spdx.org, a URL as it is. */
export function licenseIri(license: string): string {
  if (/^https?:\/\/\S+$/i.test(license)) return license;
  if (/^[A-Za-z0-9.+-]+$/.test(license)) return `https://spdx.org/licenses/${license}`;
  return `urn:gea:license:${encodeIriPart(license)}`;
}

export function openDataDocument(context: SpecContext): string {
  const { model } = context;
  const nodes = new GraphNodes(context.locales);
  const datasets = model.data.filter((data) => data.open !== undefined).map((data) => datasetRecord(data, nodes, context));
  return jsonDocument(jsonLdDocument([...datasets, ...nodes.values()]));
}

function datasetRecord(data: Data, nodes: GraphNodes, context: SpecContext): JsonLdNode {
  const { model, locale, words } = context;
  const open = data.open!;
  const publisher = open.publisher?.target ?? data.owner?.target;
  const descriptions = languageValues(data.descriptions, context.locales);
  const description =
    descriptions.length > 0
      ? descriptions
      : {
          '@language': locale,
          '@value': words.specs.catalog.datasetDescription({
            data: nameIn(data, locale, model),
            publisher: publisher ? nameIn(publisher, locale, model) : (open.publisher?.text ?? words.specs.notStated),
          }),
        };
  const service = servingInterface(data, plateauOn(context.evaluationDate, model.plateaus));
  return {
    '@id': elementIri(data),
    '@type': 'dcat:Dataset',
    'dct:identifier': data.id,
    'dct:title': titles(data, context.locales),
    'dct:description': description,
    ...(publisher ? { 'dct:publisher': nodes.agent(publisher) } : {}),
    ...(open.cadence ? { 'dct:accrualPeriodicity': { '@id': `${FREQUENCY}${FREQUENCIES[open.cadence]}`, '@type': 'dct:Frequency' } } : {}),
    'dct:accessRights': accessRights(data.classification),
    ...(data.legalBasis.length > 0 ? { 'r5r:applicableLegislation': nodes.legislation(data.legalBasis) } : {}),
    ...(data.url !== undefined ? { 'dcat:landingPage': { '@id': data.url, '@type': 'foaf:Document' } } : {}),
    ...(data.tags.length > 0 ? { 'dcat:keyword': [...data.tags] } : {}),
    'dcat:distribution': open.formats.map((format) => nodes.add(distribution(data, format, service, nodes, context))),
    ...(data.owner?.target ? { 'gea:owner': idOf(data.owner.target) } : {}),
    'gea:master': data.masteredBy.map((masters) => nodes.element(masters.system)),
    ...(open.license !== undefined ? { 'gea:license': open.license } : {}),
  };
}

/**
 * The interface that serves the data asset: of those whose messages carry it, in source order, the
 * first that is not deprecated and exists at the plateau in force on the evaluation date, else the
 * first not deprecated, else the first.
 */
function servingInterface(data: Data, plateau: Plateau | undefined): Interface | undefined {
  const carriers = [...new Set(data.carriedBy.map((payload) => payload.interface))];
  return (
    carriers.find((api) => !api.deprecated && plateau !== undefined && existsAt(api, plateau)) ??
    carriers.find((api) => !api.deprecated) ??
    carriers[0]
  );
}

function distribution(
  data: Data,
  format: OpenFormat,
  service: Interface | undefined,
  nodes: GraphNodes,
  context: SpecContext,
): JsonLdNode & { '@id': string } {
  const { model, locale, words } = context;
  const open = data.open!;
  const serviceAddress = service ? addressOf(exchangeOf(service, model)).uri : undefined;
  const fileUrl = data.url ?? `urn:gea:open-data:${encodeIriPart(data.id)}.${format}`;
  const title = words.specs.catalog.distributionTitle({ data: nameIn(data, locale, model), format: format.toUpperCase() });
  const typed = format === 'api' ? undefined : FORMATS[format];
  return {
    '@id': `${elementIri(data)}:distribution:${format}`,
    '@type': 'dcat:Distribution',
    'dct:title': { '@language': locale, '@value': title },
    ...(typed
      ? {
          'dct:format': { '@id': `${FILE_TYPE}${typed.fileType}`, '@type': 'dct:MediaTypeOrExtent' },
          'dcat:mediaType': { '@id': `${MEDIA_TYPE}${typed.mediaType}`, '@type': 'dct:MediaType' },
        }
      : {}),
    'dcat:accessURL': resource(format === 'api' && serviceAddress ? serviceAddress : fileUrl),
    ...(open.license !== undefined
      ? { 'dct:license': { '@id': licenseIri(open.license), '@type': 'dct:LicenseDocument', 'rdfs:label': open.license } }
      : {}),
    ...(format === 'api' && service
      ? {
          'dcat:accessService': nodes.add({
            '@id': elementIri(service),
            '@type': 'dcat:DataService',
            'dct:identifier': service.id,
            'dct:title': titles(service, context.locales),
            'dcat:endpointURL': resource(serviceAddress!),
          }),
        }
      : {}),
  };
}
