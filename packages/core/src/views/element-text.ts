// How a model element appears in a view: its label in the view's locale, a detail line, badges,
// tooltip, node kind and the site page it links to.
import type { Element, SemanticModel } from '../model/types.js';
import { heldPrivacy } from '../model/held-privacy.js';
import type { WordTable } from '../words/words.js';
import type { ElementBadge, NodeKind } from './view-graph.js';

export type DiagramWords = WordTable['diagrams'];

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

/** `mn.gasr.civil_registry — систем` then the names in every other locale, one per line, then the description. */
export function tooltipOf(element: Element, locale: string, model: SemanticModel, words: DiagramWords): string {
  const languages = `${locale} ${model.defaultLocale}`;
  let byLanguages = TOOLTIPS.get(words);
  if (!byLanguages) TOOLTIPS.set(words, (byLanguages = new Map()));
  let made = byLanguages.get(languages);
  if (!made) byLanguages.set(languages, (made = new WeakMap()));
  let tooltip = made.get(element);
  if (tooltip === undefined) made.set(element, (tooltip = tooltipLines(element, locale, model, words)));
  return tooltip;
}

/** Each element's tooltip, made once per words and languages: a national model's views draw an agency hundreds of times. */
const TOOLTIPS = new WeakMap<DiagramWords, Map<string, WeakMap<Element, string>>>();

function tooltipLines(element: Element, locale: string, model: SemanticModel, words: DiagramWords): string {
  const kind = nodeKindOf(element);
  const lines = [`${element.id}${kind ? ` — ${words.kinds[kind]}` : ''}`];
  for (const [nameLocale, name] of Object.entries(element.names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name !== labelOf(element, locale, model)) lines.push(`${nameLocale}: ${name}`);
  }
  const description = element.descriptions[locale] ?? element.descriptions[model.defaultLocale];
  if (description) lines.push(description);
  return lines.join('\n');
}

/** The smaller second line of a node, in the view's words (an interface's style and version as written). */
export function detailOf(element: Element, words: DiagramWords): string | undefined {
  switch (element.kind) {
    case 'interface':
      return [element.style?.toUpperCase(), element.version].filter(Boolean).join(' ') || undefined;
    case 'data':
      return element.dataKind && words.dataKinds[element.dataKind];
    case 'platform':
      return element.platformKind && words.platformKinds[element.platformKind];
    case 'trust':
      return element.trustKind && words.trustKinds[element.trustKind];
    case 'system':
      return element.criticality && words.criticalityDetail({ level: words.criticality[element.criticality] });
    case 'agency':
      return element.acronym;
    default:
      return undefined;
  }
}

/** Markers drawn as badges, as keys the renderer puts in words. */
export function badgesOf(element: Element): ElementBadge[] {
  const badges: ElementBadge[] = [];
  if (element.kind === 'data') {
    if (element.baseRegistry) badges.push('base registry');
    if (heldPrivacy(element) !== 'none') badges.push('personal');
    if (element.legallyBinding) badges.push('legally binding');
    if (element.open) badges.push('open data');
  }
  if (element.kind === 'interface' && element.deprecated) badges.push('deprecated');
  if (element.kind === 'trust' && element.accredited) badges.push('accredited');
  return badges;
}
