// The model as it stands at one plateau: its collections hold only the elements and statements
// that exist there, and a reference whose target does not exist there has no `target` (its
// `declared` keeps what it names in the whole model, for the rules about lifecycles). Rules and
// views read this projection, so a naive rule is lifecycle-correct without a guard.
import { existsAt, lifecycleAllows } from './plateaus.js';
import type * as m from './types.js';

export interface PlateauModel extends m.SemanticModel {
  /** The plateau this projection stands at. */
  readonly plateau: m.Plateau;
  /** The model at every plateau, which this projection was made from. */
  readonly whole: m.SemanticModel;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

export function modelAt(model: m.SemanticModel, plateau: m.Plateau): PlateauModel {
  return new Projection(model, plateau).project();
}

class Projection {
  /** Whole-model element → its copy at the plateau, for the elements that exist there. */
  private readonly copies = new Map<m.Element, m.Element>();
  private readonly fieldCopies = new Map<m.Field, m.Field>();

  constructor(
    private readonly model: m.SemanticModel,
    private readonly plateau: m.Plateau,
  ) {}

  project(): PlateauModel {
    const live = this.model.elements.filter((element) => element.kind === 'plateau' || existsAt(element, this.plateau));
    for (const element of live) this.copies.set(element, this.shallowCopy(element));
    for (const element of live) this.fill(element, this.copies.get(element)! as Mutable<m.Element>);
    const elements = live.map((element) => Object.freeze(this.copies.get(element)!));
    const ofKind = <K extends m.ElementKind>(kind: K) => elements.filter((e): e is Extract<m.Element, { kind: K }> => e.kind === kind);
    const byId = new Map<string, m.Element>();
    for (const [id, element] of this.model.byId) {
      const copy = this.copies.get(element);
      if (copy) byId.set(id, copy);
    }
    return {
      plateau: (this.copies.get(this.plateau) as m.Plateau) ?? this.plateau,
      whole: this.model,
      elements,
      laws: ofKind('law'),
      plateaus: this.model.plateaus.map((p) => (this.copies.get(p) as m.Plateau | undefined) ?? p),
      agencies: ofKind('agency'),
      platforms: ofKind('platform'),
      trusts: ofKind('trust'),
      data: ofKind('data'),
      systems: ofKind('system'),
      interfaces: ofKind('interface'),
      views: ofKind('view'),
      waivers: ofKind('waiver'),
      byId,
      defaultLocale: this.model.defaultLocale,
      documents: this.model.documents,
      relativePaths: this.model.relativePaths,
    };
  }

  // --- pass 1: copies with empty reverse relations ----------------------------------------

  private shallowCopy(element: m.Element): m.Element {
    switch (element.kind) {
      case 'agency':
        return { ...element, children: [], systems: [], data: [], operates: [] };
      case 'platform':
        return { ...element, interfaces: [], users: [], hosts: [] };
      case 'trust':
        return { ...element, certificates: [], reliedOnBy: [], issues: [] };
      case 'data': {
        // Fields are copied here, before any statement that names one is re-pointed in pass 2.
        const data = { ...element, fields: [] as m.Field[], masteredBy: [], storedBy: [], carriedBy: [], signedBy: [] };
        for (const field of element.fields) {
          const copy: m.Field = { ...field, data };
          this.fieldCopies.set(field, copy);
          data.fields.push(copy);
        }
        return data;
      }
      case 'system':
        return { ...element, masters: [], stores: [], consumes: [], dependsOn: [], uses: [], signings: [], provides: [], dependedOnBy: [] };
      case 'interface':
        return { ...element, operations: [], events: [], payloads: [], consumedBy: [] };
      default:
        return { ...element };
    }
  }

  // --- pass 2: references re-pointed, statements filtered, reverse relations rebuilt -------

  private fill(whole: m.Element, copy: Mutable<m.Element>): void {
    copy.lifecycle = this.lifecycle(whole.lifecycle);
    copy.legalBasis = this.legalBases(whole.legalBasis);
    switch (whole.kind) {
      case 'agency': {
        const agency = copy as Mutable<m.Agency>;
        agency.parent = this.ref(whole.parent);
        this.mutable(agency.parent?.target)?.children.push(agency);
        return;
      }
      case 'platform': {
        const platform = copy as Mutable<m.Platform>;
        platform.operator = this.ref(whole.operator);
        this.mutable(platform.operator?.target)?.operates.push(platform);
        return;
      }
      case 'trust':
        return this.fillTrust(whole, copy as Mutable<m.Trust>);
      case 'data':
        return this.fillData(whole, copy as Mutable<m.Data>);
      case 'system':
        return this.fillSystem(whole, copy as Mutable<m.System>);
      case 'interface':
        return this.fillInterface(whole, copy as Mutable<m.Interface>);
      case 'view': {
        const view = copy as Mutable<m.View>;
        view.of = this.ref(whole.of);
        view.at = this.ref(whole.at);
        view.compare = whole.compare ? { from: this.ref(whole.compare.from)!, to: this.ref(whole.compare.to) } : undefined;
        view.include = whole.include.map((reference) => this.ref(reference)!);
        view.exclude = whole.exclude.map((reference) => this.ref(reference)!);
        return;
      }
      case 'waiver': {
        const waiver = copy as Mutable<m.Waiver>;
        waiver.on = this.ref(whole.on);
        waiver.until = waiver.lifecycle.until;
        return;
      }
      default:
        return;
    }
  }

  private fillTrust(whole: m.Trust, trust: Mutable<m.Trust>): void {
    trust.operator = this.ref(whole.operator);
    this.mutable(trust.operator?.target)?.operates.push(trust);
    trust.issuer = this.ref(whole.issuer);
    this.mutable(trust.issuer?.target)?.issues.push(trust);
    trust.certificates = whole.certificates.map((certificate) => ({ ...certificate, trust }));
  }

  private fillData(whole: m.Data, data: Mutable<m.Data>): void {
    data.owner = this.ref(whole.owner);
    this.mutable(data.owner?.target)?.data.push(data);
    for (const field of whole.fields) {
      if (field.type.data) (this.fieldCopies.get(field) as Mutable<m.Field>).type = { ...field.type, data: this.ref(field.type.data) };
    }
    if (whole.open) data.open = { ...whole.open, publisher: this.ref(whole.open.publisher) };
  }

  private fillSystem(whole: m.System, system: Mutable<m.System>): void {
    system.owner = this.ref(whole.owner);
    this.mutable(system.owner?.target)?.systems.push(system);
    system.operator = this.ref(whole.operator);
    const operator = this.mutable(system.operator?.target);
    if (operator && operator !== system.owner?.target) operator.operates.push(system);
    system.hosting = this.ref(whole.hosting);
    this.mutable(system.hosting?.target)?.hosts.push(system);

    const base = <R extends m.Relation>(statement: R) => ({ ...statement, system, lifecycle: this.lifecycle(statement.lifecycle) });
    for (const statement of this.liveStatements(whole.masters)) {
      const masters: m.Masters = { ...base(statement), data: this.ref(statement.data)! };
      system.masters.push(masters);
      this.mutable(masters.data.target)?.masteredBy.push(masters);
    }
    for (const statement of this.liveStatements(whole.stores)) {
      const stores: m.Stores = {
        ...base(statement),
        data: this.ref(statement.data)!,
        fields: statement.fields.map((field) => this.fieldRef(field)),
      };
      system.stores.push(stores);
      this.mutable(stores.data.target)?.storedBy.push(stores);
    }
    for (const statement of this.liveStatements(whole.consumes)) {
      const consumes: m.Consumes = {
        ...base(statement),
        interface: this.ref(statement.interface)!,
        legalBasis: this.legalBases(statement.legalBasis),
      };
      system.consumes.push(consumes);
      this.mutable(consumes.interface.target)?.consumedBy.push(consumes);
    }
    for (const statement of this.liveStatements(whole.dependsOn)) {
      const dependsOn: m.DependsOn = { ...base(statement), target: this.ref(statement.target)! };
      system.dependsOn.push(dependsOn);
      this.mutable(dependsOn.target.target)?.dependedOnBy.push(dependsOn);
    }
    for (const statement of this.liveStatements(whole.uses)) {
      const uses: m.Uses = { ...base(statement), platform: this.ref(statement.platform)! };
      system.uses.push(uses);
      this.mutable(uses.platform.target)?.users.push(uses);
    }
    for (const statement of this.liveStatements(whole.signings)) {
      const signing = { ...base(statement), data: this.ref(statement.data)! } as Mutable<m.Signing>;
      signing.signature = this.signature(statement.signature, signing);
      system.signings.push(signing);
      this.mutable(signing.data.target)?.signedBy.push(signing);
    }
  }

  private fillInterface(whole: m.Interface, api: Mutable<m.Interface>): void {
    api.provider = this.ref(whole.provider);
    this.mutable(api.provider?.target)?.provides.push(api);
    api.via = this.ref(whole.via);
    this.mutable(api.via?.target)?.interfaces.push(api);
    api.signature = whole.signature ? this.signature(whole.signature, api) : undefined;
    const payloadCopies = new Map<m.Payload, m.Payload>();
    for (const payload of whole.payloads) {
      const copy: m.Payload = {
        ...payload,
        interface: api,
        data: this.ref(payload.data)!,
        fields: payload.fields.map((field) => this.fieldRef(field)),
      };
      payloadCopies.set(payload, copy);
      api.payloads.push(copy);
      this.mutable(copy.data.target)?.carriedBy.push(copy);
    }
    const payloadOf = (payload: m.Payload | undefined) => (payload ? payloadCopies.get(payload) : undefined);
    api.operations = whole.operations.map((operation) => ({
      ...operation,
      input: payloadOf(operation.input),
      output: payloadOf(operation.output),
    }));
    api.events = whole.events.map((event) => ({ ...event, payloads: event.payloads.map((payload) => payloadOf(payload)!) }));
  }

  private signature(whole: m.Signature, owner: m.Signing | m.Interface): m.Signature {
    const signature: m.Signature = { ...whole, owner, with: this.ref(whole.with), timestamp: this.ref(whole.timestamp) };
    for (const trust of [signature.with?.target, signature.timestamp?.target]) this.mutable(trust)?.reliedOnBy.push(signature);
    return signature;
  }

  private liveStatements<R extends m.Relation>(statements: readonly R[]): R[] {
    return statements.filter((statement) => lifecycleAllows(statement.lifecycle, this.plateau));
  }

  private lifecycle(lifecycle: m.Lifecycle): m.Lifecycle {
    return { from: this.ref(lifecycle.from), until: this.ref(lifecycle.until) };
  }

  private legalBases(bases: readonly m.LegalBasis[]): m.LegalBasis[] {
    return bases.map((basis) => ({ ...basis, law: this.ref(basis.law)! }));
  }

  /** The reference at this plateau: its target's copy when that exists here, else none. */
  private ref<T extends m.Element>(reference: m.Ref<T>): m.Ref<T>;
  private ref<T extends m.Element>(reference: m.Ref<T> | undefined): m.Ref<T> | undefined;
  private ref<T extends m.Element>(reference: m.Ref<T> | undefined): m.Ref<T> | undefined {
    if (!reference) return undefined;
    const declared = reference.declared;
    return { ...reference, target: declared ? (this.copies.get(declared) as T | undefined) : undefined };
  }

  /** Fields belong to data assets; those of a data asset that does not exist here resolve to none. */
  private fieldRef(reference: m.Ref<m.Field>): m.Ref<m.Field> {
    const declared = reference.declared;
    return { ...reference, target: declared ? this.fieldCopies.get(declared) : undefined };
  }

  private mutable<T extends m.Element>(element: T | undefined): Mutable<T> | undefined {
    return element as Mutable<T> | undefined;
  }
}
