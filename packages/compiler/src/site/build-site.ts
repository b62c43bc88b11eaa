// The whole site, file by file: every page rendered in its frame, the style sheet, the script, the
// search index and the bundled font. Pure: the same input gives the same bytes.
import { wordsFor } from '@gea-arch/core';
import { SITE_CSS } from './assets/site-css.js';
import { SITE_SCRIPT } from './assets/site-script.js';
import { elementPage } from './element-page.js';
import { findingsPages } from './findings-page.js';
import { indexPage } from './index-page.js';
import { listPages } from './list-pages.js';
import { renderPage, type Page } from './page-shell.js';
import { gapPages, scorecardPage, signaturesPage } from './report-pages.js';
import { searchIndexScript } from './search-index.js';
import { siteContext, type SiteInput } from './site-context.js';
import { specsPages } from './specs-pages.js';
import { viewPageOf } from './view-page.js';

export interface SiteFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface SiteBuild {
  /** Files by path relative to the site folder. */
  readonly files: Map<string, string | Uint8Array>;
  readonly pages: number;
}

export function buildSite(input: SiteInput, fonts: SiteFonts, onProgress?: (message: string) => void): SiteBuild {
  const site = siteContext(input);
  const pages: Page[] = [
    indexPage(site),
    ...findingsPages(site),
    scorecardPage(site),
    signaturesPage(site),
    ...gapPages(site),
    ...specsPages(site),
    ...listPages(site),
    ...site.elements.filter((element) => element.kind !== 'view').map((element) => elementPage(element, site)),
    ...site.views.map((view) => viewPageOf(view, site)),
  ];
  const files = new Map<string, string | Uint8Array>();
  for (const page of pages) files.set(page.path, renderPage(page, site));
  files.set('assets/site.css', SITE_CSS);
  files.set('assets/site.js', SITE_SCRIPT);
  files.set('assets/search-index.js', searchIndexScript(site));
  files.set('assets/fonts/NotoSans-Regular.ttf', fonts.regular);
  files.set('assets/fonts/NotoSans-Bold.ttf', fonts.bold);
  onProgress?.(wordsFor(input.locale).site.progress({ pages: pages.length }));
  return { files, pages: pages.length };
}
