// How gea and ArchiMate name the same things: element types per declaration kind, the relationship
// types each gea statement may become (in order of preference; the first the ArchiMate 3.2 table
// allows is taken), the property names, and Archi's top-level folders.
import type { PropertyType } from './exchange.js';
import type { RelationshipType } from './relationship-table.js';

/** What a relationship stands for in gea: a statement or reference (`masters`, `owner`, …). */
export type Statement =
  | 'owner'
  | 'operator'
  | 'parent'
  | 'hosting'
  | 'uses'
  | 'masters'
  | 'stores'
  | 'consumes'
  | 'depends-on'
  | 'signs'
  | 'seals'
  | 'verifies'
  | 'provider'
  | 'via'
  | 'issuer'
  | 'legal-basis';

export const STATEMENTS: readonly Statement[] = [
  'owner',
  'operator',
  'parent',
  'hosting',
  'uses',
  'masters',
  'stores',
  'consumes',
  'depends-on',
  'signs',
  'seals',
  'verifies',
  'provider',
  'via',
  'issuer',
  'legal-basis',
];

/** The ArchiMate relationship each statement becomes, best first (source → target as exported). */
export const STATEMENT_RELATIONSHIPS: Readonly<Record<Statement, readonly RelationshipType[]>> = {
  // agency → system, data, platform, trust service: ArchiMate has no ownership; association says it without overclaiming.
  owner: ['Association'],
  operator: ['Association'],
  // parent agency → agency
  parent: ['Aggregation'],
  // platform → system
  hosting: ['Serving'],
  uses: ['Serving'],
  // system → data
  masters: ['Access'],
  stores: ['Access'],
  signs: ['Access'],
  seals: ['Access'],
  verifies: ['Access'],
  // interface → consuming system
  consumes: ['Serving'],
  // depended-on system → dependent system: data moves outside any interface
  'depends-on': ['Flow'],
  // system → interface
  provider: ['Composition'],
  // platform → interface
  via: ['Serving'],
  // issuing trust service → trust service
  issuer: ['Serving'],
  // element → law (a law citing a law is only associated with it)
  'legal-basis': ['Realization', 'Association'],
};

/** What an access relationship says a statement does with the data. */
export const ACCESS_OF: Readonly<Partial<Record<Statement, 'Read' | 'Write' | 'ReadWrite'>>> = {
  masters: 'ReadWrite',
  stores: 'Read',
  signs: 'Write',
  seals: 'Write',
  verifies: 'Read',
};

/** The property names gea writes, with their types, in the order their definitions are listed. */
export const KEY = {
  specialization: 'Specialization',
  statement: 'gea statement',
  derived: 'derived',
  gap: 'gap',
  tags: 'tags',
  url: 'url',
  lifecycle: 'lifecycle',
  enacted: 'enacted',
  date: 'date',
  kind: 'kind',
  acronym: 'acronym',
  registryCode: 'registry code',
  contact: 'contact',
  availability: 'sla availability',
  latency: 'sla latency',
  throughput: 'sla throughput',
  support: 'sla support',
  accredited: 'accredited',
  levels: 'signature levels',
  formats: 'signature formats',
  certificate: 'certificate',
  baseRegistry: 'base registry',
  classification: 'classification',
  /** What personal data the asset holds: its `privacy`, else the most its fields' flags say (LANGUAGE.md). */
  personalData: 'personal data',
  /** The asset's own `privacy` statement, so that an import tells it from what the fields say. */
  privacy: 'privacy',
  /** A waiver of a rule on the element (ArchiMate has no concept for it), in gea's own syntax. */
  waiver: 'gea waiver',
  legallyBinding: 'legally binding',
  documentFormat: 'document format',
  retention: 'retention',
  field: 'field',
  openLicense: 'open data license',
  openPublisher: 'open data publisher',
  openCadence: 'open data cadence',
  openFormats: 'open data formats',
  criticality: 'criticality',
  style: 'style',
  version: 'version',
  consent: 'consent',
  auth: 'auth',
  signature: 'signature',
  deprecated: 'deprecated',
  operation: 'operation',
  event: 'event',
  fields: 'fields',
  purpose: 'purpose',
  agreement: 'agreement',
  legalBasis: 'legal basis',
  article: 'article',
  what: 'what',
  dependencyKind: 'dependency kind',
  viewKind: 'view kind',
  of: 'of',
  at: 'at',
  compare: 'compare',
  include: 'include',
  exclude: 'exclude',
  groupBy: 'group by',
  depth: 'depth',
} as const;

export type Key = (typeof KEY)[keyof typeof KEY];

const TYPED: Readonly<Partial<Record<Key, PropertyType>>> = {
  [KEY.derived]: 'boolean',
  [KEY.enacted]: 'date',
  [KEY.date]: 'date',
  [KEY.accredited]: 'boolean',
  [KEY.baseRegistry]: 'boolean',
  [KEY.legallyBinding]: 'boolean',
  [KEY.deprecated]: 'boolean',
  [KEY.depth]: 'number',
};

export function propertyType(key: string): PropertyType {
  return TYPED[key as Key] ?? 'string';
}

export const KNOWN_KEYS: readonly string[] = Object.values(KEY);

/** Property names are matched without regard to case or surrounding space: Archi users write `Criticality`. */
export function sameKey(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.some((known) => sameKey(known, key));
}

/** A `meta` key that would read as one of gea's own properties travels as `meta:key`. */
export const META_PREFIX = 'meta:';

/** The property name a `meta` entry travels under. */
export function metaKey(key: string): string {
  return isKnownKey(key) ? `${META_PREFIX}${key}` : key;
}

/** Archi reads `specialization` as the id of its specialization property. */
export const SPECIALIZATION_DEFINITION_ID = 'specialization';

/** Platforms and trust services are both technology services; a specialization tells them apart. */
export const SPECIALIZATIONS = { platform: 'Platform', trust: 'Trust Service' } as const;

/** Archi's top-level folders: items labelled so land in them. */
export const FOLDERS = {
  business: 'Business',
  application: 'Application',
  technology: 'Technology & Physical',
  motivation: 'Motivation',
  migration: 'Implementation & Migration',
  relations: 'Relations',
  views: 'Views',
} as const;
