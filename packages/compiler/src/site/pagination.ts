// Long tables split into pages of PAGE_SIZE rows with a pager, so that no page of a national model
// grows large: `list/system.html`, `list/system-2.html`, …
import type { Words } from '@gea-arch/core';
import { element } from '../report/html.js';
import { say } from './bilingual.js';
import { link } from './markup.js';
import { inBothAttribute, type NavSection, type Page } from './page-shell.js';

export const PAGE_SIZE = 200;

export interface Paginated {
  /** The path of page `n` (1-based), relative to the site root; pages of one list share a folder. */
  readonly pathOf: (n: number) => string;
  readonly heading: (words: Words) => string;
  /** HTML before the table on every page. */
  readonly intro?: string;
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly render: (rows: ReadonlyArray<readonly string[]>) => string;
  readonly section?: NavSection;
}

export function paginate(list: Paginated): Page[] {
  const pages = Math.max(1, Math.ceil(list.rows.length / PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => {
    const n = index + 1;
    const pager = pages > 1 ? pagerHtml(list, n, pages) : '';
    const body = [
      element('h1', {}, say(list.heading)),
      list.intro ?? '',
      element(
        'p',
        {},
        say((w) => w.site.lists.count({ count: list.rows.length })),
      ),
      pager,
      list.render(list.rows.slice(index * PAGE_SIZE, n * PAGE_SIZE)),
      pager,
    ].join('\n');
    return {
      path: list.pathOf(n),
      title: (words) => (pages > 1 ? `${list.heading(words)} — ${words.site.lists.page({ page: n, pages })}` : list.heading(words)),
      body,
      ...(list.section ? { section: list.section } : {}),
    };
  });
}

function pagerHtml(list: Paginated, page: number, pages: number): string {
  const file = (n: number) => list.pathOf(n).split('/').pop()!;
  const links = Array.from({ length: pages }, (_, index) => {
    const n = index + 1;
    return element('li', {}, n === page ? element('span', { 'aria-current': 'page' }, String(n)) : link(file(n), String(n)));
  });
  return element(
    'nav',
    { class: 'pager', 'aria-label': inBothAttribute((w) => w.site.lists.pages) },
    element(
      'p',
      {},
      say((w) => w.site.lists.page({ page, pages })),
    ),
    element('ul', {}, ...links),
  );
}
