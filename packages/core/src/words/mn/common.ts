// Mongolian words shared by every part of the table: element kinds, how an element is named in a
// sentence (the id comes first: "`иргэн` өгөгдлийн сан"), and lists.
import type { ElementKind } from '../../model/types.js';
import type { WordTable } from '../words.js';

export const KINDS: Readonly<Record<ElementKind, string>> = {
  law: 'хууль',
  plateau: 'үе шат',
  agency: 'байгууллага',
  platform: 'платформ',
  trust: 'итгэмжлэлийн үйлчилгээ',
  data: 'өгөгдлийн сан',
  system: 'систем',
  interface: 'интерфейс',
  view: 'харагдац',
  waiver: 'чөлөөлөлт',
};

/** "`mn.gasr.citizen` өгөгдлийн сан" */
export function label(kind: ElementKind, id: string): string {
  return `\`${id}\` ${KINDS[kind]}`;
}

/** "`a`", "`a`, `b`", "`a`, `b`, `c`"; names are quoted as code. */
export function codeList(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}

export const common: WordTable['common'] = { kinds: KINDS, label, codeList };
