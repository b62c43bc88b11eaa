// English words shared by every part of the table: element kinds, how an element is named in a
// sentence, lists, and how a message points at another place in the sources.
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

/** "1 file", "3 files": a count and its noun, singular for one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "data asset `mn.gasr.citizen`" */
export function label(kind: ElementKind, id: string): string {
  return `${KINDS[kind]} \`${id}\``;
}

/** "a", "a and b", "a, b and c"; with `most`, the first few and "N more". */
export function list(items: readonly string[], most = Infinity): string {
  const shown = items.length > most ? [...items.slice(0, most), `${items.length - most} more`] : items;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "`a`", "`a` and `b`", "`a`, `b` and `c`"; names are quoted as code. */
export function codeList(names: readonly string[], most = Infinity): string {
  return list(
    names.map((name) => `\`${name}\``),
    most,
  );
}

/** "line 17" in the same document, "a/reg.gea:37" (workspace-relative path and line) in another. */
export function location(line: number, path?: string): string {
  return path === undefined ? `line ${line}` : `${path}:${line}`;
}

/** Added to a finding no waiver covers any more: " (waiver `w` ended at plateau `target`)". */
export function waiverEnded({ waiver, until }: { waiver: string; until: string }): string {
  return ` (${label('waiver', waiver)} ended at ${label('plateau', until)})`;
}

export const common = { kinds: KINDS, label, list, codeList, location, waiverEnded };
