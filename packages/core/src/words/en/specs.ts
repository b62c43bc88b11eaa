// English words of the interoperability specs (`gea spec`, `out/specs/`): the agreement drafts in
// the four EIF layers, the labels of the field tables, the values of the model as people read
// them, and what the `gea spec` command says. Model text comes in already escaped.
import type {
  AuthMethod,
  Classification,
  ConsentMethod,
  InterfaceStyle,
  Privacy,
  SignatureLevel,
  TrustKind,
} from '../../model/vocabulary.js';

export const specs = {
  /** The title of an interface's agreement draft (README.md). */
  interfaceTitle: ({ name }: { name: string }) => `Interoperability agreement draft: ${name}`,
  /** The title of one consumer's agreement draft. */
  consumerTitle: ({ consumer, api }: { consumer: string; api: string }) => `Interoperability agreement draft: ${consumer} — ${api}`,
  drafted:
    'Drafted by gea from the architecture model, in the four layers of the European Interoperability Framework. The parties complete, check and sign it; when the exchange changes, the model is changed and the draft written again.',
  otherNames: 'Other names',
  notStated: 'not stated',
  none: 'none',
  yes: 'yes',
  no: 'no',

  summary: {
    interface: 'Interface',
    version: 'Version',
    style: 'Style',
    provider: 'Provider',
    consumer: 'Consumer',
    platform: 'Platform',
    classification: 'Classification',
    status: 'Status at each plateau',
    agreement: 'Agreement reference',
    plateaus: 'Consumes at',
    specifications: 'Specifications',
    deprecated: 'This interface is deprecated: consumers move to its successor.',
  },

  legal: {
    heading: '1. Legal interoperability',
    legalBases: 'Legal bases',
    ofInterface: 'Of the interface',
    ofData: ({ data }: { data: string }) => `Of the data asset ${data}`,
    ofConsumer: ({ consumer }: { consumer: string }) => `Of the consumer ${consumer}`,
    article: ({ article }: { article: string }) => `article ${article}`,
    purpose: 'Purpose',
    noConsumers: 'No system consumes this interface yet.',
    consent: 'Consent of the data subject',
    consentAsked: ({ methods }: { methods: string }) => `Consent is asked by: ${methods}.`,
    consentNone: 'No consent is asked: the exchange rests on its legal basis alone.',
    consentNotStated: 'How consent is asked is not stated.',
    personalData: 'Personal data',
    personalCount: ({ personal, sensitive, fields }: { personal: number; sensitive: number; fields: number }) =>
      `${personal} of the ${fields} fields exchanged are personal data, ${sensitive} of them sensitive.`,
  },

  organisational: {
    heading: '2. Organisational interoperability',
    parties: 'Parties',
    role: 'Role',
    system: 'System',
    agency: 'Agency',
    contact: 'Contact',
    providerRole: 'provider',
    consumerRole: 'consumer',
    platformRole: 'platform operator',
    consumers: 'Consumers',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    agreement: 'Agreement',
    consent: 'Consent',
    plateaus: 'Plateaus',
    agreementMissing: 'not yet concluded',
    serviceLevel: 'Service level',
    availability: 'Availability',
    latency: 'Latency',
    throughput: 'Throughput',
    support: 'Support hours',
    ofInterface: 'interface',
    ofPlatform: ({ platform }: { platform: string }) => `platform ${platform}`,
    noSla: 'No service level is stated for the interface or its platform.',
    supportHeading: 'Support',
    supportBy: ({ agency }: { agency: string }) => `The provider's agency ${agency} answers questions and incidents.`,
    changeManagement: 'Change management',
    changeRules: ({ version }: { version: string }) =>
      `The interface is at version ${version}. The provider announces every change to the consumers listed here before it takes effect. A change that is not backward compatible comes as a new major version beside the old one, and the old version stays until every consumer has moved.`,
    from: ({ plateau }: { plateau: string }) => `It is introduced at plateau ${plateau}.`,
    until: ({ plateau }: { plateau: string }) => `It is retired at plateau ${plateau}.`,
  },

  semantic: {
    heading: '3. Semantic interoperability',
    operation: ({ name }: { name: string }) => `Operation ${name}`,
    event: ({ name }: { name: string }) => `Event ${name}`,
    input: 'Input',
    output: 'Output',
    payload: 'Payload',
    noFields: 'No fields.',
    carries: ({ data }: { data: string }) => `Fields of ${data}:`,
    field: 'Field',
    label: ({ locale }: { locale: string }) => `Label (${locale})`,
    type: 'Type',
    key: 'Key',
    personal: 'Personal',
    sensitive: 'Sensitive',
    optional: 'Optional',
    source: 'Source register',
    listOf: ({ type }: { type: string }) => `list of ${type}`,
    referenced: 'Data assets referred to by fields',
    dataAssets: 'Data assets',
    dataAsset: 'Data asset',
    meta: 'Other properties (`meta`)',
    metaOf: 'Of',
    metaKey: 'Key',
    metaValue: 'Value',
    owner: 'Owner',
    master: 'Master system',
    baseRegistry: 'Base registry',
    privacy: 'Personal data',
  },

  technical: {
    heading: '4. Technical interoperability',
    style: 'Style',
    platform: 'Platform',
    address: 'Address',
    addressAssigned: ({ platform }: { platform: string }) => `assigned by ${platform}`,
    auth: 'Authentication',
    signature: 'Message signature',
    signatureLevel: 'Level',
    signatureFormat: 'Format',
    signatureWith: 'Signed with',
    timestamp: 'Time-stamped by',
    noSignature: 'Messages are not signed.',
    trustServices: 'Trust services',
    trustService: 'Trust service',
    kind: 'Kind',
    operator: 'Operator',
    accredited: 'Accredited',
    certificate: 'Certificate',
    validUntil: 'Valid until',
    atDate: ({ date }: { date: string }) => `On ${date}`,
    valid: ({ days }: { days: number }) => `valid, ${days} day${days === 1 ? '' : 's'} left`,
    expired: 'expired',
    notYetValid: 'not yet valid',
    noCertificate: 'no certificate stated',
    noTrust: 'No trust service is involved.',
    files: 'Specification files',
    /** An operation the OpenAPI leaves out (rest-routes.ts); `route` is `GET /persons/{id}`. */
    leftOut: ({ operation, earlier, route }: { operation: string; earlier: string; route: string }) =>
      `Operation ${operation} is left out of the OpenAPI description: it has the same method and path (${route}) as operation ${earlier}, and OpenAPI describes one operation per method and path. The OpenAPI names it under \`x-gea-unmapped-operations\`; the model gives it a path of its own.`,
  },

  /** The values of the model, as people read them. */
  styles: {
    rest: 'REST API',
    soap: 'SOAP web service',
    graphql: 'GraphQL API',
    event: 'event feed',
    file: 'file exchange',
  } as Readonly<Record<InterfaceStyle, string>>,
  auth: {
    mtls: 'mutual TLS (client certificates)',
    token: 'bearer token',
    signature: 'signed requests',
    none: 'none',
  } as Readonly<Record<AuthMethod, string>>,
  consent: {
    otp: 'one-time password',
    signature: 'digital signature',
    fingerprint: 'fingerprint',
    sso: 'single sign-on',
    dan: 'DAN identity service',
    none: 'none',
  } as Readonly<Record<ConsentMethod, string>>,
  classifications: {
    public: 'public',
    internal: 'internal',
    restricted: 'restricted',
    secret: 'secret',
  } as Readonly<Record<Classification, string>>,
  privacy: { none: 'none', personal: 'personal', sensitive: 'sensitive' } as Readonly<Record<Privacy, string>>,
  levels: { simple: 'simple', advanced: 'advanced', qualified: 'qualified' } as Readonly<Record<SignatureLevel, string>>,
  trustKinds: {
    ca: 'certification authority',
    tsa: 'time-stamping authority',
    ocsp: 'certificate status service',
    'remote-signing': 'remote signing',
    validation: 'validation service',
  } as Readonly<Record<TrustKind, string>>,
  states: {
    planned: 'planned',
    active: 'active',
    deprecated: 'deprecated',
    retired: 'retired',
  } as Readonly<Record<'planned' | 'active' | 'deprecated' | 'retired', string>>,
  types: {
    string: 'text',
    integer: 'integer',
    decimal: 'decimal number',
    boolean: 'yes/no',
    date: 'date',
    datetime: 'date and time',
    binary: 'binary (base64)',
  } as Readonly<Record<'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'binary', string>>,

  /** What the responses of an API say (OpenAPI). */
  responses: {
    ok: ({ data }: { data: string }) => `The requested fields of ${data}.`,
    noContent: 'Done; nothing is returned.',
    badRequest: 'The request is malformed or lacks a required field.',
    unauthorized: 'The caller is not authenticated.',
    forbidden: 'The caller may not make this request: no agreement, legal basis or consent covers it.',
    notFound: 'Nothing is registered under the given key.',
    tooManyRequests: 'The caller sent more requests than the service level allows.',
    serverError: 'The provider failed to answer; the request may be retried.',
    problem: 'A problem report (RFC 9457).',
    event: ({ data }: { data: string }) => `Fields of ${data}, sent when the event happens.`,
  },

  /** Catalogue texts for records that the model gives no description. */
  catalog: {
    serviceDescription: ({ api, provider }: { api: string; provider: string }) => `${api}, provided by ${provider}.`,
    datasetDescription: ({ data, publisher }: { data: string; publisher: string }) => `${data}, published as open data by ${publisher}.`,
    distributionTitle: ({ data, format }: { data: string; format: string }) => `${data} as ${format}`,
  },

  /** `gea spec`. */
  command: {
    description: 'write one interoperability spec of an interface (`gea build` writes them all)',
    interfaceArgument: 'the interface: its full name, or its own name where that is unique',
    formatOption: 'the spec to write (default: the one of its style — openapi, wsdl, asyncapi or jsonschema)',
    outputOption: 'write to a file instead of standard output',
    noInterface: ({ api, suggestion }: { api: string; suggestion: string }) =>
      `no interface \`${api}\`${suggestion} (\`gea build --only specs\` writes the specs of every interface)`,
    ambiguous: ({ api, candidates }: { api: string; candidates: string }) =>
      `\`${api}\` names several interfaces: ${candidates}; give the full name`,
    /** What `gea spec` and `gea build` say of an operation the OpenAPI leaves out. */
    leftOut: ({ api, operation, earlier, route }: { api: string; operation: string; earlier: string; route: string }) =>
      `warning: interface \`${api}\`: operation \`${operation}\` is left out of the OpenAPI: it has the same method and path (${route}) as operation \`${earlier}\`; give it a path of its own`,
    /** A format the interface's style has no spec in; `style` is undefined when it states none. */
    formatNotForStyle: ({ format, api, style, formats }: { format: string; api: string; style: string | undefined; formats: string }) =>
      `\`${api}\` ${style === undefined ? 'has no `style`' : `is ${/^[aeiou]/i.test(style) ? 'an' : 'a'} \`${style}\` interface`}: it has no ${format} spec; use one of ${formats}`,
  },
};
