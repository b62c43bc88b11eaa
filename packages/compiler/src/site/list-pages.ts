// A list page per kind (`list/system.html`) and one of every view: name, id, agency and findings,
// split into pages (./pagination.ts).
import { hrefOf, type Element, type ElementKind, type ViewGraph } from '@gea-arch/core';
import { tableHtml } from '../report/html.js';
import { nameHtml, say } from './bilingual.js';
import { code, link } from './markup.js';
import { LISTED_KINDS, type Page } from './page-shell.js';
import { paginate } from './pagination.js';
import { agencyOf, viewPage, type SiteContext } from './site-context.js';

/** The file of page `n` (1-based) of a list. */
export function listPath(kind: ElementKind | 'view', n = 1): string {
  return n === 1 ? `list/${kind}.html` : `list/${kind}-${n}.html`;
}

export function listPages(site: SiteContext): Page[] {
  const pages = LISTED_KINDS.flatMap((kind) =>
    elementList(
      kind,
      site.elements.filter((candidate) => candidate.kind === kind),
      site,
    ),
  );
  return [...pages, ...viewList(site)];
}

function elementList(kind: ElementKind, elements: readonly Element[], site: SiteContext): Page[] {
  const root = '../';
  const rows = elements.map((shown) => {
    const agency = agencyOf(shown);
    const owner = agency !== undefined ? site.model.byId.get(agency) : undefined;
    const findings = site.findingsOf(shown.id).filter((finding) => !finding.waived).length;
    return [
      link(`${root}${hrefOf(shown)}`, nameHtml(shown, site.defaultLocale)),
      code(shown.id),
      owner && owner !== shown ? link(`${root}${hrefOf(owner)}`, nameHtml(owner, site.defaultLocale)) : '',
      findings > 0 ? String(findings) : '',
    ];
  });
  const headers = [
    say((w) => w.reports.common.name),
    say((w) => w.reports.common.id),
    say((w) => w.site.lists.owner),
    say((w) => w.site.lists.findings),
  ];
  return paginate({
    pathOf: (n) => listPath(kind, n),
    heading: (w) => w.reports.common.kinds[kind],
    rows,
    render: (slice) => tableHtml(headers, slice),
  });
}

function viewList(site: SiteContext): Page[] {
  const root = '../';
  const rows = site.views.map((view: ViewGraph) => [
    link(`${root}${viewPage(view)}`, site.viewTitleHtml(view)),
    code(view.id),
    say((w) => w.diagrams.titles[view.kind]),
    view.plateau ? code(view.plateau.id) : '',
  ]);
  const headers = [
    say((w) => w.reports.common.name),
    say((w) => w.reports.common.id),
    say((w) => w.site.view.kind),
    say((w) => w.site.view.plateau),
  ];
  return paginate({
    pathOf: (n) => listPath('view', n),
    heading: (w) => w.site.nav.views,
    rows,
    render: (slice) => tableHtml(headers, slice),
    section: 'views',
  });
}
