// The whole site, file by file: every page rendered in its frame, the style sheet, the script, the
// search index and the bundled font. Pure: the same input gives the same bytes.
import { hrefOf, wordsFor } from '@gea-arch/core';
import { SITE_CSS } from './assets/site-css.js';
import { SITE_SCRIPT } from './assets/site-script.js';
import { elementPage } from './element-page.js';
import { findingsPages } from './findings-page.js';
import { indexPage } from './index-page.js';
import { listPages } from './list-pages.js';
import { PageDigests } from './made-from.js';
import { renderPage, type Page } from './page-shell.js';
import { gapPages, scorecardPage, signaturesPage } from './report-pages.js';
import { searchIndexScript } from './search-index.js';
import { siteContext, viewPage, type SiteInput } from './site-context.js';
import { LazyFiles } from '../build/lazy-files.js';
import type { SectionFiles } from '../build/out-folder.js';
import { specsPages } from './specs-pages.js';
import { viewPageOf } from './view-page.js';

export interface SiteFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface SiteBuild {
  /** Files by path relative to the site folder; element and view pages made as they are read. */
  readonly files: SectionFiles;
  readonly pages: number;
}

export function buildSite(input: SiteInput, fonts: SiteFonts, onProgress?: (message: string) => void): SiteBuild {
  const site = siteContext(input);
  const overviews: Page[] = [
    indexPage(site),
    ...findingsPages(site),
    scorecardPage(site),
    signaturesPage(site),
    ...gapPages(site),
    ...specsPages(site),
    ...listPages(site),
  ];
  const files = new LazyFiles();
  for (const page of overviews) {
    const html = renderPage(page, site);
    files.set(page.path, () => html);
  }
  // A page per element and per view: most of a national site (22 000 pages, 580 MB), so each is
  // made when staging writes it rather than all held at once; each says what it is made from
  // (made-from.ts), and staging keeps the page in place when it is made from the same.
  const elements = site.elements.filter((element) => element.kind !== 'view');
  const digests = input.madeWith === undefined ? undefined : new PageDigests(site, input.madeWith);
  const as = (madeFrom: (() => string | undefined) | undefined) => (madeFrom ? { madeFrom, text: true } : {});
  for (const element of elements)
    files.set(hrefOf(element), () => renderPage(elementPage(element, site), site), as(digests?.ofElement(element)));
  for (const view of site.views) files.set(viewPage(view), () => renderPage(viewPageOf(view, site), site), as(digests?.ofView(view)));
  files.set('assets/site.css', () => SITE_CSS);
  files.set('assets/site.js', () => SITE_SCRIPT);
  const searchIndex = searchIndexScript(site);
  files.set('assets/search-index.js', () => searchIndex);
  files.set('assets/fonts/NotoSans-Regular.ttf', () => fonts.regular);
  files.set('assets/fonts/NotoSans-Bold.ttf', () => fonts.bold);
  const pages = overviews.length + elements.length + site.views.length;
  onProgress?.(wordsFor(input.locale).site.progress({ pages }));
  return { files, pages };
}
