// What an Open Group Model Exchange File (3.1) holds, as plain data: the exporter builds it from the
// gea model and writes it as XML; the importer reads XML into it and turns it into gea declarations.
// Property values are keyed by their definition's name, as Archi shows them.

/** A text in one language (`xml:lang`), or in none. */
export interface LangString {
  readonly text: string;
  readonly lang?: string;
}

export interface ExchangeProperty {
  /** The name of its property definition: `classification`, `criticality`. */
  readonly key: string;
  readonly value: string;
}

export type PropertyType = 'string' | 'boolean' | 'date' | 'number';

export interface ExchangeConcept {
  readonly id: string;
  readonly names: readonly LangString[];
  readonly documentation: readonly LangString[];
  readonly properties: readonly ExchangeProperty[];
}

export interface ExchangeElement extends ExchangeConcept {
  /** `xsi:type`: `BusinessActor`, `ApplicationComponent`, … */
  readonly type: string;
}

export type AccessType = 'Access' | 'Read' | 'Write' | 'ReadWrite';

export interface ExchangeRelationship extends ExchangeConcept {
  /** `xsi:type` without the `Relationship` suffix: `Serving`, `Access`, … */
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly accessType?: AccessType;
  readonly isDirected?: boolean;
}

/** A folder (labels, child items) or a reference to a concept or view (`identifierRef`). */
export interface OrganizationItem {
  readonly id?: string;
  readonly labels: readonly LangString[];
  readonly ref?: string;
  readonly items: readonly OrganizationItem[];
}

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DiagramNode extends Bounds {
  readonly id: string;
  /** `Element` (with `elementRef`), `Container` (a visual group) or `Label` (a note). */
  readonly type: 'Element' | 'Container' | 'Label';
  readonly elementRef?: string;
  readonly labels: readonly LangString[];
  /** Nested nodes; their bounds are absolute, like their parent's. */
  readonly nodes: readonly DiagramNode[];
}

export interface DiagramConnection {
  readonly id: string;
  /** `Relationship` (with `relationshipRef`) or `Line` (a plain line). */
  readonly type: 'Relationship' | 'Line';
  readonly relationshipRef?: string;
  readonly source: string;
  readonly target: string;
  readonly labels: readonly LangString[];
  /** Absolute bends between the two ends. */
  readonly bendpoints: readonly { readonly x: number; readonly y: number }[];
}

export interface Diagram extends ExchangeConcept {
  readonly viewpoint?: string;
  readonly nodes: readonly DiagramNode[];
  readonly connections: readonly DiagramConnection[];
  /** What it is made from, as a digest (kept-diagrams.ts), when a build keeps what is written of it. */
  readonly madeFrom?: string;
  /** The diagram as a build made from the same wrote it: written as these bytes (its nodes and connections are left empty). */
  readonly written?: Uint8Array;
}

export interface PropertyDefinition {
  readonly id: string;
  readonly name: string;
  readonly type: PropertyType;
}

/** Where a concept starts in the file it was read from, 1-based. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
}

export interface ExchangeModel {
  readonly id: string;
  readonly names: readonly LangString[];
  readonly documentation: readonly LangString[];
  readonly properties: readonly ExchangeProperty[];
  readonly elements: readonly ExchangeElement[];
  readonly relationships: readonly ExchangeRelationship[];
  readonly organizations: readonly OrganizationItem[];
  readonly propertyDefinitions: readonly PropertyDefinition[];
  readonly diagrams: readonly Diagram[];
  /** Where each element is in the file, when read from one: for the import's notes. */
  readonly positions?: ReadonlyMap<ExchangeElement, FilePosition>;
}
