// The front page: the model's name, what it holds (counts per kind, linked to the lists), its
// plateaus, a summary of the findings, the worst agencies of the scorecard, its views, and the
// landscape at the first plateau (of systems in a small model, of agencies in a large one).
import { hrefOf, type Words } from '@gea-arch/core';
import { element, escapeHtml, tableHtml } from '../report/html.js';
import { nameHtml, say } from './bilingual.js';
import { diagramFigure } from './diagram-figure.js';
import { summaryOf } from './findings-page.js';
import { code, link, section } from './markup.js';
import { LISTED_KINDS, type Page } from './page-shell.js';
import { scorecardTable } from './report-pages.js';
import { viewPage, type SiteContext } from './site-context.js';

/** The agencies the front page shows from the scorecard. */
const SCORECARD_ON_INDEX = 10;

export function indexPage(site: SiteContext): Page {
  const counts = tableHtml(
    [say((w) => w.reports.common.kind), say((w) => w.reports.common.count)],
    LISTED_KINDS.map((kind) => [
      link(
        `list/${kind}.html`,
        say((w) => w.reports.common.kinds[kind]),
      ),
      String(site.elements.filter((element) => element.kind === kind).length),
    ]).concat([
      [
        link(
          'list/view.html',
          say((w) => w.site.nav.views),
        ),
        String(site.views.length),
      ],
    ]),
  );
  const plateaus = site.model.plateaus
    .filter((plateau) => !plateau.implicit)
    .map((plateau) => element('li', {}, link(hrefOf(plateau), nameHtml(plateau, site.defaultLocale)), ' ', code(plateau.date)));
  const summary = summaryOf(site.findings, site.files);
  const severities = (['error', 'warning', 'info'] as const).map((severity) => [
    element(
      'span',
      { class: `sev sev-${severity}` },
      say((w) => w.reports.common.severitiesPlural[severity]),
    ),
    String(summary[severity]),
  ]);
  const landscape = site.views.find((view) => !view.declared && view.id === `landscape-${site.model.plateaus[0]?.id}`);
  const body = [
    element('h1', {}, escapeHtml(site.name ?? 'gea')),
    section(
      'counts',
      say((w) => w.site.index.counts),
      counts,
    ),
    plateaus.length > 0
      ? section(
          'plateaus',
          say((w) => w.site.index.plateaus),
          element('ol', {}, ...plateaus),
        )
      : '',
    section(
      'findings',
      say((w) => w.site.index.findings),
      tableHtml(
        [say((w) => w.reports.common.severity), say((w) => w.reports.common.count)],
        [
          ...severities,
          [
            element(
              'span',
              { class: 'sev sev-waived' },
              say((w) => w.reports.common.waived),
            ),
            String(summary.waived),
          ],
        ],
      ),
      element(
        'p',
        {},
        link(
          'findings.html',
          say((w) => w.site.index.allFindings),
        ),
      ),
    ),
    section(
      'scorecard',
      say((w) => w.site.index.scorecard),
      scorecardTable(site, '', SCORECARD_ON_INDEX),
      element(
        'p',
        {},
        link(
          'scorecard.html',
          say((w) => w.reports.scorecard.title),
        ),
      ),
    ),
    landscape
      ? section(
          'landscape',
          say((w) => w.site.index.landscape),
          element('p', {}, link(viewPage(landscape), site.viewTitleHtml(landscape))),
          diagramFigure(landscape, site, '', 'd0-'),
        )
      : '',
  ].join('\n');
  return { path: 'index.html', title: (words: Words) => words.site.nav.overview, body, section: 'overview' };
}
