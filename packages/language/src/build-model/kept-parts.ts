// What the language server's model builder remembers of every reference it made, so that after an
// edit it builds again only the declarations of the documents parsed again (decision 0033): the
// model's reference object, the syntax tree's reference it was read from, the element that made it,
// and the item it put in a list of the element it names (an agency's `systems`, a data asset's
// `masteredBy`, …). After an edit every kept reference is read again from its syntax reference
// (which Langium linked again where the edit touched it): one that names another node is
// re-pointed in place and its item moved. Elements stay as they were, frozen (on unfrozen ones the
// rules took up to twice as long); only references and lists change.
import type * as m from '@gea-arch/core';
import type { AstNode, Reference } from 'langium';

type Lists = Record<string, unknown[]>;
type Target = m.Element | m.Field;

interface Entry {
  readonly ref: { target: Target | undefined; declared: Target | undefined };
  readonly reference: Reference;
  /** The syntax node `reference` named when `ref` was last pointed. */
  node: AstNode | undefined;
  /** A field's reference: its target is read from the fields, not the elements. */
  readonly field: boolean;
  /** The element whose declaration holds the reference. */
  readonly owner: m.Element;
  /** The list of the named element the item goes in, and the item, if the reference places one. */
  key?: string;
  item?: unknown;
  /** The element whose list holds the item now. */
  placedIn?: m.Element;
  /** A system's owner's entry: its operator's, whose placing depends on the owner. */
  operator?: Entry;
}

/** Who added an item to each kind of list: the element the list names it by, read off the item. */
const ADDED_BY: Record<string, (item: never) => m.Element> = {
  children: itself,
  systems: itself,
  data: itself,
  operates: itself,
  issues: itself,
  provides: itself,
  interfaces: itself,
  hosts: itself,
  masteredBy: ofItsSystem,
  storedBy: ofItsSystem,
  consumedBy: ofItsSystem,
  dependedOnBy: ofItsSystem,
  users: ofItsSystem,
  signedBy: ofItsSystem,
  carriedBy: (payload: m.Payload) => payload.interface,
  reliedOnBy: (signature: m.Signature) => (signature.owner.kind === 'interface' ? signature.owner : signature.owner.system),
};

/**
 * Whether `reference`, naming `target`, lists `item` there: every reference that places an item
 * does, but a system's operator that is also its owner (the owner lists it among its systems).
 */
export function lists(key: string, item: unknown, reference: object, target: m.Element): boolean {
  const system = item as m.System;
  return !(key === 'operates' && system.kind === 'system' && system.operator === reference && system.owner?.target === target);
}

function itself(element: m.Element): m.Element {
  return element;
}

function ofItsSystem(statement: { readonly system: m.System }): m.Element {
  return statement.system;
}

export class KeptParts {
  /** The entries by the URI of the document that holds their references. */
  private readonly entries = new Map<string, Entry[]>();
  /** The entries of the references being made, by reference, for `place`. */
  private readonly byRef = new Map<object, Entry>();
  /** The lists an update took items from or added items to, by their element. */
  private touched = new Map<m.Element, Set<string>>();
  private updating = false;

  /** Remembers a reference `owner` made from `reference`, which named `node`. */
  made(owner: m.Element, ref: Entry['ref'], reference: Reference, node: AstNode | undefined, field: boolean): void {
    const entry: Entry = { ref, reference, node, field, owner };
    const entries = this.entries.get(owner.source.uri);
    if (entries) entries.push(entry);
    else this.entries.set(owner.source.uri, [entry]);
    this.byRef.set(ref, entry);
  }

  /** The item `ref` places in the list `key` of what it names, placed there now if it resolved. */
  place(ref: object, key: string, item: unknown): void {
    const entry = this.byRef.get(ref)!;
    entry.key = key;
    entry.item = item;
    const system = item as m.System;
    if (key === 'operates' && system.kind === 'system' && system.operator === ref && system.owner)
      this.byRef.get(system.owner)!.operator = entry;
    const target = this.placement(entry);
    if (target) this.put(entry, target);
  }

  /**
   * After an edit: forgets the references of the documents parsed again (taking their items out of
   * the lists of kept elements), then, once their new elements are filled (`fill`), reads every
   * other reference of the documents linked again, re-points those that name another node and moves their items, and puts
   * every list it touched back in a whole build's order. Says which references it re-pointed (with
   * the element of each) and the elements whose lists it changed.
   */
  update(
    parsedAgain: ReadonlySet<string>,
    /** Whether the references of a document not parsed again were linked again since they were last read. */
    linkedAgain: (uri: string) => boolean,
    fill: () => void,
    resolve: (node: AstNode, field: boolean) => Target | undefined,
    order: (a: m.Element, b: m.Element) => number,
  ): Pick<m.ModelChange, 'repointed' | 'relisted'> {
    this.touched = new Map();
    this.updating = true;
    const replaced = (element: m.Element) => parsedAgain.has(element.source.uri);
    for (const uri of parsedAgain) {
      for (const entry of this.entries.get(uri) ?? []) if (entry.placedIn && !replaced(entry.placedIn)) this.take(entry);
      this.entries.delete(uri);
    }
    fill();
    this.byRef.clear();
    const moved: Entry[] = [];
    const repointed = new Map<object, m.Element>();
    for (const [uri, entries] of this.entries) {
      if (parsedAgain.has(uri) || !linkedAgain(uri)) continue;
      for (const entry of entries) {
        const node = entry.reference.ref;
        if (node === entry.node) continue;
        entry.node = node;
        const target = node ? resolve(node, entry.field) : undefined;
        entry.ref.target = target;
        entry.ref.declared = target;
        repointed.set(entry.ref, entry.owner);
        if (entry.key !== undefined) moved.push(entry);
        // Whether a system's operator lists it depends on its owner (`lists`).
        if (entry.operator) moved.push(entry.operator);
      }
    }
    for (const entry of moved) {
      const target = this.placement(entry);
      if (target === entry.placedIn) continue;
      if (entry.placedIn && !replaced(entry.placedIn)) this.take(entry);
      entry.placedIn = undefined;
      if (target) this.put(entry, target);
    }
    const relisted = new Set(this.touched.keys());
    this.reorder(order);
    this.updating = false;
    return { repointed, relisted };
  }

  /** Ends a whole build: the references made are kept, the map to find them by is not. */
  built(): void {
    this.byRef.clear();
  }

  private placement(entry: Entry): m.Element | undefined {
    const target = entry.ref.target as m.Element | undefined;
    return target && lists(entry.key!, entry.item, entry.ref, target) ? target : undefined;
  }

  private put(entry: Entry, target: m.Element): void {
    (target as unknown as Lists)[entry.key!]!.push(entry.item);
    entry.placedIn = target;
    this.touch(target, entry.key!);
  }

  private take(entry: Entry): void {
    const list = (entry.placedIn as unknown as Lists)[entry.key!]!;
    const at = list.indexOf(entry.item);
    if (at >= 0) list.splice(at, 1);
    this.touch(entry.placedIn!, entry.key!);
  }

  /**
   * Orders each list an update touched as a whole build fills it: by the declaration order of the
   * elements that added the items (stable: one element's items stay in the order it added them).
   */
  private reorder(order: (a: m.Element, b: m.Element) => number): void {
    for (const [target, keys] of this.touched) {
      for (const key of keys) {
        const list = (target as unknown as Lists)[key]!;
        const adderOf = ADDED_BY[key]!;
        if (list.length > 1) list.sort((a, b) => order(adderOf(a as never), adderOf(b as never)));
      }
    }
    this.touched = new Map();
  }

  private touch(target: m.Element, key: string): void {
    if (!this.updating) return;
    const keys = this.touched.get(target);
    if (keys) keys.add(key);
    else this.touched.set(target, new Set([key]));
  }
}
