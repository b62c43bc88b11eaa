// Which relationships ArchiMate 3.2 allows between the element types gea exports: the rows of
// Archi's relationship table (archi-relationships-3.2.xml) for those types, one letter per
// relationship. The exporter writes a relationship only where this allows it; a test checks this
// copy against Archi's file and every exported relationship against the whole file.

export const ELEMENT_TYPES = [
  'BusinessActor',
  'ApplicationComponent',
  'ApplicationInterface',
  'ApplicationService',
  'DataObject',
  'BusinessObject',
  'TechnologyService',
  'Constraint',
  'Plateau',
  'Gap',
] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export const RELATIONSHIP_LETTERS = {
  a: 'Access',
  c: 'Composition',
  f: 'Flow',
  g: 'Aggregation',
  i: 'Assignment',
  n: 'Influence',
  o: 'Association',
  r: 'Realization',
  s: 'Specialization',
  t: 'Triggering',
  v: 'Serving',
} as const;
export type RelationshipType = (typeof RELATIONSHIP_LETTERS)[keyof typeof RELATIONSHIP_LETTERS];

type Row = Readonly<Record<ElementType, string>>;

// prettier-ignore
export const ALLOWED: Readonly<Record<ElementType, Row>> = {
  BusinessActor: { BusinessActor: 'cfgostv', ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', ApplicationService: 'fotv', DataObject: 'ao', BusinessObject: 'ao', TechnologyService: 'fotv', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  ApplicationComponent: { BusinessActor: 'fotv', ApplicationComponent: 'cfgorstv', ApplicationInterface: 'cfgortv', ApplicationService: 'fiortv', DataObject: 'ao', BusinessObject: 'ao', TechnologyService: 'fotv', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  ApplicationInterface: { BusinessActor: 'fotv', ApplicationComponent: 'fotv', ApplicationInterface: 'cfgostv', ApplicationService: 'fiotv', DataObject: 'ao', BusinessObject: 'ao', TechnologyService: 'fotv', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  ApplicationService: { BusinessActor: 'fotv', ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', ApplicationService: 'cfgostv', DataObject: 'ao', BusinessObject: 'ao', TechnologyService: 'fotv', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  DataObject: { BusinessActor: 'o', ApplicationComponent: 'o', ApplicationInterface: 'o', ApplicationService: 'o', DataObject: 'cgos', BusinessObject: 'or', TechnologyService: 'o', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  BusinessObject: { BusinessActor: 'o', ApplicationComponent: 'o', ApplicationInterface: 'o', ApplicationService: 'o', DataObject: 'o', BusinessObject: 'cgos', TechnologyService: 'o', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  TechnologyService: { BusinessActor: 'fotv', ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', ApplicationService: 'fortv', DataObject: 'ao', BusinessObject: 'ao', TechnologyService: 'cfgostv', Constraint: 'nor', Plateau: 'o', Gap: 'o' },
  Constraint: { BusinessActor: 'o', ApplicationComponent: 'o', ApplicationInterface: 'o', ApplicationService: 'o', DataObject: 'o', BusinessObject: 'o', TechnologyService: 'o', Constraint: 'cgnos', Plateau: 'o', Gap: 'o' },
  Plateau: { BusinessActor: 'cgor', ApplicationComponent: 'cgor', ApplicationInterface: 'cgor', ApplicationService: 'cgor', DataObject: 'cgor', BusinessObject: 'cgor', TechnologyService: 'cgor', Constraint: 'cgnor', Plateau: 'cfgost', Gap: 'o' },
  Gap: { BusinessActor: 'o', ApplicationComponent: 'o', ApplicationInterface: 'o', ApplicationService: 'o', DataObject: 'o', BusinessObject: 'o', TechnologyService: 'o', Constraint: 'o', Plateau: 'o', Gap: 'cgos' },
};

const LETTER_OF = Object.fromEntries(Object.entries(RELATIONSHIP_LETTERS).map(([letter, type]) => [type, letter])) as Record<
  RelationshipType,
  string
>;

export function allows(type: RelationshipType, source: ElementType, target: ElementType): boolean {
  return ALLOWED[source][target].includes(LETTER_OF[type]);
}

/** The first of `preferred` that ArchiMate allows from `source` to `target`, if any. */
export function firstAllowed(
  preferred: readonly RelationshipType[],
  source: ElementType,
  target: ElementType,
): RelationshipType | undefined {
  return preferred.find((type) => allows(type, source, target));
}
