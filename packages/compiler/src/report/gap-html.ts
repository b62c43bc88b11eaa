// The gap report in HTML: the same summary, matrices and details as the Markdown, in a <section>
// whose headings start at <h2>; every model string escaped. The site embeds the section; `gea gap
// --format html` writes it as a page of its own.
import { isListChange, LAYERS, POTENTIAL_GAP_KINDS, type ElementSummary, type Finding, type GapAnalysis, type Layer } from '@gea-arch/core';
import { GAP_STATUSES, type GapStatus } from './gap-markdown.js';
import { element, escapeHtml, messageHtml, tableHtml } from './html.js';
import { FINDING_KINDS, findingRowLabel, GAP_CATEGORIES, gapSummary } from './gap-summary.js';
import { htmlPage } from './html-page.js';
import { nameOf, type ReportContext } from './report-context.js';

export interface GapHtmlOptions {
  /** List the kept elements in the matrices too (they are counted in the summary either way). */
  readonly kept?: boolean;
  /** Names link to their pages in the site (the fragment is on a site page); plain text outside it. */
  readonly siteLinks?: boolean;
}

/** The gap report as a page of its own, for a browser or a mail: the section, no site around it. */
export function gapPage(gap: GapAnalysis, context: ReportContext): string {
  const title = context.words.reports.gap.title({ from: nameOf(gap.from, context), to: nameOf(gap.to, context) });
  return htmlPage({ lang: context.locale, title, body: gapHtml(gap, context, { siteLinks: false }) });
}

export function gapHtml(gap: GapAnalysis, context: ReportContext, options: GapHtmlOptions = {}): string {
  const words = context.words.reports;
  const label = (plateau: GapAnalysis['from']) => `${escapeHtml(nameOf(plateau, context))} (<code>${escapeHtml(plateau.id)}</code>)`;
  const parts = [
    element('h2', {}, words.gap.title({ from: label(gap.from), to: label(gap.to) })),
    element('p', {}, messageHtml(words.gap.intro({ from: `\`${gap.from.id}\``, to: `\`${gap.to.id}\`` }))),
    element('h3', {}, escapeHtml(words.gap.summary)),
    ...summaryTables(gap, context),
    element('h3', {}, escapeHtml(words.gap.matrix)),
    ...LAYERS.flatMap((layer) => [
      element('h4', {}, escapeHtml(words.gap.layers[layer])),
      matrix(gap, layer, context, options.kept ?? true, options.siteLinks ?? true),
    ]),
    element('h3', {}, escapeHtml(words.gap.changes)),
    ...changes(gap, context, options.siteLinks ?? true),
    element('h3', {}, escapeHtml(words.gap.potentialGaps)),
    ...potentialGaps(gap, context),
    element('h3', {}, escapeHtml(words.gap.findings)),
    ...(['resolved', 'remaining', 'new'] as const).flatMap((kind) => [
      element('h4', {}, escapeHtml(`${words.gap.findingKinds[kind]} (${gap.findings[kind].length})`)),
      findingsHtml(gap.findings[kind], context),
    ]),
  ];
  return `${element('section', { class: 'gea-gap', 'data-from': gap.from.id, 'data-to': gap.to.id }, ...parts.map((part) => `\n${part}`), '\n')}\n`;
}

/** The same counts as the Markdown's summary: per layer with totals, potential gaps, findings by severity. */
function summaryTables(gap: GapAnalysis, context: ReportContext): string[] {
  const words = context.words.reports;
  const summary = gapSummary(gap);
  return [
    tableHtml([words.gap.layer, ...GAP_CATEGORIES.map((category) => words.gap.categories[category])].map(escapeHtml), [
      ...summary.layers.map(({ layer, counts }) => [escapeHtml(words.gap.layers[layer]), ...counts.map(String)]),
      [element('strong', {}, escapeHtml(words.common.total)), ...summary.totals.map((total) => element('strong', {}, String(total)))],
    ]),
    tableHtml(
      [words.gap.potentialGaps, words.common.count].map(escapeHtml),
      summary.potentialGaps.map(({ kind, count }) => [escapeHtml(words.gap.gapKinds[kind]), String(count)]),
    ),
    tableHtml(
      [words.gap.findings, ...FINDING_KINDS.map((kind) => words.gap.findingKinds[kind])].map(escapeHtml),
      summary.findings.map(({ row, counts }) => [escapeHtml(findingRowLabel(row, context)), ...counts.map(String)]),
    ),
  ];
}

function matrix(gap: GapAnalysis, layer: Layer, context: ReportContext, kept: boolean, siteLinks: boolean): string {
  const words = context.words.reports;
  const rows: Array<[ElementSummary, GapStatus]> = GAP_STATUSES.filter((status) => kept || status !== 'kept').flatMap((status) =>
    status === 'changed'
      ? gap.layers[layer].changed.map((change): [ElementSummary, GapStatus] => [change.element, status])
      : gap.layers[layer][status].map((summary): [ElementSummary, GapStatus] => [summary, status]),
  );
  if (rows.length === 0) return element('p', {}, escapeHtml(words.gap.noFindings));
  const mark = (present: boolean) => escapeHtml(present ? words.common.present : words.common.absent);
  return tableHtml(
    [words.common.name, words.common.id, words.common.kind, gap.from.id, gap.to.id, words.gap.status].map(escapeHtml),
    rows.map(([summary, status]) => [
      elementName(summary, context, siteLinks),
      `<code>${escapeHtml(summary.id)}</code>`,
      escapeHtml(context.words.common.kinds[summary.kind]),
      mark(status !== 'new'),
      mark(status !== 'eliminated'),
      element('span', { class: `gea-status-${status}` }, escapeHtml(words.gap.categories[status])),
    ]),
  );
}

/** The element's name, linking to its page in the site when asked. */
function elementName(summary: ElementSummary, context: ReportContext, siteLinks: boolean): string {
  const name = escapeHtml(nameOf(summary, context));
  return siteLinks ? element('a', { href: `${summary.kind}/${summary.id}.html` }, name) : name;
}

function changes(gap: GapAnalysis, context: ReportContext, siteLinks: boolean): string[] {
  const words = context.words.reports.gap;
  const changed = LAYERS.flatMap((layer) => gap.layers[layer].changed);
  if (changed.length === 0) return [element('p', {}, escapeHtml(words.noChanges))];
  const codes = (items: readonly string[]) => items.map((item) => `<code>${escapeHtml(item)}</code>`).join(', ');
  return changed.flatMap((change) => [
    element('h4', {}, `${elementName(change.element, context, siteLinks)} (<code>${escapeHtml(change.element.id)}</code>)`),
    tableHtml(
      [words.property, words.before, words.after].map(escapeHtml),
      change.changes.map((c) =>
        isListChange(c)
          ? [
              `<code>${escapeHtml(c.property)}</code>`,
              c.removed.length > 0 ? `${escapeHtml(words.removed)}: ${codes(c.removed)}` : '',
              c.added.length > 0 ? `${escapeHtml(words.added)}: ${codes(c.added)}` : '',
            ]
          : [
              `<code>${escapeHtml(c.property)}</code>`,
              c.from !== undefined ? codes([c.from]) : escapeHtml(words.unstated),
              c.to !== undefined ? codes([c.to]) : escapeHtml(words.unstated),
            ],
      ),
    ),
  ]);
}

function potentialGaps(gap: GapAnalysis, context: ReportContext): string[] {
  const words = context.words.reports.gap;
  if (gap.potentialGaps.length === 0) return [element('p', {}, escapeHtml(words.noPotentialGaps))];
  return POTENTIAL_GAP_KINDS.flatMap((kind) => {
    const gaps = gap.potentialGaps.filter((potential) => potential.kind === kind);
    if (gaps.length === 0) return [];
    return [
      element('h4', {}, escapeHtml(`${words.gapKinds[kind]} (${gaps.length})`)),
      element(
        'ul',
        {},
        ...gaps.map((potential) =>
          element(
            'li',
            { 'data-kind': kind, 'data-element': potential.element.id },
            `${messageHtml(potential.message)} — ${where(potential.source, context)}`,
          ),
        ),
      ),
    ];
  });
}

function findingsHtml(findings: readonly Finding[], context: ReportContext): string {
  const words = context.words.reports.common;
  if (findings.length === 0) return element('p', {}, escapeHtml(context.words.reports.gap.noFindings));
  return tableHtml(
    [words.severity, words.rule, words.element, words.message, words.where].map(escapeHtml),
    findings.map((finding) => [
      escapeHtml(finding.waived ? `${words.severities[finding.severity]} (${words.waived})` : words.severities[finding.severity]),
      `<code>${escapeHtml(finding.rule)}</code>`,
      finding.element !== undefined ? `<code>${escapeHtml(finding.element)}</code>` : '',
      messageHtml(finding.message),
      where(finding.source, context),
    ]),
  );
}

function where(source: Finding['source'], context: ReportContext): string {
  const file = context.links.relativePath(source.uri);
  const line = source.start.line + 1;
  const href = context.links.href?.(file);
  const label = escapeHtml(`${file}:${line}`);
  return href === undefined ? label : element('a', { href: `${href}#L${line}` }, label);
}
