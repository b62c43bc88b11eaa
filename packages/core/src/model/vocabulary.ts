// The fixed sets of values that properties take (LANGUAGE.md). The grammar reads these as names;
// the validator checks them here, so an unknown value is one precise `syntax` finding.
export const VOCABULARY = {
  agencyKind: ['ministry', 'agency', 'local', 'soe', 'private', 'international'],
  platformKind: ['exchange', 'identity', 'portal', 'cloud', 'payment', 'notification', 'document', 'other'],
  trustKind: ['ca', 'tsa', 'ocsp', 'remote-signing', 'validation'],
  dataKind: ['registry', 'dataset', 'document'],
  viewKind: ['landscape', 'context', 'dataflow', 'integration', 'signatures', 'gap'],
  dependencyKind: ['direct-db', 'file', 'p2p-api', 'other'],
  classification: ['public', 'internal', 'restricted', 'secret'],
  privacy: ['none', 'personal', 'sensitive'],
  documentFormat: ['json', 'xml', 'pdf', 'csv', 'binary'],
  signatureFormat: ['XAdES', 'PAdES', 'CAdES', 'JAdES', 'ASiC'],
  signatureLevel: ['simple', 'advanced', 'qualified'],
  criticality: ['low', 'medium', 'high', 'critical'],
  style: ['rest', 'soap', 'graphql', 'event', 'file'],
  consent: ['otp', 'signature', 'fingerprint', 'sso', 'dan', 'none'],
  auth: ['mtls', 'token', 'signature', 'none'],
  method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  cadence: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular'],
  openFormat: ['csv', 'json', 'xml', 'xlsx', 'geojson', 'rdf', 'api'],
  groupBy: ['agency', 'platform', 'none'],
} as const satisfies Record<string, readonly string[]>;

/** The types a field takes besides a data asset (the grammar's keywords after a field's name). */
export const FIELD_TYPES = ['string', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'binary'] as const;

export type Vocabulary = typeof VOCABULARY;
/** The name of a fixed set of values (`signatureLevel`). */
export type ValueSet = keyof Vocabulary;
export type AgencyKind = Vocabulary['agencyKind'][number];
export type PlatformKind = Vocabulary['platformKind'][number];
export type TrustKind = Vocabulary['trustKind'][number];
export type DataKind = Vocabulary['dataKind'][number];
export type ViewKind = Vocabulary['viewKind'][number];
export type DependencyKind = Vocabulary['dependencyKind'][number];
export type Classification = Vocabulary['classification'][number];
export type Privacy = Vocabulary['privacy'][number];
export type DocumentFormat = Vocabulary['documentFormat'][number];
export type SignatureFormat = Vocabulary['signatureFormat'][number];
export type SignatureLevel = Vocabulary['signatureLevel'][number];
export type Criticality = Vocabulary['criticality'][number];
export type InterfaceStyle = Vocabulary['style'][number];
export type ConsentMethod = Vocabulary['consent'][number];
export type AuthMethod = Vocabulary['auth'][number];
export type HttpMethod = Vocabulary['method'][number];
export type Cadence = Vocabulary['cadence'][number];
export type OpenFormat = Vocabulary['openFormat'][number];
export type GroupBy = Vocabulary['groupBy'][number];

export function isOneOf<K extends keyof Vocabulary>(set: K, value: string | undefined): value is Vocabulary[K][number] {
  return value !== undefined && (VOCABULARY[set] as readonly string[]).includes(value);
}

/**
 * A locale, in `name LOCALE "…"` and `description LOCALE "…"` as in gea.yaml's `locale` and
 * `locales`: a language code of two or three lower-case letters (`mn`, `en`), so that every locale
 * gea.yaml expects names in can be written (decision 0064).
 */
export function isLocaleCode(text: string): boolean {
  return /^[a-z]{2,3}$/.test(text);
}

/** The language code a locale tag starts with (`en-US`, `en_GB`, `EN` → `en`), if it starts with one. */
export function languageCodeOf(tag: string): string | undefined {
  return /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(tag)?.[1]!.toLowerCase();
}
