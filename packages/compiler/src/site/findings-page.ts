// The findings: on one page, filterable by severity, rule and agency (site.js hides the rows that
// do not match; without JavaScript every row shows); above FINDINGS_ON_ONE_PAGE, a page of counts
// per agency and a filterable page per agency (`findings/<agency>.html`), so no page grows with
// the whole model.
import { compareText, hrefOf, type Finding, type Words } from '@gea-arch/core';
import { element, escapeHtml, tableHtml } from '../report/html.js';
import { nameHtml, nameIn, say, SITE_LOCALES } from './bilingual.js';
import { findingsTable } from './findings-table.js';
import { code, link } from './markup.js';
import { inBothAttribute, rootOf, type Page } from './page-shell.js';
import { agencyOf, type SiteContext } from './site-context.js';
import { scriptTemplate } from './templates.js';

/** Up to this many findings share one page; more are split by agency. */
export const FINDINGS_ON_ONE_PAGE = 1000;

/** The page of findings not tied to an agency (agency ids hold no `-`). */
const NO_AGENCY = 'no-agency';

export function findingsPages(site: SiteContext, onePageUpTo = FINDINGS_ON_ONE_PAGE): Page[] {
  const heading = element(
    'h1',
    {},
    say((w) => w.site.nav.findings),
  );
  const intro = [
    element(
      'p',
      {},
      say((w) => w.reports.findings.summary(summaryOf(site.findings, site.files))),
    ),
    element(
      'p',
      { class: 'note' },
      say((w) => w.site.findings.messageLanguage),
    ),
    downloads(site),
  ];
  const page = (path: string, title: (words: Words) => string, ...content: string[]): Page => ({
    path,
    title,
    body: [heading, ...content].join('\n'),
    section: 'findings',
  });
  if (site.findings.length <= onePageUpTo) {
    return [page('findings.html', (w) => w.site.nav.findings, ...intro, filteredTable(site.findings, site, '', true))];
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of site.findings) {
    const agency = agencyIds(finding, site)[0] ?? NO_AGENCY;
    const group = groups.get(agency);
    if (group) group.push(finding);
    else groups.set(agency, [finding]);
  }
  const ids = [...groups.keys()].sort((a, b) => (a === NO_AGENCY ? 1 : b === NO_AGENCY ? -1 : compareText(a, b)));
  const nameOf = (id: string) => {
    const agency = site.model.byId.get(id);
    return agency ? nameHtml(agency, site.defaultLocale) : say((w) => w.reports.common.noAgency);
  };
  const counts = tableHtml(
    [
      say((w) => w.reports.common.agency),
      ...(['error', 'warning', 'info'] as const).map((severity) => say((w) => w.reports.common.severitiesPlural[severity])),
      say((w) => w.reports.common.waived),
    ],
    ids.map((id) => {
      const summary = summaryOf(groups.get(id)!, 0);
      return [
        link(`findings/${id}.html`, nameOf(id)),
        String(summary.error),
        String(summary.warning),
        String(summary.info),
        String(summary.waived),
      ];
    }),
  );
  const perAgency = ids.map((id) => {
    const path = `findings/${id}.html`;
    const agency = site.model.byId.get(id);
    const about = agency
      ? element('p', {}, link(`${rootOf(path)}${hrefOf(agency)}`, nameOf(id)), ' ', code(id))
      : element('p', {}, nameOf(id));
    return page(
      path,
      (w) => `${w.site.nav.findings} — ${agency ? nameIn(agency, w.locale, site.defaultLocale) : w.reports.common.noAgency}`,
      about,
      filteredTable(groups.get(id)!, site, rootOf(path), false),
    );
  });
  return [page('findings.html', (w) => w.site.nav.findings, ...intro, counts), ...perAgency];
}

/** The filters (severity, rule, and agency when `byAgency`) and the table of `findings`. */
function filteredTable(findings: readonly Finding[], site: SiteContext, root: string, byAgency: boolean): string {
  const rules = [...new Set(findings.map((finding) => finding.rule))].sort(compareText);
  const agencies = [...new Set(findings.flatMap((finding) => agencyIds(finding, site)))].sort(compareText);
  const severities = ['error', 'warning', 'info', 'waived'].filter((severity) =>
    findings.some((finding) => (finding.waived ? 'waived' : finding.severity) === severity),
  );
  const option = (value: string, html: string) => element('option', { value }, html);
  const select = (name: 'severity' | 'rule' | 'agency', all: (words: Words) => string, options: string[]) =>
    element(
      'label',
      {},
      element(
        'span',
        { class: 'filter-name' },
        say((w) => w.reports.common[name]),
      ),
      element('select', { 'data-filter': name }, option('', escapeHtml(inBothAttribute(all))), ...options),
    );
  const severityOption = (severity: string) =>
    option(
      severity,
      escapeHtml(
        inBothAttribute((w) =>
          severity === 'waived' ? w.reports.common.waived : w.reports.common.severities[severity as Finding['severity']],
        ),
      ),
    );
  // <option> holds text only: a name in both languages is written once per language, joined.
  const agencyOption = (id: string) => {
    const agency = site.model.byId.get(id);
    const names = agency ? [...new Set(SITE_LOCALES.map((locale) => nameIn(agency, locale, site.defaultLocale)))].join(' / ') : id;
    return option(id, escapeHtml(names));
  };
  const filters = element(
    'form',
    { class: 'filters', 'data-filters': 'findings', 'aria-label': inBothAttribute((w) => w.site.findings.filters) },
    element(
      'h2',
      { class: 'visually-hidden' },
      say((w) => w.site.findings.filters),
    ),
    select('severity', (w) => w.site.findings.allSeverities, severities.map(severityOption)),
    select(
      'rule',
      (w) => w.site.findings.allRules,
      rules.map((rule) => option(rule, escapeHtml(rule))),
    ),
    ...(byAgency ? [select('agency', (w) => w.site.findings.allAgencies, agencies.map(agencyOption))] : []),
    element('output', {
      'aria-live': 'polite',
      ...Object.fromEntries(
        SITE_LOCALES.map((locale) => [`data-template-${locale}`, scriptTemplate(locale, (w) => w.site.findings.shown, ['shown', 'total'])]),
      ),
    }),
  );
  if (findings.length === 0)
    return element(
      'p',
      {},
      say((w) => w.reports.findings.noFindings),
    );
  return [filters, findingsTable(findings, site, root, { withElement: true })].join('\n');
}

/** The findings as the reports section writes them, beside the site. */
function downloads(site: SiteContext): string {
  const files = ['findings.json', 'findings.sarif', 'findings.md'].filter((file) => site.reports?.has(file));
  if (files.length === 0) return '';
  const links = files.map((file) =>
    element('li', {}, element('a', { href: `../reports/${file}`, download: '' }, `<code>${escapeHtml(file)}</code>`)),
  );
  return element(
    'section',
    { 'aria-labelledby': 'downloads-h' },
    element(
      'h2',
      { id: 'downloads-h' },
      say((w) => w.site.view.downloads),
    ),
    element('ul', { class: 'files' }, ...links),
  );
}

function agencyIds(finding: Finding, site: SiteContext): string[] {
  const agency = agencyOf(finding.element !== undefined ? site.model.byId.get(finding.element) : undefined);
  return agency !== undefined ? [agency] : [];
}

export function summaryOf(findings: readonly Finding[], files: number) {
  const counts = { error: 0, warning: 0, info: 0, waived: 0, files };
  for (const finding of findings) {
    if (finding.waived) counts.waived++;
    else counts[finding.severity]++;
  }
  return counts;
}
