// Findings as a table: severity, rule, element (linked to its page), message, source line and
// plateaus; each row carries its severity, rule and agency for the findings page's filters.
import type { Finding } from '@gea-arch/core';
import { element, escapeHtml, messageHtml } from '../report/html.js';
import { nameHtml, say, sayHtml } from './bilingual.js';
import { code, link } from './markup.js';
import { agencyOf, type SiteContext } from './site-context.js';
import { hrefOf } from '@gea-arch/core';

export function findingsTable(findings: readonly Finding[], site: SiteContext, root: string, options: { withElement: boolean }): string {
  const headers = [
    say((w) => w.reports.common.severity),
    say((w) => w.reports.common.rule),
    ...(options.withElement ? [say((w) => w.reports.common.element)] : []),
    say((w) => w.reports.common.message),
    say((w) => w.reports.common.where),
    say((w) => w.reports.common.plateaus),
  ];
  const rows = findings.map((finding) => {
    const target = finding.element !== undefined ? site.model.byId.get(finding.element) : undefined;
    const severity = element(
      'span',
      { class: `sev sev-${finding.waived ? 'waived' : finding.severity}` },
      sayHtml((w) =>
        escapeHtml(
          finding.waived
            ? `${w.reports.common.severities[finding.severity]} (${w.reports.common.waived})`
            : w.reports.common.severities[finding.severity],
        ),
      ),
    );
    const waiver = finding.waiver !== undefined ? site.model.byId.get(finding.waiver) : undefined;
    const cells = [
      severity,
      code(finding.rule),
      ...(options.withElement ? [target ? link(`${root}${hrefOf(target)}`, nameHtml(target, site.defaultLocale)) : ''] : []),
      messageHtml(finding.message) + (waiver ? ` — ${link(`${root}${hrefOf(waiver)}`, nameHtml(waiver, site.defaultLocale))}` : ''),
      code(`${site.relativePath(finding.source.uri)}:${finding.source.start.line + 1}`),
      finding.plateaus.map(code).join(' '),
    ];
    return element(
      'tr',
      {
        'data-severity': finding.waived ? 'waived' : finding.severity,
        'data-rule': finding.rule,
        'data-agency': agencyOf(target) ?? '',
      },
      ...cells.map((cell) => element('td', {}, cell)),
    );
  });
  return element(
    'table',
    { class: 'findings' },
    element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', { scope: 'col' }, header)))),
    element('tbody', {}, ...rows),
  );
}
