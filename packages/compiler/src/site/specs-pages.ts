// The spec bundle as pages: the service catalogue and open data records, then every interface with
// its spec files to download (the files stay in the specs section beside the site).
import { compareText, hrefOf } from '@gea-arch/core';
import { element, tableHtml } from '../report/html.js';
import { nameHtml, say } from './bilingual.js';
import { link } from './markup.js';
import type { Page } from './page-shell.js';
import { paginate } from './pagination.js';
import type { SiteContext } from './site-context.js';
import { specLink } from './spec-links.js';

export function specsPages(site: SiteContext): Page[] {
  const shared = ['catalog.json', 'open-data.json'].filter((file) => site.specs?.has(file));
  const intro = [
    element(
      'p',
      {},
      say((w) => w.site.specs.intro),
    ),
    shared.length > 0 ? element('ul', { class: 'files' }, ...shared.map((file) => element('li', {}, specLink(file, '')))) : '',
  ].join('\n');
  const interfaces = site.elements.filter((candidate) => candidate.kind === 'interface').sort((a, b) => compareText(a.id, b.id));
  const rows = interfaces.map((api) => [
    link(hrefOf(api), nameHtml(api, site.defaultLocale)),
    api.kind === 'interface' && api.style ? say((w) => w.specs.styles[api.style!]) : '',
    site
      .specFilesOf(api.id)
      .map((file) => specLink(file, ''))
      .join('<br>'),
  ]);
  const headers = [say((w) => w.reports.common.name), say((w) => w.site.properties.style), say((w) => w.site.specs.files)];
  return paginate({
    pathOf: (n) => (n === 1 ? 'specs.html' : `specs-${n}.html`),
    heading: (w) => w.site.specs.title,
    intro,
    rows,
    render: (slice) =>
      slice.length > 0
        ? tableHtml(headers, slice)
        : element(
            'p',
            {},
            say((w) => w.site.specs.noSpecs),
          ),
    section: 'specs',
  });
}
