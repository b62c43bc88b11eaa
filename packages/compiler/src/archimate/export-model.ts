// The gea model as ArchiMate elements and relationships: one element per declaration (an interface
// also gets the application service it offers), plateaus with what exists at each and a gap
// between consecutive ones; one relationship per statement where ArchiMate 3.2 allows one, plus the
// derived relationships diagrams need to draw gea's edges. Every relationship is checked against
// the relationship table; properties carry what ArchiMate has no concept for.
import {
  carriedPrivacy,
  existsAt,
  heldPrivacy,
  type Agency,
  type Common,
  type Data,
  type Element,
  type Interface,
  type Law,
  type Plateau,
  type Platform,
  type SemanticModel,
  type System,
  type Trust,
  type Waiver,
  type EdgeKind,
} from '@gea-arch/core';
import type { AccessType, ExchangeElement, ExchangeProperty, ExchangeRelationship, LangString } from './exchange.js';
import { DrawnRelationships } from './drawn-relationships.js';
import { declarationId, derivedId } from './identifiers.js';
import { ACCESS_OF, KEY, metaKey, SPECIALIZATIONS, STATEMENT_RELATIONSHIPS, type Statement } from './mapping.js';
import {
  certificateValue,
  eventValue,
  fieldValue,
  legalBasisValue,
  lifecycleValue,
  listValue,
  operationValue,
  refName,
  signatureValue,
  waiverValue,
} from './property-values.js';
import { firstAllowed, type ElementType, type RelationshipType } from './relationship-table.js';

/** An exported element with what the organizations and diagrams need to know of it. */
export interface ExportedElement extends ExchangeElement {
  readonly type: ElementType;
  /** The declaration it stands for (for an interface's service, the interface). */
  readonly declaration?: Element;
  /** The agency whose folder holds it. */
  readonly agency?: Agency;
  /** Migration concepts: plateaus and gaps. */
  readonly migration?: boolean;
}

export interface ExportedModel {
  readonly elements: readonly ExportedElement[];
  readonly relationships: readonly ExchangeRelationship[];
  /** How each diagram edge is drawn. */
  readonly drawn: DrawnRelationships;
}

export function exportModel(model: SemanticModel): ExportedModel {
  return new ModelExport(model).run();
}

interface RelateOptions {
  readonly properties?: readonly (ExchangeProperty | undefined)[];
  readonly accessType?: AccessType;
  readonly isDirected?: boolean;
  /** Diagram edges this relationship draws: kind, the edge's from and to element ids. */
  readonly draws?: readonly { readonly kind: EdgeKind; readonly from: string; readonly to: string }[];
}

class ModelExport {
  private readonly elements: ExportedElement[] = [];
  private readonly byDeclaration = new Map<string, ExportedElement>();
  private readonly services = new Map<string, ExportedElement>();
  private readonly relationships: ExchangeRelationship[] = [];
  private readonly relationshipIds = new Set<string>();
  private readonly drawn = new DrawnRelationships();
  private readonly locales: readonly string[];
  /** The waivers of rules on each element, by its full name (the first declaration of each waiver). */
  private waivers: Map<string, Waiver[]> | undefined;

  constructor(private readonly model: SemanticModel) {
    // The default locale first, then the others as they sort.
    const all = new Set<string>();
    for (const element of model.elements)
      for (const locale of [...Object.keys(element.names), ...Object.keys(element.descriptions)]) all.add(locale);
    all.delete(model.defaultLocale);
    this.locales = [model.defaultLocale, ...[...all].sort()];
  }

  run(): ExportedModel {
    const declarations = this.model.elements.filter((element) => this.model.byId.get(element.id) === element);
    const plateaus = this.model.plateaus.filter((plateau) => !plateau.implicit && this.model.byId.get(plateau.id) === plateau);
    for (const plateau of plateaus) this.addPlateau(plateau);
    for (const element of declarations) {
      switch (element.kind) {
        case 'law':
          this.addLaw(element);
          break;
        case 'agency':
          this.addAgency(element);
          break;
        case 'platform':
        case 'trust':
          this.addTechnology(element);
          break;
        case 'data':
          this.addData(element);
          break;
        case 'system':
          this.addSystem(element);
          break;
        case 'interface':
          this.addInterface(element);
          break;
        default:
          break;
      }
    }
    for (const element of declarations) this.relateDeclaration(element);
    this.relateMigration(plateaus);
    return { elements: this.elements, relationships: this.relationships, drawn: this.drawn };
  }

  // --- elements ---------------------------------------------------------------------------

  private addPlateau(plateau: Plateau): void {
    this.addDeclaration(plateau, 'Plateau', [prop(KEY.date, plateau.date)], { migration: true });
  }

  private addLaw(law: Law): void {
    this.addDeclaration(law, 'Constraint', [prop(KEY.enacted, law.enacted)]);
  }

  private addAgency(agency: Agency): void {
    this.addDeclaration(
      agency,
      'BusinessActor',
      [
        prop(KEY.kind, agency.agencyKind),
        prop(KEY.acronym, agency.acronym),
        prop(KEY.registryCode, agency.registryCode),
        prop(KEY.contact, agency.contact),
      ],
      { agency },
    );
  }

  private addTechnology(element: Platform | Trust): void {
    const sla = element.kind === 'platform' ? element.sla : undefined;
    const properties =
      element.kind === 'platform'
        ? [prop(KEY.specialization, SPECIALIZATIONS.platform), prop(KEY.kind, element.platformKind), ...slaProperties(sla)]
        : [
            prop(KEY.specialization, SPECIALIZATIONS.trust),
            prop(KEY.kind, element.trustKind),
            prop(KEY.accredited, element.accredited ? 'true' : undefined),
            prop(KEY.levels, element.levels.length > 0 ? listValue(element.levels) : undefined),
            prop(KEY.formats, element.formats.length > 0 ? listValue(element.formats) : undefined),
            ...element.certificates.map((certificate) => prop(KEY.certificate, certificateValue(certificate))),
          ];
    this.addDeclaration(element, 'TechnologyService', properties, { agency: element.operator?.declared });
  }

  private addData(data: Data): void {
    const open = data.open;
    this.addDeclaration(
      data,
      data.dataKind === 'document' ? 'BusinessObject' : 'DataObject',
      [
        prop(KEY.kind, data.dataKind),
        prop(KEY.baseRegistry, data.baseRegistry ? 'true' : undefined),
        prop(KEY.classification, data.classification),
        prop(KEY.personalData, heldPrivacy(data)),
        prop(KEY.privacy, data.privacy !== 'none' ? data.privacy : undefined),
        prop(KEY.legallyBinding, data.legallyBinding ? 'true' : undefined),
        prop(KEY.documentFormat, data.format),
        prop(KEY.retention, data.retention?.text),
        ...data.fields.map((field) => prop(KEY.field, fieldValue(field))),
        prop(KEY.openLicense, open?.license),
        prop(KEY.openPublisher, refName(open?.publisher)),
        prop(KEY.openCadence, open?.cadence),
        // An `open { }` block with nothing in it still says the data is open.
        prop(KEY.openFormats, open ? listValue(open.formats) : undefined),
      ],
      { agency: data.owner?.declared },
    );
  }

  private addSystem(system: System): void {
    this.addDeclaration(system, 'ApplicationComponent', [prop(KEY.criticality, system.criticality)], { agency: system.owner?.declared });
  }

  private addInterface(api: Interface): void {
    const agency = api.provider?.declared?.owner?.declared;
    const carried = carriedPrivacy(api);
    this.addDeclaration(
      api,
      'ApplicationInterface',
      [
        prop(KEY.style, api.style),
        prop(KEY.version, api.version),
        prop(KEY.classification, api.classification),
        prop(KEY.personalData, carried !== 'none' ? carried : undefined),
        prop(KEY.consent, api.consent && api.consent.length > 0 ? listValue(api.consent) : undefined),
        prop(KEY.auth, api.auth),
        ...slaProperties(api.sla),
        prop(KEY.signature, api.signature ? signatureValue(api.signature) : undefined),
        prop(KEY.deprecated, api.deprecated ? 'true' : undefined),
        ...api.operations.map((operation) => prop(KEY.operation, operationValue(operation))),
        ...api.events.map((event) => prop(KEY.event, eventValue(event))),
      ],
      { agency },
    );
    // What the interface offers, as ArchiMate separates it from the access point.
    const service: ExportedElement = {
      id: derivedId('service', api.id),
      type: 'ApplicationService',
      names: this.names(api),
      documentation: [],
      properties: [{ key: KEY.derived, value: 'true' }],
      declaration: api,
      agency,
    };
    this.elements.push(service);
    this.services.set(api.id, service);
  }

  private addDeclaration(
    element: Element & Common,
    type: ElementType,
    properties: readonly (ExchangeProperty | undefined)[],
    extra: { agency?: Agency; migration?: boolean } = {},
  ): void {
    const exported: ExportedElement = {
      id: declarationId(element.id),
      type,
      names: this.names(element),
      documentation: this.documentation(element),
      properties: [...this.commonProperties(element), ...properties.filter(isProperty), ...this.metaProperties(element)],
      declaration: element,
      ...(extra.agency ? { agency: extra.agency } : {}),
      ...(extra.migration ? { migration: true } : {}),
    };
    this.elements.push(exported);
    this.byDeclaration.set(element.id, exported);
  }

  /** Names in every locale, the default first; a declaration without one is named by its identifier. */
  private names(element: Common): LangString[] {
    const names = this.inLocales(element.names);
    return names.length > 0 ? names : [{ text: element.localName }];
  }

  private documentation(element: Common): LangString[] {
    return this.inLocales(element.descriptions);
  }

  private inLocales(texts: Readonly<Record<string, string>>): LangString[] {
    return this.locales.filter((locale) => texts[locale] !== undefined).map((locale) => ({ text: texts[locale]!, lang: locale }));
  }

  private commonProperties(element: Element & Common): ExchangeProperty[] {
    return [
      prop(KEY.tags, element.tags.length > 0 ? listValue(element.tags) : undefined),
      prop(KEY.url, element.url),
      prop(KEY.lifecycle, lifecycleValue(element.lifecycle)),
      ...this.waiversOn(element).map((waiver) => prop(KEY.waiver, waiverValue(waiver, waiver.names[this.model.defaultLocale]))),
    ].filter(isProperty);
  }

  private waiversOn(element: Element): readonly Waiver[] {
    if (!this.waivers) {
      this.waivers = new Map();
      for (const waiver of this.model.waivers) {
        const on = waiver.on?.declared;
        if (!on || this.model.byId.get(waiver.id) !== waiver) continue;
        const listed = this.waivers.get(on.id) ?? [];
        listed.push(waiver);
        this.waivers.set(on.id, listed);
      }
    }
    return this.model.byId.get(element.id) === element ? (this.waivers.get(element.id) ?? []) : [];
  }

  private metaProperties(element: Common): ExchangeProperty[] {
    return Object.entries(element.meta).map(([key, value]) => ({ key: metaKey(key), value }));
  }

  // --- relationships ----------------------------------------------------------------------

  private relateDeclaration(element: Element): void {
    const self = this.byDeclaration.get(element.id);
    if (!self) return;
    switch (element.kind) {
      case 'agency': {
        const parent = this.of(element.parent?.declared);
        if (parent) this.relate('parent', parent, self);
        break;
      }
      case 'platform':
      case 'trust': {
        const operator = this.of(element.operator?.declared);
        if (operator) this.relate('operator', operator, self, { isDirected: true });
        if (element.kind === 'trust') {
          const issuer = this.of(element.issuer?.declared);
          if (issuer) this.relate('issuer', issuer, self, { draws: [{ kind: 'issuer', from: element.id, to: issuer.declaration!.id }] });
        }
        break;
      }
      case 'data': {
        const owner = this.of(element.owner?.declared);
        if (owner) this.relate('owner', owner, self, { isDirected: true });
        break;
      }
      case 'system':
        this.relateSystem(element, self);
        break;
      case 'interface':
        this.relateInterface(element, self);
        break;
      default:
        break;
    }
    if (element.kind !== 'view' && element.kind !== 'waiver') {
      for (const basis of element.legalBasis) {
        const law = this.of(basis.law.declared);
        if (law) this.relate('legal-basis', self, law, { properties: [prop(KEY.article, basis.article)] });
      }
    }
  }

  private relateSystem(system: System, self: ExportedElement): void {
    const owner = this.of(system.owner?.declared);
    if (owner) this.relate('owner', owner, self, { isDirected: true });
    const operator = this.of(system.operator?.declared);
    if (operator) this.relate('operator', operator, self, { isDirected: true });
    const hosting = this.of(system.hosting?.declared);
    if (hosting) this.relate('hosting', hosting, self);
    const lifecycle = (statement: { lifecycle: System['lifecycle'] }) => prop(KEY.lifecycle, lifecycleValue(statement.lifecycle));
    for (const masters of system.masters) {
      const data = this.of(masters.data.declared);
      if (data)
        this.relate('masters', self, data, {
          properties: [lifecycle(masters)],
          draws: [{ kind: 'masters', from: system.id, to: data.declaration!.id }],
        });
    }
    for (const stores of system.stores) {
      const data = this.of(stores.data.declared);
      const fields = stores.allFields ? undefined : listValue(stores.fields.map((field) => field.text));
      if (data)
        this.relate('stores', self, data, {
          properties: [prop(KEY.fields, fields), lifecycle(stores)],
          draws: [{ kind: 'stores', from: system.id, to: data.declaration!.id }],
        });
    }
    for (const consumes of system.consumes) {
      const api = this.of(consumes.interface.declared);
      if (!api) continue;
      this.relate('consumes', api, self, {
        properties: [
          prop(KEY.purpose, consumes.purpose),
          ...consumes.legalBasis.flatMap((basis) =>
            refName(basis.law) ? [prop(KEY.legalBasis, legalBasisValue(refName(basis.law)!, basis.article))] : [],
          ),
          prop(KEY.agreement, consumes.agreement),
          prop(KEY.consent, consumes.consent.length > 0 ? listValue(consumes.consent) : undefined),
          lifecycle(consumes),
        ],
        draws: [{ kind: 'consumes', from: system.id, to: api.declaration!.id }],
      });
      // Provider serves consumer: derived from composition and serving, so landscapes draw system to system.
      const provider = this.of(consumes.interface.declared?.provider?.declared);
      if (provider && provider !== self && !this.drawn.has('consumes', system.id, provider.declaration!.id))
        this.relateDerived('serves', ['Serving'], provider, self, [{ kind: 'consumes', from: system.id, to: provider.declaration!.id }]);
    }
    for (const dependency of system.dependsOn) {
      const target = this.of(dependency.target.declared);
      if (!target) continue;
      this.relate('depends-on', target, self, {
        properties: [prop(KEY.what, dependency.what), prop(KEY.dependencyKind, dependency.dependencyKind), lifecycle(dependency)],
        draws: [{ kind: 'depends-on', from: system.id, to: target.declaration!.id }],
      });
    }
    for (const uses of system.uses) {
      const platform = this.of(uses.platform.declared);
      if (platform)
        this.relate('uses', platform, self, {
          properties: [lifecycle(uses)],
          draws: [{ kind: 'uses', from: system.id, to: platform.declaration!.id }],
        });
    }
    const reliedOn = new Set<string>();
    for (const signing of system.signings) {
      const data = this.of(signing.data.declared);
      if (!data) continue;
      this.relate(signing.kind, self, data, {
        properties: [prop(KEY.signature, signatureValue(signing.signature)), lifecycle(signing)],
        draws: [{ kind: signing.kind, from: system.id, to: data.declaration!.id }],
      });
      for (const trust of [signing.signature.with?.declared, signing.signature.timestamp?.declared]) {
        const service = this.of(trust);
        if (!service || reliedOn.has(service.id)) continue;
        reliedOn.add(service.id);
        this.relateDerived('relies-on', ['Serving'], service, self, [
          { kind: 'with', from: system.id, to: trust!.id },
          { kind: 'timestamp', from: system.id, to: trust!.id },
        ]);
      }
    }
  }

  private relateInterface(api: Interface, self: ExportedElement): void {
    const service = this.services.get(api.id)!;
    const provider = this.of(api.provider?.declared);
    if (provider) {
      this.relate('provider', provider, self, { draws: [{ kind: 'provides', from: provider.declaration!.id, to: api.id }] });
      this.relateDerived('realizes', ['Realization'], provider, service);
    }
    this.relateDerived('assigned', ['Assignment'], self, service);
    const via = this.of(api.via?.declared);
    if (via) this.relate('via', via, self);
    const signature = api.signature;
    const trusts = [signature?.with?.declared, signature?.timestamp?.declared];
    for (const trust of new Set(trusts)) {
      const exported = this.of(trust);
      if (exported)
        this.relateDerived('relies-on', ['Serving'], exported, self, [
          { kind: 'with', from: api.id, to: trust!.id },
          { kind: 'timestamp', from: api.id, to: trust!.id },
        ]);
    }
    // What the interface carries, read from its operations and events (the properties say which).
    const access = new Map<string, { data: ExportedElement; read: boolean; write: boolean }>();
    for (const payload of api.payloads) {
      const data = this.of(payload.data.declared);
      if (!data) continue;
      const entry = access.get(data.id) ?? { data, read: false, write: false };
      if (payload.role === 'input') entry.write = true;
      else entry.read = true;
      access.set(data.id, entry);
    }
    for (const { data, read, write } of access.values()) {
      this.relateDerived('carries', ['Access'], self, data, [{ kind: 'carries', from: api.id, to: data.declaration!.id }], {
        accessType: read && write ? 'ReadWrite' : write ? 'Write' : 'Read',
      });
    }
  }

  /** Plateaus aggregate what exists at them and trigger the next; a gap stands between each pair. */
  private relateMigration(plateaus: readonly Plateau[]): void {
    const present = this.elements.filter((element) => !element.migration);
    const at = (element: ExportedElement, plateau: Plateau) => existsAt(element.declaration!, plateau);
    for (const plateau of plateaus) {
      const self = this.byDeclaration.get(plateau.id)!;
      for (const element of present) if (at(element, plateau)) this.relateDerived('aggregates', ['Aggregation'], self, element);
    }
    for (let index = 1; index < plateaus.length; index++) {
      const from = plateaus[index - 1]!;
      const to = plateaus[index]!;
      const earlier = this.byDeclaration.get(from.id)!;
      const later = this.byDeclaration.get(to.id)!;
      this.relateDerived('triggers', ['Triggering'], earlier, later);
      const gap: ExportedElement = {
        id: derivedId('gap', from.id, to.id),
        type: 'Gap',
        names: this.gapNames(from, to),
        documentation: [],
        properties: [{ key: KEY.derived, value: 'true' }],
        migration: true,
      };
      this.elements.push(gap);
      this.relateDerived('gap', ['Association'], gap, earlier, [], { properties: [prop(KEY.gap, 'from')] });
      this.relateDerived('gap', ['Association'], gap, later, [], { properties: [prop(KEY.gap, 'to')] });
      for (const element of present) {
        const before = at(element, from);
        const after = at(element, to);
        if (before !== after)
          this.relateDerived('gap', ['Association'], gap, element, [], { properties: [prop(KEY.gap, after ? 'new' : 'eliminated')] });
      }
    }
  }

  /** `Current state → Target state` in every locale both plateaus are named in. */
  private gapNames(from: Plateau, to: Plateau): LangString[] {
    const names = this.locales
      .filter((locale) => from.names[locale] !== undefined || to.names[locale] !== undefined)
      .map((locale) => ({ text: `${from.names[locale] ?? from.id} → ${to.names[locale] ?? to.id}`, lang: locale }));
    return names.length > 0 ? names : [{ text: `${from.id} → ${to.id}` }];
  }

  private of(element: Element | undefined): ExportedElement | undefined {
    return element ? this.byDeclaration.get(element.id) : undefined;
  }

  private relate(statement: Statement, source: ExportedElement, target: ExportedElement, options: RelateOptions = {}): void {
    this.add(
      statement,
      STATEMENT_RELATIONSHIPS[statement],
      source,
      target,
      statementProperty(statement),
      options,
      ACCESS_OF[statement],
      options.draws,
    );
  }

  private relateDerived(
    tag: string,
    preferred: readonly RelationshipType[],
    source: ExportedElement,
    target: ExportedElement,
    draws: RelateOptions['draws'] = NONE,
    options: RelateOptions = {},
  ): void {
    this.add(tag, preferred, source, target, DERIVED, options, options.accessType, draws);
  }

  /** A relationship with `first` before the properties of `options` (arguments, not an options object spread for each). */
  private add(
    tag: string,
    preferred: readonly RelationshipType[],
    source: ExportedElement,
    target: ExportedElement,
    first: ExchangeProperty | undefined,
    options: RelateOptions,
    accessType: AccessType | undefined,
    draws: RelateOptions['draws'] = NONE,
  ): void {
    const type = firstAllowed(preferred, source.type, target.type);
    // Not one of the preferred types is allowed between these two: the relationship is left out.
    if (!type) return;
    // Both ends are ids already, so they go in as they are.
    const base = `rel..${tag}..${source.id}..${target.id}`;
    let id = base;
    // Added at once, and numbered only when it was there already (one lookup for 150 000 ids, not two).
    const ids = this.relationshipIds.size;
    if (this.relationshipIds.add(id).size === ids) {
      for (let count = 2; this.relationshipIds.has(id); count++) id = `${base}..${count}`;
      this.relationshipIds.add(id);
    }
    const properties = propertiesOf(first, options.properties);
    // One literal with every property: 150 000 of them at national scale.
    this.relationships.push({
      id,
      type,
      source: source.id,
      target: target.id,
      names: NONE,
      documentation: NONE,
      properties,
      accessType: type === 'Access' ? (accessType ?? 'Access') : undefined,
      isDirected: type === 'Association' && options.isDirected ? true : undefined,
    });
    for (const edge of draws) {
      this.drawn.add(edge.kind, edge.from, edge.to, { relationship: id, reversed: source.declaration?.id !== edge.from });
    }
  }
}

/** No edges drawn, no properties: one empty list, shared. */
const NONE: readonly never[] = Object.freeze([]);

/** Said of every derived relationship: one object, shared. */
const DERIVED: ExchangeProperty = { key: KEY.derived, value: 'true' };

/**
 * A relationship's properties: `first`, then `more`. Most relationships (150 000 at national scale,
 * each kept until the document is written) have `first` alone, and share one frozen list of it.
 */
function propertiesOf(
  first: ExchangeProperty | undefined,
  more: readonly (ExchangeProperty | undefined)[] | undefined,
): readonly ExchangeProperty[] {
  if (!more?.some(isProperty)) return first ? alone(first) : NONE;
  const properties: ExchangeProperty[] = first ? [first] : [];
  for (const property of more) if (property) properties.push(property);
  return properties;
}

const ALONE = new Map<ExchangeProperty, readonly ExchangeProperty[]>();

function alone(property: ExchangeProperty): readonly ExchangeProperty[] {
  let list = ALONE.get(property);
  if (!list) ALONE.set(property, (list = Object.freeze([property])));
  return list;
}

const STATEMENT_PROPERTIES = new Map<Statement, ExchangeProperty>();

/** The property naming the statement a relationship stands for: one object per statement. */
function statementProperty(statement: Statement): ExchangeProperty {
  let property = STATEMENT_PROPERTIES.get(statement);
  if (!property) STATEMENT_PROPERTIES.set(statement, (property = Object.freeze({ key: KEY.statement, value: statement })));
  return property;
}

function prop(key: string, value: string | undefined): ExchangeProperty | undefined {
  return value === undefined ? undefined : { key, value };
}

function isProperty(property: ExchangeProperty | undefined): property is ExchangeProperty {
  return property !== undefined;
}

function slaProperties(sla: Platform['sla']): (ExchangeProperty | undefined)[] {
  if (!sla) return [];
  return [
    prop(KEY.availability, sla.availability !== undefined ? `${sla.availability}%` : undefined),
    prop(KEY.latency, sla.latencyMs !== undefined ? `${sla.latencyMs}ms` : undefined),
    prop(KEY.throughput, sla.throughput),
    prop(KEY.support, sla.support),
  ];
}
