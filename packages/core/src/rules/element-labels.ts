// How messages name elements and statements: "data asset `mn.gasr.citizen`", "the `masters`
// statement of system `civil_registry`". Shared by the ownership, lifecycle and naming rules.
import type { Element, ElementKind, Relation } from '../model/types.js';

export const KIND_LABEL: Readonly<Record<ElementKind, string>> = {
  law: 'law',
  plateau: 'plateau',
  agency: 'agency',
  platform: 'platform',
  trust: 'trust service',
  data: 'data asset',
  system: 'system',
  interface: 'interface',
  view: 'view',
  waiver: 'waiver',
};

/** "data asset `mn.gasr.citizen`" */
export function label(element: Element): string {
  return `${KIND_LABEL[element.kind]} \`${element.id}\``;
}

/** "the `masters` statement of system `civil_registry`" */
export function statementLabel(relation: Relation): string {
  return `the \`${relation.kind}\` statement of ${label(relation.system)}`;
}
