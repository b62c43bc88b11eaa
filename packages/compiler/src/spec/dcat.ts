// DCAT-AP 3.0 records as JSON-LD, shared by catalog.json and open-data.json: an inline context of
// prefixes (the official context does not expand offline in jsonld 9), names as language-tagged
// literals in every locale, and the nodes that DCAT-AP asks referenced things to be: agencies as
// `foaf:Agent`, laws as `eli:LegalResource`, classifications as EU access rights, addresses as
// `rdfs:Resource`. gea's own facts use the `gea:` vocabulary, which DCAT-AP's open shapes allow.
import type { Agency, Classification, Element, Law, LegalBasis } from '@gea-arch/core';
import { textLocales } from './locales.js';
import { elementIri } from './names.js';

export type JsonLdNode = { [key: string]: unknown };

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  eli: 'http://data.europa.eu/eli/ontology#',
  r5r: 'http://data.europa.eu/r5r/',
  gea: 'urn:gea:term:',
} as const;

const EU_ACCESS_RIGHT = 'http://publications.europa.eu/resource/authority/access-right/';
const ACCESS_RIGHTS: Readonly<Record<Classification, string>> = {
  public: 'PUBLIC',
  internal: 'NON_PUBLIC',
  restricted: 'RESTRICTED',
  secret: 'NON_PUBLIC',
};

/** Texts by locale as language-tagged literals, in the model's locale order. */
export function languageValues(texts: Readonly<Record<string, string>>, locales: readonly string[]): JsonLdNode[] {
  return textLocales(texts, locales).map((locale) => ({ '@language': locale, '@value': texts[locale]! }));
}

/** An element's names in every locale; its identifier when it has none. */
export function titles(element: Element, locales: readonly string[]): JsonLdNode[] | string {
  const values = languageValues(element.names, locales);
  return values.length > 0 ? values : element.localName;
}

export function idOf(element: Element): JsonLdNode {
  return { '@id': elementIri(element) };
}

/** Something DCAT-AP wants to be an `rdfs:Resource`: an endpoint or access URL. */
export function resource(iri: string): JsonLdNode {
  return { '@id': iri, '@type': 'rdfs:Resource' };
}

export function accessRights(classification: Classification): JsonLdNode {
  return { '@id': `${EU_ACCESS_RIGHT}${ACCESS_RIGHTS[classification]}`, '@type': 'dct:RightsStatement' };
}

export function isoDate(date: string): JsonLdNode {
  return { '@value': date, '@type': 'xsd:date' };
}

/** The nodes a JSON-LD graph holds once each, by IRI, in the order they were first added. */
export class GraphNodes {
  private readonly nodes = new Map<string, JsonLdNode>();

  constructor(private readonly locales: readonly string[]) {}

  add(node: JsonLdNode & { '@id': string }): JsonLdNode {
    if (!this.nodes.has(node['@id'])) this.nodes.set(node['@id'], node);
    return { '@id': node['@id'] };
  }

  agent(agency: Agency): JsonLdNode {
    return this.add({
      '@id': elementIri(agency),
      '@type': 'foaf:Agent',
      'dct:identifier': agency.id,
      'foaf:name': titles(agency, this.locales),
      ...(agency.acronym !== undefined ? { 'gea:acronym': agency.acronym } : {}),
    });
  }

  law(law: Law): JsonLdNode {
    return this.add({
      '@id': elementIri(law),
      '@type': 'eli:LegalResource',
      'dct:identifier': law.id,
      'dct:title': titles(law, this.locales),
    });
  }

  /** The laws that legal bases cite, each once. */
  legislation(bases: readonly LegalBasis[]): JsonLdNode[] {
    const laws = [...new Set(bases.flatMap((basis) => (basis.law.target ? [basis.law.target] : [])))];
    return laws.map((law) => this.law(law));
  }

  /** Any other model element, labelled in every locale and typed in gea's vocabulary. */
  element(element: Element, extra: JsonLdNode = {}): JsonLdNode {
    const type = `gea:${element.kind[0]!.toUpperCase()}${element.kind.slice(1)}`;
    return this.add({
      '@id': elementIri(element),
      '@type': type,
      'dct:identifier': element.id,
      'rdfs:label': titles(element, this.locales),
      ...extra,
    });
  }

  values(): JsonLdNode[] {
    return [...this.nodes.values()];
  }
}

/** A JSON-LD document: the context and the graph. */
export function jsonLdDocument(graph: readonly JsonLdNode[]): JsonLdNode {
  return { '@context': DCAT_CONTEXT, '@graph': graph };
}
