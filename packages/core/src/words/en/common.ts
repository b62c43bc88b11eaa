// English words shared by every part of the table: element kinds, how an element is named in a
// sentence, and lists.
import type { ElementKind } from '../../model/types.js';

export const KINDS: Readonly<Record<ElementKind, string>> = {
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
export function label(kind: ElementKind, id: string): string {
  return `${KINDS[kind]} \`${id}\``;
}

/** "`a`", "`a` and `b`", "`a`, `b` and `c`"; names are quoted as code. */
export function codeList(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export const common = { kinds: KINDS, label, codeList };
