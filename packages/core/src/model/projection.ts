// A plateau projection's making (modelAt): pass 1 copies the elements that exist at the plateau
// with empty lists of those that name them, pass 2 points their references at the copies, keeps
// the statements that live there and fills those lists. A projection made for a model the
// language server keeps also remembers the copy of every reference and part it made, so that
// after an edit it is updated in place from what changed (decision 0035) rather than made again.
import { addByKind, collectionsOf, emptyKindLists, type KindLists } from './kind-lists.js';
import type { ModelChange } from './model-change.js';
import type { PlateauModel } from './model-at.js';
import { existsAt, lifecycleAllows } from './plateaus.js';
import {
  copyAgency,
  copyConsumes,
  copyData,
  copyDependsOn,
  copyField,
  copyInterface,
  copyMasters,
  copyOperation,
  copyPayload,
  copySignature,
  copySigning,
  copyStores,
  copySystem,
  copyUses,
  named,
  NONE,
} from './projected-copies.js';
import { ProjectedIds } from './projected-ids.js';
import { ProjectionHistory } from './projection-history.js';
import { elementListsOf, partListsOf } from './reverse-lists.js';
import type * as m from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Elements copied or filled between two yields of a projection's making: about 10 ms of work. */
const PROJECTED_AT_ONCE = 2000;

/** Adds to a copy's list, made on its first item. */
function append<E extends m.Element, K extends ListKey<E>>(
  element: E | undefined,
  key: K,
  item: NonNullable<E[K]> extends readonly (infer U)[] ? U : never,
): void {
  if (!element) return;
  const lists = element as unknown as Record<K, unknown[]>;
  const list = lists[key];
  if (list === NONE) lists[key] = [item];
  else list.push(item);
}

type ListKey<E> = { [K in keyof E]-?: NonNullable<E[K]> extends readonly unknown[] ? K : never }[keyof E];

type Lists = Record<string, unknown[]>;

export class Projection {
  /** Whole-model element → its copy at the plateau (itself when self-projecting), for the elements that exist there. */
  private readonly copies = new Map<m.Element, m.Element>();
  /** Kept: each whole-model reference → its copy here, where it has one. */
  private readonly refs: WeakMap<object, Mutable<m.Ref<unknown>>> | undefined;
  /** Kept: each whole-model statement, payload and signature → its copy here. */
  private readonly parts: WeakMap<object, object> | undefined;
  /** Kept: what each update touched. */
  readonly history: ProjectionHistory | undefined;

  constructor(
    private model: m.SemanticModel,
    readonly plateau: m.Plateau,
    /** Whether the projection is kept to be updated after the model changes. */
    readonly kept: boolean,
  ) {
    if (kept) {
      this.refs = new WeakMap();
      this.parts = new WeakMap();
      this.history = new ProjectionHistory();
    }
  }

  *project(): Generator<void, PlateauModel, void> {
    const live = this.model.elements.filter((element) => element.kind === 'plateau' || existsAt(element, this.plateau));
    const selfProjecting = selfProjectingElements(live);
    const copies: m.Element[] = [];
    for (const [index, element] of live.entries()) {
      if (index > 0 && index % PROJECTED_AT_ONCE === 0) yield;
      const copy = selfProjecting.has(element) ? element : this.shallowCopy(element);
      copies.push(copy);
      this.copies.set(element, copy);
    }
    const byKind = emptyKindLists();
    for (const [index, element] of live.entries()) {
      if (index % PROJECTED_AT_ONCE === 0) yield;
      const copy = copies[index]!;
      if (copy !== element) this.fill(element, copy as Mutable<m.Element>);
      addByKind(byKind, copy);
    }
    for (const copy of copies) Object.freeze(copy);
    return this.assemble(copies, byKind);
  }

  /**
   * This projection made the projection of `next`, the model `change` made of this one's: the
   * elements gone are forgotten, the new ones copied, the references pointed again in the whole
   * model pointed again here, and the lists that changed there refilled here. Undefined, with
   * nothing changed, when the change reaches the plateaus or laws (what exists where, and which
   * copies are the whole model's own, would change): then the projection is made anew.
   */
  update(next: m.SemanticModel, change: ModelChange): PlateauModel | undefined {
    if (!this.follows(next, change)) return undefined;
    this.model = next;
    const removed: m.Element[] = [];
    const ids = new Set<string>();
    for (const element of change.removed) {
      const copy = this.copies.get(element);
      if (copy) removed.push(copy);
      this.copies.delete(element);
      ids.add(element.id);
    }
    const made: Array<[m.Element, Mutable<m.Element>]> = [];
    for (const element of change.added) {
      ids.add(element.id);
      if (!existsAt(element, this.plateau)) continue;
      const copy = this.shallowCopy(element) as Mutable<m.Element>;
      this.copies.set(element, copy);
      made.push([element, copy]);
    }
    // What they add to the lists of those that name an element is replaced below: those lists are refilled from the whole model's.
    for (const [element, copy] of made) this.fill(element, copy);
    const repointed = new Set<m.Element>();
    for (const [reference, owner] of change.repointed) {
      const copy = this.refs!.get(reference);
      const ownerCopy = this.copies.get(owner);
      if (!copy || !ownerCopy) continue;
      const declared = (reference as m.Ref<m.Element | m.Field>).declared;
      copy.declared = declared;
      copy.target = declared === undefined ? undefined : 'kind' in declared ? this.copies.get(declared) : this.fieldCopy(declared);
      if (!change.added.has(owner)) repointed.add(ownerCopy);
    }
    for (const [element, copy] of made) this.relist(element, copy);
    const relisted = new Set<m.Element>();
    for (const element of change.relisted) {
      const copy = this.copies.get(element);
      if (!copy || copy === element || change.added.has(element)) continue;
      this.relist(element, copy);
      relisted.add(copy);
    }
    for (const [, copy] of made) Object.freeze(copy);
    this.history!.record({ added: new Set(made.map(([, copy]) => copy)), repointed, relisted, ids, removed });
    const copies: m.Element[] = [];
    const byKind = emptyKindLists();
    for (const element of next.elements) {
      const copy = this.copies.get(element);
      if (!copy) continue;
      copies.push(copy);
      addByKind(byKind, copy);
    }
    return this.assemble(copies, byKind);
  }

  /** Whether `change` leaves the plateaus and laws as they were, so that an update can follow it. */
  private follows(next: m.SemanticModel, change: ModelChange): boolean {
    if (!this.kept || !next.plateaus.includes(this.plateau)) return false;
    const fixed = (element: m.Element | undefined) => element?.kind === 'law' || element?.kind === 'plateau';
    for (const elements of [change.removed, change.added]) for (const element of elements) if (fixed(element)) return false;
    for (const reference of change.repointed.keys()) {
      const declared = (reference as m.Ref<m.Element | m.Field>).declared;
      if (declared && 'kind' in declared && fixed(declared)) return false;
    }
    return true;
  }

  /** A copy's lists of those that name its element, as the whole model's with the items that exist here. */
  private relist(whole: m.Element, copy: m.Element): void {
    const wholeLists = whole as unknown as Lists;
    const lists = copy as unknown as Lists;
    for (const key of elementListsOf(whole.kind)) {
      const list = lists[key]!;
      list.length = 0;
      for (const item of wholeLists[key]!) {
        const projected = this.copies.get(item as m.Element);
        if (projected) list.push(projected);
      }
    }
    for (const key of partListsOf(whole.kind)) {
      const list = lists[key]!;
      list.length = 0;
      for (const item of wholeLists[key]!) {
        const projected = this.parts!.get(item as object);
        if (projected) list.push(projected);
      }
    }
  }

  private assemble(copies: m.Element[], byKind: KindLists): PlateauModel {
    for (const list of Object.values(byKind)) Object.freeze(list);
    return Object.freeze({
      plateau: (this.copies.get(this.plateau) as m.Plateau | undefined) ?? this.plateau,
      whole: this.model,
      elements: Object.freeze(copies),
      ...collectionsOf(byKind),
      plateaus: Object.freeze(this.model.plateaus.map((p) => (this.copies.get(p) as m.Plateau | undefined) ?? p)),
      byId: new ProjectedIds(this.model.byId, this.copies),
      at: <E extends m.Element>(element: E) => this.copies.get(element) as E | undefined,
      defaultLocale: this.model.defaultLocale,
      documents: this.model.documents,
      relativePaths: this.model.relativePaths,
    });
  }

  /** Remembers a part's copy, when kept. */
  private part<T extends object>(whole: object, copy: T): T {
    this.parts?.set(whole, copy);
    return copy;
  }

  // --- pass 1: copies with empty reverse relations ----------------------------------------

  private shallowCopy(element: m.Element): m.Element {
    const kept = this.kept;
    switch (element.kind) {
      case 'agency':
        return copyAgency(element, kept);
      case 'data': {
        // Fields are copied here, before any statement that names one is re-pointed in pass 2.
        const data = copyData(element, kept) as Mutable<m.Data>;
        for (const field of element.fields) data.fields.push(copyField(field, data));
        return data;
      }
      case 'system':
        return copySystem(element, kept);
      case 'interface':
        // Operations and events are copied in pass 2, once their payloads are.
        return copyInterface(element, kept);
      // A national model has a few of each of these: spread.
      case 'platform':
        return { ...element, interfaces: named(kept), users: named(kept), hosts: named(kept) };
      case 'trust':
        return { ...element, certificates: NONE, reliedOnBy: named(kept), issues: named(kept) };
      default:
        return { ...element };
    }
  }

  // --- pass 2: references re-pointed, statements filtered, reverse relations rebuilt -------

  private fill(whole: m.Element, copy: Mutable<m.Element>): void {
    copy.lifecycle = this.lifecycle(whole.lifecycle);
    // Shared with the whole model when unchanged: the copy is frozen before anything could push to it.
    copy.legalBasis = this.legalBases(whole.legalBasis) as m.LegalBasis[];
    switch (whole.kind) {
      case 'agency': {
        const agency = copy as Mutable<m.Agency>;
        agency.parent = this.ref(whole.parent);
        append(agency.parent?.target, 'children', agency);
        return;
      }
      case 'platform': {
        const platform = copy as Mutable<m.Platform>;
        platform.operator = this.ref(whole.operator);
        append(platform.operator?.target, 'operates', platform);
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
    append(trust.operator?.target, 'operates', trust);
    trust.issuer = this.ref(whole.issuer);
    append(trust.issuer?.target, 'issues', trust);
    trust.certificates = whole.certificates.map((certificate) => ({ ...certificate, trust }));
  }

  private fillData(whole: m.Data, data: Mutable<m.Data>): void {
    data.owner = this.ref(whole.owner);
    append(data.owner?.target, 'data', data);
    for (const field of whole.fields) {
      if (field.type.data) (this.fieldCopy(field) as Mutable<m.Field>).type = { ...field.type, data: this.ref(field.type.data) };
    }
    const publisher = this.ref(whole.open?.publisher);
    if (whole.open && publisher !== whole.open.publisher) data.open = { ...whole.open, publisher };
  }

  private fillSystem(whole: m.System, system: Mutable<m.System>): void {
    system.owner = this.ref(whole.owner);
    append(system.owner?.target, 'systems', system);
    system.operator = this.ref(whole.operator);
    const operator = system.operator?.target;
    if (operator && operator !== system.owner?.target) append(operator, 'operates', system);
    system.hosting = this.ref(whole.hosting);
    append(system.hosting?.target, 'hosts', system);

    for (const statement of this.liveStatements(whole.masters)) {
      const masters = this.part(statement, copyMasters(statement, system, this.lifecycle(statement.lifecycle), this.ref(statement.data)));
      append(system, 'masters', masters);
      append(masters.data.target, 'masteredBy', masters);
    }
    for (const statement of this.liveStatements(whole.stores)) {
      const stores = this.part(
        statement,
        copyStores(
          statement,
          system,
          this.lifecycle(statement.lifecycle),
          this.ref(statement.data),
          statement.fields.map((field) => this.fieldRef(field)),
        ),
      );
      append(system, 'stores', stores);
      append(stores.data.target, 'storedBy', stores);
    }
    for (const statement of this.liveStatements(whole.consumes)) {
      const consumes = this.part(
        statement,
        copyConsumes(
          statement,
          system,
          this.lifecycle(statement.lifecycle),
          this.ref(statement.interface),
          this.legalBases(statement.legalBasis),
        ),
      );
      append(system, 'consumes', consumes);
      append(consumes.interface.target, 'consumedBy', consumes);
    }
    for (const statement of this.liveStatements(whole.dependsOn)) {
      const dependsOn = this.part(
        statement,
        copyDependsOn(statement, system, this.lifecycle(statement.lifecycle), this.ref(statement.target)),
      );
      append(system, 'dependsOn', dependsOn);
      append(dependsOn.target.target, 'dependedOnBy', dependsOn);
    }
    for (const statement of this.liveStatements(whole.uses)) {
      const uses = this.part(statement, copyUses(statement, system, this.lifecycle(statement.lifecycle), this.ref(statement.platform)));
      append(system, 'uses', uses);
      append(uses.platform.target, 'users', uses);
    }
    for (const statement of this.liveStatements(whole.signings)) {
      const signing = this.part(
        statement,
        copySigning(statement, system, this.lifecycle(statement.lifecycle), this.ref(statement.data)) as Mutable<m.Signing>,
      );
      signing.signature = this.signature(statement.signature, signing);
      append(system, 'signings', signing);
      append(signing.data.target, 'signedBy', signing);
    }
  }

  private fillInterface(whole: m.Interface, api: Mutable<m.Interface>): void {
    api.provider = this.ref(whole.provider);
    append(api.provider?.target, 'provides', api);
    api.via = this.ref(whole.via);
    append(api.via?.target, 'interfaces', api);
    api.signature = whole.signature ? this.signature(whole.signature, api) : undefined;
    // Each copy at its original's index: an interface has a few payloads, and a map for each was 8 000 maps.
    api.payloads = whole.payloads.map((payload) => {
      const carried = this.part(
        payload,
        copyPayload(
          payload,
          api,
          this.ref(payload.data),
          payload.fields.map((field) => this.fieldRef(field)),
        ),
      );
      append(carried.data.target, 'carriedBy', carried);
      return carried;
    });
    const payloadOf = (payload: m.Payload | undefined) => (payload ? api.payloads[whole.payloads.indexOf(payload)] : undefined);
    api.operations = whole.operations.map((operation) => copyOperation(operation, payloadOf(operation.input), payloadOf(operation.output)));
    api.events = whole.events.map((event) => ({ ...event, payloads: event.payloads.map((payload) => payloadOf(payload)!) }));
  }

  private signature(whole: m.Signature, owner: m.Signing | m.Interface): m.Signature {
    const signature = this.part(whole, copySignature(whole, owner, this.ref(whole.with), this.ref(whole.timestamp)));
    for (const trust of [signature.with?.target, signature.timestamp?.target]) append(trust, 'reliedOnBy', signature);
    return signature;
  }

  /** The list itself when every statement in it lives here, as most do. */
  private liveStatements<R extends m.Relation>(statements: readonly R[]): readonly R[] {
    const lives = (statement: R) => lifecycleAllows(statement.lifecycle, this.plateau);
    return statements.every(lives) ? statements : statements.filter(lives);
  }

  /** The lifecycle itself when its plateaus are their own projections. */
  private lifecycle(lifecycle: m.Lifecycle): m.Lifecycle {
    const from = this.ref(lifecycle.from);
    const until = this.ref(lifecycle.until);
    return from === lifecycle.from && until === lifecycle.until ? lifecycle : { from, until };
  }

  /** The legal bases themselves when every law they name is its own projection. */
  private legalBases(bases: readonly m.LegalBasis[]): readonly m.LegalBasis[] {
    let projected: m.LegalBasis[] | undefined;
    bases.forEach((basis, index) => {
      const law = this.ref(basis.law);
      if (law === basis.law && !projected) return;
      projected ??= bases.slice(0, index);
      projected.push(law === basis.law ? basis : { ...basis, law });
    });
    return projected ?? bases;
  }

  /**
   * The reference at this plateau: its target's copy when that exists here, else none; the
   * reference itself when that is what it already names (a self-projecting element, or nothing,
   * but when kept: an update may point the whole model's unresolved reference at an element).
   */
  private ref<T extends m.Element>(reference: m.Ref<T>): m.Ref<T>;
  private ref<T extends m.Element>(reference: m.Ref<T> | undefined): m.Ref<T> | undefined;
  private ref<T extends m.Element>(reference: m.Ref<T> | undefined): m.Ref<T> | undefined {
    if (!reference) return undefined;
    const declared = reference.declared;
    const target = declared ? (this.copies.get(declared) as T | undefined) : undefined;
    if (target === reference.target && (target || !this.refs)) return reference;
    const copy = { text: reference.text, target, declared, source: reference.source };
    this.refs?.set(reference, copy);
    return copy;
  }

  /** Fields belong to data assets; those of a data asset that does not exist here resolve to none. */
  private fieldRef(reference: m.Ref<m.Field>): m.Ref<m.Field> {
    const declared = reference.declared;
    const copy = { text: reference.text, target: declared ? this.fieldCopy(declared) : undefined, declared, source: reference.source };
    this.refs?.set(reference, copy);
    return copy;
  }

  /** A field's copy: at the same place among its data asset's copied fields. */
  private fieldCopy(field: m.Field): m.Field | undefined {
    const data = this.copies.get(field.data) as m.Data | undefined;
    return data?.fields[field.data.fields.indexOf(field)];
  }
}

/**
 * The laws and plateaus that are their own projection: they exist here and every reference they
 * hold (lifecycle, legal basis) names one of them. They have no reverse relations, so nothing in
 * them changes with the plateau. The largest such set: drop any that names something outside it.
 */
function selfProjectingElements(live: readonly m.Element[]): Set<m.Element> {
  const candidates = new Set(live.filter((element) => element.kind === 'law' || element.kind === 'plateau'));
  const namesOnlyCandidates = (element: m.Element) =>
    [element.lifecycle.from, element.lifecycle.until, ...element.legalBasis.map((basis) => basis.law)].every(
      (reference) => !reference?.declared || candidates.has(reference.declared),
    );
  for (let changed = true; changed;) {
    changed = false;
    for (const element of candidates) {
      if (namesOnlyCandidates(element)) continue;
      candidates.delete(element);
      changed = true;
    }
  }
  return candidates;
}
