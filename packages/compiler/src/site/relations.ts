// Every relationship the model states, as (from, kind, to) between declared elements, indexed both
// ways so each page lists what its element points at and what points at it.
import { compareText, type Element, type LegalBasis, type Ref, type SemanticModel, type Signature } from '@gea-arch/core';
import type { WordTable } from '@gea-arch/core';

export type RelationKind = keyof WordTable['site']['relations'];

export interface Relation {
  readonly from: Element;
  readonly kind: RelationKind;
  readonly to: Element;
}

export interface RelationIndex {
  readonly outgoing: (element: Element) => readonly Relation[];
  readonly incoming: (element: Element) => readonly Relation[];
}

export function relationIndex(model: SemanticModel): RelationIndex {
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  const seen = new Set<string>();
  const add = (from: Element, kind: RelationKind, ref: Ref<Element> | undefined): void => {
    const to = ref?.declared;
    if (!to || model.byId.get(from.id) !== from || model.byId.get(to.id) !== to) return;
    const key = `${from.id}\u0000${kind}\u0000${to.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const relation = { from, kind, to };
    push(outgoing, from.id, relation);
    push(incoming, to.id, relation);
  };
  for (const element of model.byId.values()) statementsOf(element, add);
  const byOther = (side: 'from' | 'to') => (a: Relation, b: Relation) => compareText(a.kind, b.kind) || compareText(a[side].id, b[side].id);
  for (const list of outgoing.values()) list.sort(byOther('to'));
  for (const list of incoming.values()) list.sort(byOther('from'));
  return { outgoing: (element) => outgoing.get(element.id) ?? [], incoming: (element) => incoming.get(element.id) ?? [] };
}

type Add = (from: Element, kind: RelationKind, ref: Ref<Element> | undefined) => void;

function statementsOf(element: Element, add: Add): void {
  add(element, 'from', element.lifecycle.from);
  add(element, 'until', element.lifecycle.until);
  legalBases(element, element.legalBasis, add);
  switch (element.kind) {
    case 'agency':
      add(element, 'parent', element.parent);
      break;
    case 'platform':
      add(element, 'operator', element.operator);
      break;
    case 'trust':
      add(element, 'operator', element.operator);
      add(element, 'issuer', element.issuer);
      break;
    case 'data':
      add(element, 'owner', element.owner);
      add(element, 'publisher', element.open?.publisher);
      break;
    case 'system':
      add(element, 'owner', element.owner);
      add(element, 'operator', element.operator);
      add(element, 'hosting', element.hosting);
      for (const masters of element.masters) add(element, 'masters', masters.data);
      for (const stores of element.stores) add(element, 'stores', stores.data);
      for (const consumes of element.consumes) {
        add(element, 'consumes', consumes.interface);
        legalBases(element, consumes.legalBasis, add);
      }
      for (const dependsOn of element.dependsOn) add(element, 'depends-on', dependsOn.target);
      for (const uses of element.uses) add(element, 'uses', uses.platform);
      for (const signing of element.signings) {
        add(element, signing.kind, signing.data);
        signatureTrusts(element, signing.signature, add);
      }
      break;
    case 'interface':
      add(element, 'provider', element.provider);
      add(element, 'via', element.via);
      for (const payload of element.payloads) add(element, 'carries', payload.data);
      if (element.signature) signatureTrusts(element, element.signature, add);
      break;
    case 'view':
      add(element, 'view-of', element.of);
      add(element, 'at', element.at);
      for (const included of element.include) add(element, 'includes', included);
      break;
    case 'waiver':
      add(element, 'waives', element.on);
      break;
    case 'law':
    case 'plateau':
      break;
  }
}

function legalBases(element: Element, bases: readonly LegalBasis[], add: Add): void {
  for (const basis of bases) add(element, 'legal-basis', basis.law);
}

function signatureTrusts(element: Element, signature: Signature, add: Add): void {
  add(element, 'with', signature.with);
  add(element, 'timestamp', signature.timestamp);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
