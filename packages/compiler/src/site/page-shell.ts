// The frame of every page: language and locale switch, classification banner, header with search,
// navigation, main content and footer; landmarks and a skip link for keyboard and screen readers.
// Links are relative, so the site works from file:// wherever the out folder is.
import { wordsFor, type Words, type WordLocale } from '@gea-arch/core';
import { element, escapeHtml } from '../report/html.js';
import { voidElement } from './markup.js';
import { LOCALE_NAMES, say, SITE_LOCALES } from './bilingual.js';
import type { SiteContext } from './site-context.js';

export interface Page {
  /** Path relative to the site root, with `/`: `index.html`, `system/mn.gasr.civil_registry.html`. */
  readonly path: string;
  /** The page title in each locale (plain text). */
  readonly title: (words: Words, locale: WordLocale) => string;
  /** The page's content (HTML), inside <main>; links in it are relative to the page. */
  readonly body: string;
  /** Which navigation entry is this page's. */
  readonly section?: NavSection;
}

export type NavSection = 'overview' | 'findings' | 'scorecard' | 'signatures' | 'gaps' | 'specs' | 'views';

/** `../` for each folder the page is in: what turns a root-relative link into one from the page. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

export function renderPage(page: Page, site: SiteContext): string {
  const root = rootOf(page.path);
  const titles = Object.fromEntries(SITE_LOCALES.map((locale) => [locale, fullTitle(page, site, locale)]));
  const htmlAttributes: Record<string, string> = { lang: site.openLocale, 'data-locale': site.openLocale, 'data-root': root };
  for (const locale of SITE_LOCALES) htmlAttributes[`data-title-${locale}`] = titles[locale]!;
  const attributes = Object.entries(htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    '<!doctype html>',
    `<html${attributes}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="gea">',
    `<title>${escapeHtml(titles[site.openLocale]!)}</title>`,
    `<link rel="stylesheet" href="${root}assets/site.css">`,
    `<script src="${root}assets/site.js"></script>`,
    '</head>',
    '<body>',
    element(
      'a',
      { class: 'skip', href: '#main' },
      say((w) => w.site.skipToContent),
    ),
    banner(site),
    header(site, root),
    navigation(page.section, root),
    `<main id="main" tabindex="-1">\n${page.body}\n</main>`,
    element(
      'footer',
      {},
      element(
        'p',
        {},
        say((w) => w.site.generatedBy({ files: site.files, elements: site.elements.length })),
      ),
    ),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function fullTitle(page: Page, site: SiteContext, locale: WordLocale): string {
  const title = page.title(wordsFor(locale), locale);
  return site.name ? `${title} — ${site.name}` : title;
}

function banner(site: SiteContext): string {
  return element(
    'div',
    { class: `banner banner-${site.classification}`, role: 'note' },
    say((w) => w.site.banner({ classification: w.diagrams.classifications[site.classification].toUpperCase() })),
  );
}

function header(site: SiteContext, root: string): string {
  const switcher = element(
    'div',
    { class: 'locale-switch', role: 'group', 'aria-label': inBothAttribute((w) => w.site.locale.label) },
    ...SITE_LOCALES.map((locale) =>
      element(
        'button',
        { type: 'button', lang: locale, 'data-set-locale': locale, 'aria-pressed': String(locale === site.openLocale) },
        escapeHtml(LOCALE_NAMES[locale]),
      ),
    ),
  );
  const placeholders: Record<string, string> = {};
  for (const locale of SITE_LOCALES) placeholders[`data-placeholder-${locale}`] = wordsFor(locale).site.search.placeholder;
  const search = element(
    'form',
    { class: 'search', role: 'search', action: `${root}index.html`, 'data-search': '' },
    element(
      'label',
      { for: 'search-input', class: 'visually-hidden' },
      say((w) => w.site.search.label),
    ),
    voidElement('input', {
      id: 'search-input',
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: wordsFor(site.openLocale).site.search.placeholder,
      'aria-controls': 'search-results',
      ...placeholders,
    }),
    element('p', { class: 'search-status', 'aria-live': 'polite', id: 'search-status' }),
    element('ul', { class: 'search-results', id: 'search-results', hidden: '' }),
  );
  const home = element('a', { class: 'home', href: `${root}index.html` }, escapeHtml(site.name ?? 'gea'));
  return element('header', { class: 'top' }, home, search, switcher);
}

const NAV: ReadonlyArray<readonly [NavSection, string, (words: Words) => string]> = [
  ['overview', 'index.html', (w) => w.site.nav.overview],
  ['views', 'list/view.html', (w) => w.site.nav.views],
  ['findings', 'findings.html', (w) => w.site.nav.findings],
  ['scorecard', 'scorecard.html', (w) => w.site.nav.scorecard],
  ['signatures', 'signatures.html', (w) => w.site.nav.signatures],
  ['gaps', 'gaps.html', (w) => w.site.nav.gaps],
  ['specs', 'specs.html', (w) => w.site.nav.specs],
];

/** The kinds with a list page, in the order the navigation shows them. */
export const LISTED_KINDS = ['agency', 'system', 'data', 'interface', 'platform', 'trust', 'law', 'plateau', 'waiver'] as const;

function navigation(current: NavSection | undefined, root: string): string {
  const links = [
    ...NAV.map(([section, href, label]) =>
      element('li', {}, element('a', { href: `${root}${href}`, ...(section === current ? { 'aria-current': 'page' } : {}) }, say(label))),
    ),
    ...LISTED_KINDS.map((kind) =>
      element(
        'li',
        {},
        element(
          'a',
          { href: `${root}list/${kind}.html` },
          say((w) => w.reports.common.kinds[kind]),
        ),
      ),
    ),
  ];
  return element('nav', { class: 'site-nav', 'aria-label': inBothAttribute((w) => w.site.nav.label) }, element('ul', {}, ...links));
}

/** Attributes hold one language: the Mongolian and English joined, so a screen reader gets both. */
export function inBothAttribute(pick: (words: Words) => string): string {
  return [...new Set(SITE_LOCALES.map((locale) => pick(wordsFor(locale))))].join(' / ');
}
