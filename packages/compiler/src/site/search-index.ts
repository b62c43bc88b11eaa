// The search index: every element and view with its page and its names in every locale, as a
// script that sets a global (`assets/search-index.js`). A script, not JSON, because pages opened
// from file:// may not fetch(); site.js loads it when the reader first searches.
import { hrefOf, wordsFor, type ElementKind } from '@gea-arch/core';
import { nameIn, SITE_LOCALES } from './bilingual.js';
import { viewPage, type SiteContext } from './site-context.js';
import { scriptTemplate } from './templates.js';

/** [id, kind, page relative to the site root, name in each site locale…, names in other locales…] */
type Entry = readonly [string, ElementKind, string, ...string[]];

export function searchIndexScript(site: SiteContext): string {
  const kinds = Object.fromEntries(
    (Object.keys(wordsFor('en').common.kinds) as ElementKind[]).map((kind) => [
      kind,
      Object.fromEntries(SITE_LOCALES.map((locale) => [locale, wordsFor(locale).common.kinds[kind]])),
    ]),
  );
  const words = Object.fromEntries(
    SITE_LOCALES.map((locale) => [
      locale,
      { results: scriptTemplate(locale, (w) => w.site.search.results, ['count']), none: wordsFor(locale).site.search.noResults },
    ]),
  );
  const entries: Entry[] = [];
  const paged = new Set<string>();
  for (const element of site.elements) {
    const shown = SITE_LOCALES.map((locale) => nameIn(element, locale, site.defaultLocale));
    const others = Object.keys(element.names)
      .sort()
      .map((locale) => element.names[locale]!)
      .filter((name) => !shown.includes(name));
    entries.push([element.id, element.kind, hrefOf(element), ...shown, ...new Set(others)]);
    paged.add(element.id);
  }
  for (const view of site.views)
    if (!paged.has(view.id))
      entries.push([view.id, 'view', viewPage(view), ...SITE_LOCALES.map((locale) => site.viewTitleIn(view, locale))]);
  // JSON is a JavaScript expression; `<` is escaped so the text never reads as markup anywhere.
  const json = JSON.stringify({ kinds, words, entries }).replace(/</g, '\\u003c');
  return `window.GEA_SEARCH = ${json};\n`;
}
