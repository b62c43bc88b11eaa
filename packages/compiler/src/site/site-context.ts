// What every page of the site reads: the model and its findings, the views and where each element
// appears, the relationships both ways, the other sections' files it embeds or links to, and where
// each page lives. Built once per build.
import {
  compareText,
  owningAgency,
  VOCABULARY,
  wordLocale,
  type Classification,
  type Element,
  type Finding,
  type SemanticModel,
  type ViewGraph,
  type WordLocale,
} from '@gea-arch/core';
import { relationIndex, type RelationIndex } from './relations.js';
import { specFilesByInterface } from './spec-links.js';
import { inBoth, SITE_LOCALES } from './bilingual.js';
import type { FileContent, SectionFiles } from '../build/out-folder.js';
import { escapeHtml } from '../report/html.js';

export interface SiteInput {
  readonly model: SemanticModel;
  readonly findings: readonly Finding[];
  /** Every view, computed as the diagrams section drew them. */
  readonly views: readonly ViewGraph[];
  /** Each view's title in each site locale, by view id (the views' own are in the build's locale). */
  readonly viewTitles?: ReadonlyMap<string, Readonly<Partial<Record<WordLocale, string>>>>;
  /** gea.yaml `name`. */
  readonly name?: string;
  /** The build's locale: of the diagrams' labels and the findings' messages; the site opens in it. */
  readonly locale: string;
  /** The number of source files. */
  readonly files: number;
  readonly evaluationDate: string;
  /** The ids of the rules in force. */
  readonly rules: readonly string[];
  /** Workspace-relative path of a document URI. */
  readonly relativePath: (uri: string) => string;
  /** The diagrams section's files (`<view>.svg`, …), when it was built; with what each is made from, when they say. */
  readonly diagrams?: SectionFiles;
  /** The reports section's files, when it was built. */
  readonly reports?: ReadonlyMap<string, FileContent>;
  /** The specs section's files, when it was built. */
  readonly specs?: ReadonlyMap<string, FileContent>;
  /**
   * Which gea makes the site (build-stamp.ts `toolIdentity`): element and view pages then say what
   * they are made from (made-from.ts), and staging links those made from the same again.
   */
  readonly madeWith?: string;
}

export interface SiteContext extends SiteInput {
  readonly defaultLocale: string;
  /** The locale the site opens in (a language the site speaks). */
  readonly openLocale: WordLocale;
  /** Declared elements, one per full name, by id. */
  readonly elements: readonly Element[];
  readonly relations: RelationIndex;
  readonly findingsOf: (id: string) => readonly Finding[];
  readonly viewsOf: (id: string) => readonly ViewGraph[];
  /** The highest classification of anything the site shows. */
  readonly classification: Classification;
  /** A view's title in a site locale (the build's where no other was computed). */
  readonly viewTitleIn: (view: ViewGraph, locale: WordLocale) => string;
  /** A view's title in both languages, escaped. */
  readonly viewTitleHtml: (view: ViewGraph) => string;
  /** An interface's files in the specs section, by path relative to it. */
  readonly specFilesOf: (interfaceId: string) => readonly string[];
}

export function siteContext(input: SiteInput): SiteContext {
  const { model } = input;
  const elements = [...model.byId.values()].sort((a, b) => compareText(a.id, b.id));
  const findingsByElement = groupBy(
    input.findings.filter((finding) => finding.element !== undefined),
    (finding) => finding.element!,
  );
  // A waiver's page shows the findings it covers.
  for (const finding of input.findings)
    if (finding.waiver !== undefined && finding.waiver !== finding.element) push(findingsByElement, finding.waiver, finding);
  const viewsByElement = new Map<string, ViewGraph[]>();
  for (const view of input.views) {
    // A plateau appears in the views drawn at it (a gap view at both of its plateaus).
    const ids = new Set([
      ...view.nodes.map((node) => node.id),
      ...view.groups.map((group) => group.id),
      ...(view.plateau ? [view.plateau.id] : []),
      ...(view.compareFrom ? [view.compareFrom.id] : []),
    ]);
    for (const id of ids) push(viewsByElement, id, view);
  }
  const specFiles = specFilesByInterface(input.specs?.keys() ?? []);
  const viewTitleIn = (view: ViewGraph, locale: WordLocale) => input.viewTitles?.get(view.id)?.[locale] ?? view.title;
  // Made once per view: the digests of a national site's pages name its 1 067 views 63 000 times.
  const titlesHtml = new WeakMap<ViewGraph, string>();
  return {
    ...input,
    defaultLocale: model.defaultLocale,
    openLocale: wordLocale(input.locale),
    elements,
    relations: relationIndex(model),
    findingsOf: (id) => findingsByElement.get(id) ?? [],
    viewsOf: (id) => viewsByElement.get(id) ?? [],
    classification: highestClassification(model),
    specFilesOf: (id) => specFiles.get(id) ?? [],
    viewTitleIn,
    viewTitleHtml: (view) => {
      let html = titlesHtml.get(view);
      if (html === undefined) {
        const titles = Object.fromEntries(SITE_LOCALES.map((locale) => [locale, escapeHtml(viewTitleIn(view, locale))]));
        titlesHtml.set(view, (html = inBoth(titles as Record<WordLocale, string>)));
      }
      return html;
    },
  };
}

/** A view's page, relative to the site root (a declared view's is its element's page). */
export function viewPage(view: Pick<ViewGraph, 'id'>): string {
  return `view/${view.id}.html`;
}

/** The agency an element belongs to, for grouping and filters. */
export function agencyOf(element: Element | undefined): string | undefined {
  return element && owningAgency(element)?.id;
}

function highestClassification(model: SemanticModel): Classification {
  const order = VOCABULARY.classification;
  let highest = 0;
  for (const element of [...model.data, ...model.interfaces]) highest = Math.max(highest, order.indexOf(element.classification));
  return order[highest]!;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, keyOf(item), item);
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
