// Every finding on one page, filterable by severity, rule and agency (site.js hides the rows that
// do not match; without JavaScript every row shows).
import { compareText, type Finding, type Words } from '@gea-arch/core';
import { element, escapeHtml } from '../report/html.js';
import { nameIn, say, SITE_LOCALES } from './bilingual.js';
import { findingsTable } from './findings-table.js';
import { inBothAttribute, type Page } from './page-shell.js';
import { agencyOf, type SiteContext } from './site-context.js';
import { scriptTemplate } from './templates.js';

export function findingsPage(site: SiteContext): Page {
  const findings = site.findings;
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
    select('agency', (w) => w.site.findings.allAgencies, agencies.map(agencyOption)),
    element('output', {
      'aria-live': 'polite',
      ...Object.fromEntries(
        SITE_LOCALES.map((locale) => [`data-template-${locale}`, scriptTemplate(locale, (w) => w.site.findings.shown, ['shown', 'total'])]),
      ),
    }),
  );
  const body = [
    element(
      'h1',
      {},
      say((w) => w.site.nav.findings),
    ),
    element(
      'p',
      {},
      say((w) => w.reports.findings.summary(summaryOf(findings, site.files))),
    ),
    element(
      'p',
      { class: 'note' },
      say((w) => w.site.findings.messageLanguage),
    ),
    downloads(site),
    filters,
    findings.length > 0
      ? findingsTable(findings, site, '', { withElement: true })
      : element(
          'p',
          {},
          say((w) => w.reports.findings.noFindings),
        ),
  ].join('\n');
  return { path: 'findings.html', title: (words) => words.site.nav.findings, body, section: 'findings' };
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
