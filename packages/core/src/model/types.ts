// The semantic model: the linked workspace as plain, immutable, typed objects. Rules, views and
// emitters read only this; no Langium type appears here. References point at model objects and
// are recorded both ways (a data asset knows its masters, an interface its consumers).
import type {
  AgencyKind,
  FIELD_TYPES,
  AuthMethod,
  Cadence,
  Classification,
  ConsentMethod,
  Criticality,
  DataKind,
  DependencyKind,
  DocumentFormat,
  GroupBy,
  HttpMethod,
  InterfaceStyle,
  OpenFormat,
  PlatformKind,
  Privacy,
  SignatureFormat,
  SignatureLevel,
  TrustKind,
  ValueSet,
  ViewKind,
} from './vocabulary.js';
import type { PropertySources } from './property-sources.js';

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 column. */
  readonly character: number;
}

export interface SourceRange {
  /** The document's URI as given to the loader. */
  readonly uri: string;
  readonly start: Position;
  readonly end: Position;
}

/** A reference as written, with its target when it resolved. */
export interface Ref<T> {
  readonly text: string;
  /** What it names, when that resolved and (in `modelAt`) exists at the plateau. */
  readonly target: T | undefined;
  /** What it names in the whole model, at any plateau; the same as `target` outside `modelAt`. */
  readonly declared: T | undefined;
  /** The statement that holds the reference (`owner gasr`), or the name itself in a list. */
  readonly source: SourceRange;
}

export interface Lifecycle {
  readonly from?: Ref<Plateau>;
  readonly until?: Ref<Plateau>;
}

export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'y';

/** A duration as written (`10y`): `y` is a calendar year, so it has no fixed length in days. */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly text: string;
}

export interface LegalBasis {
  readonly law: Ref<Law>;
  readonly article?: string;
  readonly source: SourceRange;
}

export interface Common {
  /** Full name: `mn.gasr.civil_registry`. */
  readonly id: string;
  /** The identifier as declared: `civil_registry`. */
  readonly localName: string;
  readonly namespace: string | undefined;
  /** Names by locale; the default locale's comes from the title string after the id. */
  readonly names: Readonly<Record<string, string>>;
  /** Descriptions by locale (from `description` or, failing that, a doc comment). */
  readonly descriptions: Readonly<Record<string, string>>;
  readonly tags: readonly string[];
  readonly url?: string;
  readonly lifecycle: Lifecycle;
  readonly meta: Readonly<Record<string, string>>;
  readonly legalBasis: readonly LegalBasis[];
  /** The whole declaration. */
  readonly source: SourceRange;
  /** The declaration's head, from its keyword to its title: where "something is missing" is reported. */
  readonly head: SourceRange;
  /** Where each single-valued property was written, by its keyword (`owner`, `classification`, …). */
  readonly sources: PropertySources;
  /**
   * The value sets of properties written with a value (of a list, any value) that is none of the
   * set (`kind exchnage`): a `syntax` error, which the rules do not read as another value or as missing.
   */
  readonly unreadable?: readonly ValueSet[];
  /**
   * A name or description given a second time in one locale by the other form (the title and
   * `name mn`, `description` and `description mn` in the default locale `mn`): where, and in which
   * locale. The first written is kept; a `duplicate-name` error (decision 0078).
   */
  readonly restated?: readonly Restated[];
}

export interface Restated {
  readonly keyword: 'name' | 'description';
  readonly locale: string;
  readonly source: SourceRange;
}

export interface Law extends Common {
  readonly kind: 'law';
  readonly enacted?: string;
}

export interface Plateau extends Common {
  readonly kind: 'plateau';
  /** ISO date `YYYY-MM-DD`; the implicit plateau has the evaluation date of the model. */
  readonly date: string;
  /** True for the plateau `now` that stands in when a model declares none. */
  readonly implicit: boolean;
  /**
   * True for a plateau declared without a `date`, or with one that is no day of the calendar (a syntax
   * error; decision 0082): it sorts last, its `date` is
   * 9999-12-31, no rule is evaluated there, and a lifecycle bound naming it is no bound (decision 0070).
   */
  readonly undated: boolean;
}

export interface Agency extends Common {
  readonly kind: 'agency';
  readonly agencyKind?: AgencyKind;
  readonly parent?: Ref<Agency>;
  readonly acronym?: string;
  readonly registryCode?: string;
  readonly contact?: string;
  readonly children: readonly Agency[];
  readonly systems: readonly System[];
  readonly data: readonly Data[];
  readonly operates: readonly (Platform | Trust | System)[];
}

export interface Sla {
  /** Availability in percent: `99.5`. */
  readonly availability?: number;
  /** Latency in milliseconds. */
  readonly latencyMs?: number;
  /** Throughput as written: `100/s`. */
  readonly throughput?: string;
  readonly support?: string;
  readonly source: SourceRange;
  /** Where each property of the block was written, by its keyword (also one whose value could not be read). */
  readonly sources: PropertySources;
}

export interface Platform extends Common {
  readonly kind: 'platform';
  readonly platformKind?: PlatformKind;
  readonly operator?: Ref<Agency>;
  readonly sla?: Sla;
  readonly interfaces: readonly Interface[];
  readonly users: readonly Uses[];
  readonly hosts: readonly System[];
}

export interface Certificate {
  readonly subject: string;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly fingerprint?: string;
  readonly trust: Trust;
  readonly source: SourceRange;
}

export interface Trust extends Common {
  readonly kind: 'trust';
  readonly trustKind?: TrustKind;
  readonly operator?: Ref<Agency>;
  readonly accredited: boolean;
  readonly levels: readonly SignatureLevel[];
  readonly formats: readonly SignatureFormat[];
  readonly certificates: readonly Certificate[];
  readonly issuer?: Ref<Trust>;
  /** Signatures that name this service with `with` or `timestamp`. */
  readonly reliedOnBy: readonly Signature[];
  /** Trust services whose `issuer` this is. */
  readonly issues: readonly Trust[];
}

export interface FieldType {
  readonly primitive?: (typeof FIELD_TYPES)[number];
  readonly data?: Ref<Data>;
  readonly list: boolean;
}

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly label?: string;
  readonly key: boolean;
  readonly personal: boolean;
  readonly sensitive: boolean;
  readonly optional: boolean;
  readonly data: Data;
  readonly source: SourceRange;
}

export interface OpenData {
  readonly license?: string;
  readonly publisher?: Ref<Agency>;
  readonly cadence?: Cadence;
  readonly formats: readonly OpenFormat[];
  readonly source: SourceRange;
  /** Where each property of the block was written, by its keyword. */
  readonly sources: PropertySources;
}

export interface Data extends Common {
  readonly kind: 'data';
  readonly owner?: Ref<Agency>;
  readonly dataKind?: DataKind;
  readonly baseRegistry: boolean;
  /** Effective classification: unstated counts as `internal`. */
  readonly classification: Classification;
  readonly classificationStated: boolean;
  readonly privacy: Privacy;
  readonly legallyBinding: boolean;
  readonly format?: DocumentFormat;
  /** How long documents of this kind are kept, counted from the evaluation date. */
  readonly retention?: Duration;
  readonly fields: readonly Field[];
  readonly open?: OpenData;
  readonly masteredBy: readonly Masters[];
  readonly storedBy: readonly Stores[];
  readonly carriedBy: readonly Payload[];
  readonly signedBy: readonly Signing[];
}

/** The kinds of statement a system makes about other elements. */
export type Relation = Masters | Stores | Consumes | DependsOn | Uses | Signing;

interface RelationBase {
  readonly system: System;
  readonly lifecycle: Lifecycle;
  readonly source: SourceRange;
}

export interface Masters extends RelationBase {
  readonly kind: 'masters';
  readonly data: Ref<Data>;
}

export interface Stores extends RelationBase {
  readonly kind: 'stores';
  readonly data: Ref<Data>;
  /** The listed fields; empty with `allFields` when none are listed. */
  readonly fields: readonly Ref<Field>[];
  readonly allFields: boolean;
}

export interface Consumes extends RelationBase {
  readonly kind: 'consumes';
  readonly interface: Ref<Interface>;
  readonly purpose?: string;
  readonly legalBasis: readonly LegalBasis[];
  readonly agreement?: string;
  readonly consent: readonly ConsentMethod[];
  readonly sources: PropertySources;
}

export interface DependsOn extends RelationBase {
  readonly kind: 'depends-on';
  readonly target: Ref<System>;
  readonly what?: string;
  readonly dependencyKind?: DependencyKind;
}

export interface Uses extends RelationBase {
  readonly kind: 'uses';
  readonly platform: Ref<Platform>;
}

/** The trust part of a signature: `level … format … with TRUST timestamp TRUST`. */
export interface Signature {
  readonly level?: SignatureLevel;
  readonly format?: SignatureFormat;
  readonly with?: Ref<Trust>;
  readonly timestamp?: Ref<Trust>;
  /** The statement or block the signature is written in. */
  readonly source: SourceRange;
  readonly owner: Signing | Interface;
  /** As an element's `unreadable`: `signatureLevel`, `signatureFormat`. */
  readonly unreadable?: readonly ValueSet[];
  /** Where each property of the block was written, by its keyword (also one whose value could not be read). */
  readonly sources: PropertySources;
}

export interface Signing extends RelationBase {
  readonly kind: 'signs' | 'seals' | 'verifies';
  readonly data: Ref<Data>;
  readonly signature: Signature;
}

export interface System extends Common {
  readonly kind: 'system';
  readonly owner?: Ref<Agency>;
  readonly operator?: Ref<Agency>;
  readonly criticality?: Criticality;
  readonly hosting?: Ref<Platform>;
  readonly masters: readonly Masters[];
  readonly stores: readonly Stores[];
  readonly consumes: readonly Consumes[];
  readonly dependsOn: readonly DependsOn[];
  readonly uses: readonly Uses[];
  readonly signings: readonly Signing[];
  /**
   * The statements written with nothing after their keyword (`masters` alone): a `syntax` error, and
   * what they were to name is not known, as for a reference to something undeclared (decision 0082).
   */
  readonly namingNothing?: readonly StatementNamingNothing[];
  /** Interfaces whose `provider` this is. */
  readonly provides: readonly Interface[];
  /** `depends-on` statements of other systems that point here. */
  readonly dependedOnBy: readonly DependsOn[];
}

/** A data asset (or some of its fields) carried by an operation or event. */
export interface Payload {
  readonly role: 'input' | 'output' | 'payload';
  readonly data: Ref<Data>;
  readonly fields: readonly Ref<Field>[];
  readonly allFields: boolean;
  readonly interface: Interface;
  /** The operation or event it belongs to. */
  readonly carrier: string;
  readonly source: SourceRange;
}

export interface Operation {
  readonly name: string;
  readonly method?: HttpMethod;
  readonly path?: string;
  readonly description?: string;
  readonly input?: Payload;
  readonly output?: Payload;
  readonly source: SourceRange;
  /** `operation NAME`: where something missing inside it is reported. */
  readonly head: SourceRange;
  /** Where each property was written, by its keyword. */
  readonly sources: PropertySources;
}

export interface InterfaceEvent {
  readonly name: string;
  readonly description?: string;
  readonly payloads: readonly Payload[];
  readonly source: SourceRange;
  /** `event NAME`. */
  readonly head: SourceRange;
}

export interface Interface extends Common {
  readonly kind: 'interface';
  readonly provider?: Ref<System>;
  readonly via?: Ref<Platform>;
  readonly style?: InterfaceStyle;
  readonly version?: string;
  readonly classification: Classification;
  readonly classificationStated: boolean;
  /** `undefined` when no `consent` is stated. */
  readonly consent?: readonly ConsentMethod[];
  readonly auth?: AuthMethod;
  readonly sla?: Sla;
  readonly signature?: Signature;
  readonly deprecated: boolean;
  readonly operations: readonly Operation[];
  readonly events: readonly InterfaceEvent[];
  /** Every payload of its operations and events, in source order. */
  readonly payloads: readonly Payload[];
  /** As a system's: an `input`, `output` or `payload` written with no data asset after it. */
  readonly namingNothing?: readonly StatementNamingNothing[];
  readonly consumedBy: readonly Consumes[];
}

/** The keyword of a statement that names what it relates its element to. */
export type StatementNamingNothing = Relation['kind'] | Payload['role'];

export interface View extends Common {
  readonly kind: 'view';
  readonly title?: string;
  readonly viewKind?: ViewKind;
  readonly of?: Ref<Element>;
  readonly at?: Ref<Plateau>;
  readonly compare?: { readonly from: Ref<Plateau>; readonly to?: Ref<Plateau> };
  readonly include: readonly Ref<Element>[];
  readonly exclude: readonly Ref<Element>[];
  readonly groupBy?: GroupBy;
  readonly depth?: number;
}

export interface Waiver extends Common {
  readonly kind: 'waiver';
  readonly rule?: string;
  readonly on?: Ref<Element>;
  readonly reason?: string;
  /** Same as `lifecycle.until`. A waiver applies where its lifecycle allows (`existsAt`). */
  readonly until?: Ref<Plateau>;
}

export type Element = Law | Plateau | Agency | Platform | Trust | Data | System | Interface | View | Waiver;
export type ElementKind = Element['kind'];

export interface SemanticModel {
  /** Every declaration in source order (by document, then position), duplicates included. */
  readonly elements: readonly Element[];
  readonly laws: readonly Law[];
  /** Declared plateaus by date (then source order); the implicit `now` when none is declared. */
  readonly plateaus: readonly Plateau[];
  readonly agencies: readonly Agency[];
  readonly platforms: readonly Platform[];
  readonly trusts: readonly Trust[];
  readonly data: readonly Data[];
  readonly systems: readonly System[];
  readonly interfaces: readonly Interface[];
  readonly views: readonly View[];
  readonly waivers: readonly Waiver[];
  /** The first declaration with each full name. */
  readonly byId: ReadonlyMap<string, Element>;
  readonly defaultLocale: string;
  /** The documents the model was built from, in order. */
  readonly documents: readonly string[];
  /**
   * Each document's workspace-relative path (with `/`), by URI: "source order" sorts by it and
   * messages that point at another file name it.
   */
  readonly relativePaths: ReadonlyMap<string, string>;
}
