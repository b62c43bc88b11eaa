// How a model element appears in a view: its label in the view's locale, a detail line, badges,
// tooltip, node kind and the site page it links to.
import type { Element, SemanticModel } from '../model/types.js';
import type { NodeKind } from './view-graph.js';

/** The element's name in `locale`, else in the model's default locale, else its id. */
export function labelOf(element: Element, locale: string, model: SemanticModel): string {
  return element.names[locale] ?? element.names[model.defaultLocale] ?? element.localName;
}

export function nodeKindOf(element: Element): NodeKind | undefined {
  switch (element.kind) {
    case 'agency':
    case 'system':
    case 'interface':
    case 'platform':
    case 'trust':
      return element.kind;
    case 'data':
      return element.dataKind === 'document' ? 'document' : 'data';
    default:
      return undefined;
  }
}

/** The element's page in the static site, relative to the site root. */
export function hrefOf(element: Element): string {
  return `${element.kind}/${element.id}.html`;
}

const KIND_WORDS: Record<string, Record<string, string>> = {
  mn: { agency: 'байгууллага', system: 'систем', data: 'өгөгдөл', document: 'баримт бичиг', interface: 'интерфейс', platform: 'платформ', trust: 'итгэлцлийн үйлчилгээ' },
  en: { agency: 'agency', system: 'system', data: 'data asset', document: 'document', interface: 'interface', platform: 'platform', trust: 'trust service' },
};

export function kindWord(kind: NodeKind, locale: string): string {
  return (KIND_WORDS[locale] ?? KIND_WORDS.en!)[kind]!;
}

/** `mn.gasr.civil_registry — систем` then the names in every other locale, one per line. */
export function tooltipOf(element: Element, locale: string, model: SemanticModel): string {
  const kind = nodeKindOf(element);
  const lines = [`${element.id}${kind ? ` — ${kindWord(kind, locale)}` : ''}`];
  for (const [nameLocale, name] of Object.entries(element.names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name !== labelOf(element, locale, model)) lines.push(`${nameLocale}: ${name}`);
  }
  const description = element.descriptions[locale] ?? element.descriptions[model.defaultLocale];
  if (description) lines.push(description);
  return lines.join('\n');
}

/** The smaller second line of a node. */
export function detailOf(element: Element): string | undefined {
  switch (element.kind) {
    case 'interface':
      return [element.style?.toUpperCase(), element.version].filter(Boolean).join(' ') || undefined;
    case 'data':
      return element.dataKind;
    case 'platform':
      return element.platformKind;
    case 'trust':
      return element.trustKind?.toUpperCase();
    case 'system':
      return element.criticality;
    case 'agency':
      return element.acronym;
    default:
      return undefined;
  }
}

/** Markers drawn as badges. */
export function badgesOf(element: Element): string[] {
  const badges: string[] = [];
  if (element.kind === 'data') {
    if (element.baseRegistry) badges.push('base registry');
    if (element.privacy !== 'none' || element.fields.some((field) => field.personal)) badges.push('personal');
    if (element.legallyBinding) badges.push('legally binding');
    if (element.open) badges.push('open data');
  }
  if (element.kind === 'interface' && element.deprecated) badges.push('deprecated');
  if (element.kind === 'trust' && element.accredited) badges.push('accredited');
  return badges;
}
