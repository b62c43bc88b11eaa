// Exchange model → gea declarations: element types mapped back to declaration kinds, relationships
// to the statements they stand for (the `gea statement` property says which when gea wrote the
// file; otherwise the relationship type and the kinds at its ends do), properties to gea's own
// properties or `meta`, plateau aggregations to lifecycles, and the agency folders of the file to
// owners where no relationship says. What has no gea counterpart becomes a comment and a note in
// the report; nothing is dropped without one.
import { addDuration, isCalendarDate, languageCodeOf } from '@gea-arch/core';
import type { DiagramNode, ExchangeElement, ExchangeModel, ExchangeProperty, ExchangeRelationship, OrganizationItem } from './exchange.js';
import { nameOfDeclarationId } from './identifiers.js';
import { KEY, sameKey, SPECIALIZATIONS, STATEMENTS, type Statement } from './mapping.js';
import type { DeclarationKind } from './read-values.js';
import { GEA_KEYWORDS } from './keywords.js';

/** A declaration the import writes, and what the relationships said about it. */
export interface Imported {
  readonly element: ExchangeElement;
  readonly kind: DeclarationKind;
  /** The name gea gave it, read from its id. */
  readonly geaName?: string;
  name: string;
  readonly links: Partial<Record<SingleStatement, Imported>>;
  /** Where a link came from when no relationship said it (`owner` from the agency's folder). */
  readonly linkRelationships: Partial<Record<SingleStatement, ExchangeRelationship>>;
  readonly legalBases: { readonly law: Imported; readonly relationship: ExchangeRelationship }[];
  readonly statements: { readonly kind: ListStatement; readonly other: Imported; readonly relationship: ExchangeRelationship }[];
  /** Plateaus that aggregate it (from files gea did not write). */
  readonly plateaus: Set<Imported>;
  /** The lifecycle those plateaus give it, when the file has no `lifecycle` property for it. */
  plateauLifecycle?: { readonly from?: Imported; readonly until?: Imported };
  readonly comments: string[];
}

export type SingleStatement = 'owner' | 'operator' | 'parent' | 'hosting' | 'provider' | 'via' | 'issuer';
export type ListStatement = 'masters' | 'stores' | 'consumes' | 'depends-on' | 'uses' | 'signs' | 'seals' | 'verifies';

/** What could not be imported as a declaration, kept as a comment block. */
export interface Unmapped {
  readonly element: ExchangeElement;
  readonly lines: string[];
}

/** A diagram stands in for an element where a `view` declaration is imported from it. */
const DIAGRAM = 'Diagram';

export type NoteCode =
  | 'elementUnmapped'
  | 'elementUntyped'
  | 'duplicateId'
  | 'relationshipUnmapped'
  | 'propertyAsMeta'
  | 'propertyUnreadable'
  | 'viewNotImported'
  | 'plateauDate'
  | 'ownerFromFolder'
  | 'ownerUnknown'
  | 'serviceMerged'
  | 'serviceAsInterface'
  | 'gapComputed'
  | 'nameTaken'
  | 'lifecycleNotConsecutive'
  | 'secondStatement'
  | 'statementDetail'
  | 'extraName'
  | 'extraDescription';

export interface ImportNote {
  readonly code: NoteCode;
  /** The message's placeholders; a relationship's `file` is filled in once files are made. */
  readonly params: Record<string, string | number>;
}

/** The file the comment blocks of unmapped elements and views go into. */
export const UNMAPPED_FILE = 'unmapped.gea';

interface Shape {
  readonly subject: readonly DeclarationKind[];
  readonly object: readonly DeclarationKind[];
  /** Which end of the relationship (as exported) holds the statement. */
  readonly subjectIs: 'source' | 'target';
  /** An association has no direction: either end may be the subject. */
  readonly eitherWay?: boolean;
}

const SHAPES: Readonly<Record<Statement, Shape>> = {
  owner: { subject: ['system', 'data'], object: ['agency'], subjectIs: 'target', eitherWay: true },
  operator: { subject: ['system', 'platform', 'trust'], object: ['agency'], subjectIs: 'target', eitherWay: true },
  parent: { subject: ['agency'], object: ['agency'], subjectIs: 'target' },
  hosting: { subject: ['system'], object: ['platform'], subjectIs: 'target' },
  uses: { subject: ['system'], object: ['platform'], subjectIs: 'target' },
  masters: { subject: ['system'], object: ['data'], subjectIs: 'source' },
  stores: { subject: ['system'], object: ['data'], subjectIs: 'source' },
  signs: { subject: ['system'], object: ['data'], subjectIs: 'source' },
  seals: { subject: ['system'], object: ['data'], subjectIs: 'source' },
  verifies: { subject: ['system'], object: ['data'], subjectIs: 'source' },
  consumes: { subject: ['system'], object: ['interface'], subjectIs: 'target' },
  'depends-on': { subject: ['system'], object: ['system'], subjectIs: 'target' },
  provider: { subject: ['interface'], object: ['system'], subjectIs: 'target' },
  via: { subject: ['interface'], object: ['platform'], subjectIs: 'target' },
  issuer: { subject: ['trust'], object: ['trust'], subjectIs: 'target' },
  'legal-basis': { subject: ['agency', 'platform', 'data', 'system', 'interface'], object: ['law'], subjectIs: 'source', eitherWay: true },
};

const SINGLE: readonly Statement[] = ['owner', 'operator', 'parent', 'hosting', 'provider', 'via', 'issuer'];

/** The statements a relationship of a type may stand for when the file does not say, best first. */
function inferred(relationship: ExchangeRelationship): Statement[] {
  switch (relationship.type) {
    case 'Association':
      return ['owner', 'operator', 'legal-basis'];
    case 'Aggregation':
    case 'Composition':
      return ['parent', 'provider'];
    case 'Realization':
      return ['provider', 'legal-basis'];
    case 'Assignment':
      return ['provider'];
    case 'Serving':
      return ['uses', 'via', 'issuer', 'consumes', 'depends-on'];
    case 'Flow':
      return ['depends-on'];
    case 'Access':
      return relationship.accessType === 'Write' || relationship.accessType === 'ReadWrite' ? ['masters'] : ['stores'];
    default:
      return [];
  }
}

export interface ImportedModel {
  readonly declarations: readonly Imported[];
  readonly unmapped: readonly Unmapped[];
  readonly notes: ImportNote[];
  /** The locale of names written without a language, and every locale the names are in. */
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  /** The gea locale of a text: its `xml:lang`'s language code, else the default; none for a tag without one. */
  readonly localeOf: (text: { readonly lang?: string }) => string | undefined;
  /** Dates the import had to make up for plateaus without one, by plateau. */
  readonly plateauDates: ReadonlyMap<Imported, string>;
  /** How many relationships became statements or references. */
  readonly statements: number;
  /** The declaration whose comments keep a relationship a note is about. */
  readonly commentHolders: ReadonlyMap<ImportNote, Imported>;
  readonly exchange: ExchangeModel;
}

export interface ImportOptions {
  /** The locale of names without `xml:lang`: the first language the file names things in, else mn. */
  readonly defaultLocale?: string;
  /** The exchange file's name, for the places notes point at (`model.xml:12:5`). */
  readonly fileName?: string;
}

export function importExchange(exchange: ExchangeModel, options: ImportOptions = {}): ImportedModel {
  return new ExchangeImport(exchange, options).run();
}

class ExchangeImport {
  private readonly imported = new Map<string, Imported>();
  private readonly unmapped = new Map<string, Unmapped>();
  /** Application services merged into the interface that offers them. */
  private readonly merged = new Map<string, Imported>();
  private readonly notes: ImportNote[] = [];
  private readonly triggers: [Imported, Imported][] = [];
  private readonly defaultLocale: string;
  /** Each `xml:lang` of the file as a gea locale: its language code, if it starts with one. */
  private readonly locales: ReadonlyMap<string, string | undefined>;
  private readonly commentHolders = new Map<ImportNote, Imported>();
  private statements = 0;
  /** The first element of each identifier; a later one of the same is kept as a comment. */
  private readonly elements: ExchangeElement[] = [];
  private readonly duplicates: { readonly element: ExchangeElement; readonly first: ExchangeElement }[] = [];
  private readonly fileName: string;

  constructor(
    private readonly exchange: ExchangeModel,
    options: ImportOptions,
  ) {
    this.fileName = options.fileName ?? 'model.xml';
    const first = new Map<string, ExchangeElement>();
    for (const element of exchange.elements) {
      const earlier = first.get(element.id);
      if (earlier) this.duplicates.push({ element, first: earlier });
      else {
        first.set(element.id, element);
        this.elements.push(element);
      }
    }
    this.locales = localesOf(exchange);
    const named = exchange.elements
      .flatMap((element) => element.names)
      .find((name) => name.lang !== undefined && this.locales.get(name.lang) !== undefined);
    this.defaultLocale = options.defaultLocale ?? (named ? this.locales.get(named.lang!)! : 'mn');
  }

  run(): ImportedModel {
    this.classify();
    this.resolveServices();
    this.relate();
    this.ownersFromFolders();
    this.assignNames();
    const plateauDates = this.plateauDates();
    this.plateauLifecycles();
    const declarations = [...this.imported.values()];
    const locales = new Set<string>([this.defaultLocale]);
    for (const declaration of declarations)
      for (const name of declaration.element.names) {
        const locale = this.locale(name);
        if (locale !== undefined) locales.add(locale);
      }
    return {
      declarations,
      unmapped: [...this.unmapped.values()],
      notes: this.notes,
      defaultLocale: this.defaultLocale,
      locales: [this.defaultLocale, ...[...locales].filter((locale) => locale !== this.defaultLocale).sort()],
      plateauDates,
      localeOf: (text) => this.locale(text),
      statements: this.statements,
      commentHolders: this.commentHolders,
      exchange: this.exchange,
    };
  }

  /**
   * The gea locale of a text: the language code its `xml:lang` starts with (`en-GB` → `en`), else the
   * default; none for a tag that starts with no language code (`x-klingon`), whose text is kept as a comment.
   */
  locale(text: { readonly lang?: string }): string | undefined {
    return text.lang !== undefined ? this.locales.get(text.lang) : this.defaultLocale;
  }

  note(code: NoteCode, params: Record<string, string | number>): void {
    this.notes.push({ code, params });
  }

  // --- elements ---------------------------------------------------------------------------

  private classify(): void {
    this.classifyElements();
    for (const diagram of this.exchange.diagrams) {
      // A view gea generates (`view..landscape-current`) is generated again from the model.
      if (diagram.id.startsWith('view..')) continue;
      const element: ExchangeElement = { ...diagram, type: DIAGRAM };
      if (nameOfDeclarationId(diagram.id)) {
        this.add(element, 'view');
        continue;
      }
      const nodes = countNodes(diagram.nodes);
      const lines = [`view “${labelOf(element)}” (${diagram.id}): ${nodes} nodes`];
      for (const name of uniqueLabels(diagram.nodes, this.elements)) lines.push(`  shows ${name}`);
      this.unmapped.set(diagram.id, { element, lines });
      this.note('viewNotImported', { name: labelOf(element), nodes, file: UNMAPPED_FILE });
    }
  }

  private classifyElements(): void {
    for (const element of this.elements) {
      const kind = this.kindOf(element);
      if (kind === 'service') continue;
      if (kind === 'derived') continue;
      if (kind === undefined) {
        this.keepUnmapped(element, element.id);
        if (element.type === 'Gap') this.note('gapComputed', { name: labelOf(element) });
        else if (element.type === '') this.note('elementUntyped', { name: labelOf(element), at: this.at(element), file: UNMAPPED_FILE });
        else this.note('elementUnmapped', { type: element.type, name: labelOf(element), file: UNMAPPED_FILE });
        continue;
      }
      this.add(element, kind);
    }
    for (const { element, first } of this.duplicates) {
      const at = this.at(element);
      this.keepUnmapped(element, `${element.id} ${at}`, `a second element of this identifier, at ${at}`);
      this.note('duplicateId', {
        type: element.type,
        name: labelOf(element),
        id: element.id,
        at,
        first: labelOf(first),
        file: UNMAPPED_FILE,
      });
    }
  }

  /** Where an element is in the file (`model.xml:12:5`), else its identifier. */
  private at(element: ExchangeElement): string {
    const position = this.exchange.positions?.get(element);
    return position ? `${this.fileName}:${position.line}:${position.column}` : element.id;
  }

  private add(element: ExchangeElement, kind: Imported['kind']): Imported {
    const geaName = nameOfDeclarationId(element.id);
    const imported: Imported = {
      element,
      kind,
      ...(geaName ? { geaName } : {}),
      name: '',
      links: {},
      linkRelationships: {},
      legalBases: [],
      statements: [],
      plateaus: new Set(),
      comments: [],
    };
    this.imported.set(element.id, imported);
    return imported;
  }

  private kindOf(element: ExchangeElement): Imported['kind'] | 'service' | 'derived' | undefined {
    switch (element.type) {
      case 'BusinessActor':
        return 'agency';
      case 'ApplicationComponent':
        return 'system';
      case 'ApplicationInterface':
        return 'interface';
      case 'ApplicationService':
        return 'service';
      case 'DataObject':
      case 'BusinessObject':
      case 'Contract':
        return 'data';
      case 'TechnologyService': {
        const specialization = property(element, KEY.specialization);
        const kind = property(element, KEY.kind);
        const trust =
          (specialization !== undefined && sameKey(specialization, SPECIALIZATIONS.trust)) ||
          TRUST_KINDS.some((known) => sameKey(known, kind ?? ''));
        return trust ? 'trust' : 'platform';
      }
      case 'Constraint':
        return 'law';
      case 'Plateau':
        return 'plateau';
      case 'Gap':
        return isDerived(element) ? 'derived' : undefined;
      default:
        return undefined;
    }
  }

  private keepUnmapped(element: ExchangeElement, key: string, why?: string): void {
    const lines = [`${element.type || 'element without a type'} “${labelOf(element)}” (${element.id}${why ? `; ${why}` : ''})`];
    for (const name of element.names.slice(1)) lines.push(`  name${name.lang ? ` ${name.lang}` : ''}: ${name.text}`);
    for (const text of element.documentation) lines.push(`  documentation${text.lang ? ` ${text.lang}` : ''}: ${text.text}`);
    for (const { key, value } of element.properties) lines.push(`  ${key}: ${value}`);
    this.unmapped.set(key, { element, lines });
  }

  /** An application service joins the interface assigned to it, or is an interface of its own. */
  private resolveServices(): void {
    const interfaceOf = new Map<string, Imported>();
    for (const relationship of this.exchange.relationships) {
      const api = this.imported.get(relationship.source);
      if (relationship.type === 'Assignment' && api?.kind === 'interface' && !interfaceOf.has(relationship.target))
        interfaceOf.set(relationship.target, api);
    }
    for (const element of this.elements) {
      if (element.type !== 'ApplicationService') continue;
      const api = interfaceOf.get(element.id);
      if (api) {
        this.merged.set(element.id, api);
        if (!isDerived(element)) this.note('serviceMerged', { service: labelOf(element), api: labelOf(api.element) });
      } else {
        this.add(element, 'interface');
        this.note('serviceAsInterface', { service: labelOf(element) });
      }
    }
  }

  // --- relationships ----------------------------------------------------------------------

  private endpoint(id: string): Imported | undefined {
    return this.merged.get(id) ?? this.imported.get(id);
  }

  private relate(): void {
    // Relationships may join relationships too; they are named by their type there.
    const elements = new Map<string, ExchangeElement>([
      ...this.exchange.relationships.map((relationship): [string, ExchangeElement] => [
        relationship.id,
        { ...relationship, type: `${relationship.type} relationship` },
      ]),
      ...this.elements.map((element): [string, ExchangeElement] => [element.id, element]),
    ]);
    const systemToSystem: ExchangeRelationship[] = [];
    for (const relationship of this.exchange.relationships) {
      if (isDerived(relationship)) continue;
      const source = this.endpoint(relationship.source);
      const target = this.endpoint(relationship.target);
      // An interface assigned to the service merged into it: the merge says it. A relationship from
      // an element to itself is read as any other (`parent c` on c), or kept as a comment.
      if (source && target && source === target && relationship.source !== relationship.target) {
        this.statements++;
        continue;
      }
      if (!source || !target) {
        this.keepRelationship(relationship, elements, source, target);
        continue;
      }
      if (source.kind === 'plateau' || target.kind === 'plateau') {
        this.relatePlateau(relationship, source, target, elements);
        continue;
      }
      // A serving between two systems may only repeat what a consumption says: read it last.
      if (relationship.type === 'Serving' && source.kind === 'system' && target.kind === 'system' && !statementProperty(relationship)) {
        systemToSystem.push(relationship);
        continue;
      }
      this.relateDeclarations(relationship, source, target, elements);
    }
    for (const relationship of systemToSystem) {
      const provider = this.endpoint(relationship.source)!;
      const consumer = this.endpoint(relationship.target)!;
      const implied = consumer.statements.some((statement) => statement.kind === 'consumes' && statement.other.links.provider === provider);
      if (implied) this.statements++;
      else this.relateDeclarations(relationship, provider, consumer, elements);
    }
  }

  private relatePlateau(
    relationship: ExchangeRelationship,
    source: Imported,
    target: Imported,
    elements: ReadonlyMap<string, ExchangeElement>,
  ): void {
    if (
      (relationship.type === 'Aggregation' || relationship.type === 'Composition') &&
      source.kind === 'plateau' &&
      target.kind !== 'plateau'
    ) {
      target.plateaus.add(source);
      this.statements++;
    } else if (relationship.type === 'Triggering' && source.kind === 'plateau' && target.kind === 'plateau') {
      this.triggers.push([source, target]);
      this.statements++;
    } else if (relationship.type === 'Realization' || relationship.type === 'Association') {
      this.relateDeclarations(relationship, source, target, elements);
    } else {
      this.keepRelationship(relationship, elements, source, target);
    }
  }

  private relateDeclarations(
    relationship: ExchangeRelationship,
    source: Imported,
    target: Imported,
    elements: ReadonlyMap<string, ExchangeElement>,
  ): void {
    const stated = statementProperty(relationship);
    const candidates = stated ? [stated] : inferred(relationship);
    let blocked: { statement: Statement; subject: Imported } | undefined;
    for (const statement of candidates) {
      const placed = place(statement, source, target);
      if (!placed) continue;
      const { subject, object } = placed;
      if (SINGLE.includes(statement)) {
        const single = statement as SingleStatement;
        const current = subject.links[single];
        if (current === object) {
          this.statements++;
          return;
        }
        if (current) {
          blocked ??= { statement, subject };
          continue;
        }
        subject.links[single] = object;
        subject.linkRelationships[single] = relationship;
      } else if (statement === 'legal-basis') {
        subject.legalBases.push({ law: object, relationship });
      } else {
        subject.statements.push({ kind: statement as ListStatement, other: object, relationship });
      }
      this.statements++;
      return;
    }
    if (blocked) {
      const kept = blocked.subject.links[blocked.statement as SingleStatement]!;
      this.note('secondStatement', { property: blocked.statement, element: labelOf(blocked.subject.element), kept: labelOf(kept.element) });
      blocked.subject.comments.push(relationshipComment(relationship, elements));
      return;
    }
    this.keepRelationship(relationship, elements, source, target);
  }

  /** A relationship that is no statement: a comment where one of its ends is written. */
  private keepRelationship(
    relationship: ExchangeRelationship,
    elements: ReadonlyMap<string, ExchangeElement>,
    source: Imported | undefined,
    target: Imported | undefined,
  ): void {
    const comment = relationshipComment(relationship, elements);
    const holder = this.unmapped.get(relationship.source) ?? this.unmapped.get(relationship.target);
    const declaration = holder ? undefined : (source ?? target);
    if (holder) holder.lines.push(`  ${comment}`);
    else declaration?.comments.push(comment);
    const note: ImportNote = {
      code: 'relationshipUnmapped',
      params: {
        type: relationship.type,
        source: labelOf(elements.get(relationship.source)) || relationship.source,
        target: labelOf(elements.get(relationship.target)) || relationship.target,
        file: UNMAPPED_FILE,
      },
    };
    this.notes.push(note);
    // The file is the declaration's, known once files are made.
    if (declaration) this.commentHolders.set(note, declaration);
  }

  /** Owners and operators that no relationship names, from the agency folder the element is in. */
  private ownersFromFolders(): void {
    const agencies = [...this.imported.values()].filter((imported) => imported.kind === 'agency');
    const agencyNamed = (label: string): Imported | undefined => {
      const wanted = label.trim().toLowerCase();
      const found = agencies.filter((agency) => agency.element.names.some((name) => name.text.trim().toLowerCase() === wanted));
      return found.length === 1 ? found[0] : undefined;
    };
    const folders = new Map<string, string[][]>();
    const walk = (item: OrganizationItem, path: string[][]) => {
      if (item.ref) folders.set(item.ref, path);
      for (const child of item.items) walk(child, item.labels.length > 0 ? [...path, item.labels.map((label) => label.text)] : path);
    };
    for (const item of this.exchange.organizations) walk(item, []);
    for (const imported of this.imported.values()) {
      const property =
        imported.kind === 'system' || imported.kind === 'data'
          ? 'owner'
          : imported.kind === 'platform' || imported.kind === 'trust'
            ? 'operator'
            : undefined;
      if (!property || imported.links[property]) continue;
      const path = folders.get(imported.element.id) ?? [];
      for (const labels of [...path].reverse()) {
        const agency = labels.map(agencyNamed).find((found) => found !== undefined);
        if (!agency) continue;
        imported.links[property] = agency;
        this.note('ownerFromFolder', { element: labelOf(imported.element), property, agency: labelOf(agency.element) });
        break;
      }
      // `gea check` will ask for it (owner-required): the report says so first.
      if (!imported.links[property]) this.note('ownerUnknown', { element: labelOf(imported.element), property });
    }
  }

  // --- names ------------------------------------------------------------------------------

  private assignNames(): void {
    const taken = new Set<string>();
    const all = [...this.imported.values()];
    for (const imported of all) {
      if (imported.geaName && !taken.has(imported.geaName)) {
        imported.name = imported.geaName;
        taken.add(imported.name);
      }
    }
    // Agencies before what they own, so an owned element is named inside its agency's name.
    const rest = all.filter((imported) => !imported.name).sort((a, b) => Number(b.kind === 'agency') - Number(a.kind === 'agency'));
    for (const imported of rest) {
      const agency = agencyOf(imported);
      const local = slug(this.title(imported.element) ?? labelOf(imported.element), imported.kind);
      const wanted = agency && agency !== imported && agency.name ? `${agency.name}.${local}` : local;
      let name = wanted;
      for (let count = 2; taken.has(name); count++) name = `${wanted}_${count}`;
      if (name !== wanted) this.note('nameTaken', { element: labelOf(imported.element), name: wanted, as: name });
      imported.name = name;
      taken.add(name);
    }
  }

  /** The name in the default locale (or without a language). */
  title(element: ExchangeElement): string | undefined {
    return element.names.find((name) => this.locale(name) === this.defaultLocale)?.text;
  }

  // --- plateaus ---------------------------------------------------------------------------

  /** Plateaus in order (dates, then the triggering chain, then the file's order); made-up dates for those without. */
  private plateauDates(): Map<Imported, string> {
    const plateaus = [...this.imported.values()].filter((imported) => imported.kind === 'plateau');
    const dateOf = (plateau: Imported) => {
      const date = property(plateau.element, KEY.date);
      return date !== undefined && isCalendarDate(date) ? date : undefined;
    };
    const ordered = orderByTriggers(plateaus, this.triggers);
    const made = new Map<Imported, string>();
    if (ordered.every((plateau) => dateOf(plateau))) return made;
    const used = new Set(ordered.map(dateOf).filter((date): date is string => date !== undefined));
    let previous: string | undefined;
    for (const plateau of ordered) {
      const date = dateOf(plateau);
      if (date) {
        previous = date;
        continue;
      }
      let candidate = previous ? nextDay(previous) : '2000-01-01';
      while (candidate !== undefined && used.has(candidate)) candidate = nextDay(candidate);
      // No date after 9999-12-31 can be written: the plateau is left without one, which the check reports.
      if (candidate === undefined) continue;
      used.add(candidate);
      made.set(plateau, candidate);
      previous = candidate;
      this.note('plateauDate', { plateau: labelOf(plateau.element), date: candidate });
    }
    return made;
  }

  /** Elements aggregated by some plateaus exist from the first of them until the one after the last. */
  private plateauLifecycles(): void {
    const plateaus = [...this.imported.values()].filter((imported) => imported.kind === 'plateau');
    const ordered = orderByTriggers(plateaus, this.triggers);
    for (const imported of this.imported.values()) {
      if (imported.plateaus.size === 0 || property(imported.element, KEY.lifecycle) !== undefined) continue;
      const indexes = [...imported.plateaus].map((plateau) => ordered.indexOf(plateau)).sort((a, b) => a - b);
      const first = indexes[0]!;
      const last = indexes[indexes.length - 1]!;
      if (last - first + 1 !== indexes.length) this.note('lifecycleNotConsecutive', { element: labelOf(imported.element) });
      const from = first > 0 ? ordered[first] : undefined;
      const until = ordered[last + 1];
      imported.plateauLifecycle = { ...(from ? { from } : {}), ...(until ? { until } : {}) };
    }
  }
}

// --- helpers ----------------------------------------------------------------------------------

const TRUST_KINDS = ['ca', 'tsa', 'ocsp', 'remote-signing', 'validation'];

export function property(concept: { readonly properties: readonly ExchangeProperty[] }, key: string): string | undefined {
  return concept.properties.find((candidate) => sameKey(candidate.key, key))?.value;
}

function isDerived(concept: { readonly properties: readonly ExchangeProperty[] }): boolean {
  return property(concept, KEY.derived) === 'true';
}

function statementProperty(relationship: ExchangeRelationship): Statement | undefined {
  const stated = property(relationship, KEY.statement);
  return STATEMENTS.find((statement) => statement === stated);
}

/** Which end holds a statement of this kind, when the kinds at the ends fit it. */
function place(statement: Statement, source: Imported, target: Imported): { subject: Imported; object: Imported } | undefined {
  const shape = SHAPES[statement];
  const fits = (subject: Imported, object: Imported) => shape.subject.includes(subject.kind) && shape.object.includes(object.kind);
  const [subject, object] = shape.subjectIs === 'source' ? [source, target] : [target, source];
  if (fits(subject, object)) return { subject, object };
  if (shape.eitherWay && fits(object, subject)) return { subject: object, object: subject };
  return undefined;
}

/** The agency an element belongs to: itself, its owner, operator, or its provider's owner. */
export function agencyOf(imported: Imported): Imported | undefined {
  switch (imported.kind) {
    case 'agency':
      return imported;
    case 'system':
    case 'data':
      return imported.links.owner;
    case 'platform':
    case 'trust':
      return imported.links.operator;
    case 'interface':
      return imported.links.provider?.links.owner;
    default:
      return undefined;
  }
}

/** `Serving from “A” to “B” (id)`, with the relationship's name and properties. */
function relationshipComment(relationship: ExchangeRelationship, elements: ReadonlyMap<string, ExchangeElement>): string {
  const end = (id: string) => {
    const element = elements.get(id);
    return element ? `${element.type} “${labelOf(element)}”` : id;
  };
  const access = relationship.accessType ? ` (${relationship.accessType})` : '';
  const name = relationship.names[0] ? ` “${relationship.names[0].text}”` : '';
  const properties = relationship.properties.map(({ key, value }) => `; ${key}: ${value}`).join('');
  return `ArchiMate ${relationship.type}${access}${name} from ${end(relationship.source)} to ${end(relationship.target)} (${relationship.id})${properties}`;
}

/** How an element is called in messages: its first name, else its id. */
export function labelOf(element: ExchangeElement | undefined): string {
  if (!element) return '';
  return element.names[0]?.text.trim() || element.id;
}

/**
 * The locales of a file's `xml:lang` tags: the language code alone (`en-GB` → `en`), the one locale
 * gea names take (decision 0064); the first text of an element in it is its name there, and the
 * others of that language (`en-US` after `en-GB`) are kept as comments.
 */
function localesOf(exchange: ExchangeModel): Map<string, string | undefined> {
  const tags = new Set<string>();
  const add = (texts: readonly { readonly lang?: string }[]) => {
    for (const text of texts) if (text.lang !== undefined) tags.add(text.lang);
  };
  for (const concept of [...exchange.elements, ...exchange.relationships, ...exchange.diagrams]) {
    add(concept.names);
    add(concept.documentation);
  }
  return new Map([...tags].map((tag) => [tag, languageCodeOf(tag)]));
}

/** A gea identifier from a name in another tool: `Tax Office (ITC)` → `Tax_Office_ITC`. */
export function slug(text: string, fallback: string): string {
  let name = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') name = fallback;
  if (/^\p{N}/u.test(name)) name = `_${name}`;
  if (GEA_KEYWORDS.has(name)) name = `${name}_`;
  return name;
}

function countNodes(nodes: readonly DiagramNode[]): number {
  return nodes.reduce((count, node) => count + 1 + countNodes(node.nodes), 0);
}

/** The names of the elements a diagram shows, each once, in drawing order. */
function uniqueLabels(nodes: readonly DiagramNode[], elements: readonly ExchangeElement[]): string[] {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const labels: string[] = [];
  const visit = (node: DiagramNode) => {
    const element = node.elementRef ? byId.get(node.elementRef) : undefined;
    const label = element ? `${element.type} “${labelOf(element)}”` : node.labels[0]?.text;
    if (label && !labels.includes(label)) labels.push(label);
    node.nodes.forEach(visit);
  };
  nodes.forEach(visit);
  return labels;
}

function orderByTriggers(plateaus: readonly Imported[], triggers: readonly [Imported, Imported][]): Imported[] {
  const dated = (plateau: Imported) => {
    const date = property(plateau.element, KEY.date);
    return date !== undefined && isCalendarDate(date) ? date : undefined;
  };
  if (plateaus.every(dated))
    return [...plateaus].sort((a, b) => dated(a)!.localeCompare(dated(b)!) || plateaus.indexOf(a) - plateaus.indexOf(b));
  // Follow the triggering chain from the plateaus nothing triggers, each in the file's order.
  const next = new Map<Imported, Imported[]>();
  const triggered = new Set<Imported>();
  for (const [from, to] of triggers) {
    const after = next.get(from) ?? [];
    after.push(to);
    next.set(from, after);
    triggered.add(to);
  }
  const ordered: Imported[] = [];
  const seen = new Set<Imported>();
  const visit = (plateau: Imported) => {
    if (seen.has(plateau)) return;
    seen.add(plateau);
    ordered.push(plateau);
    for (const after of next.get(plateau) ?? []) visit(after);
  };
  for (const plateau of plateaus) if (!triggered.has(plateau)) visit(plateau);
  for (const plateau of plateaus) visit(plateau);
  return ordered;
}

/** The day after a calendar date; `undefined` after 9999-12-31. */
function nextDay(date: string): string | undefined {
  const next = addDuration(date, { amount: 1, unit: 'd', text: '1d' });
  return typeof next === 'string' ? next : undefined;
}
