// The gap report as Markdown: summary counts first, then the gap matrix of each layer, then the
// details (what changed, the potential gaps with what to do, the findings) with links to source
// lines. Every heading and label from the words tables; every model string escaped.
import {
  isListChange,
  LAYERS,
  POTENTIAL_GAP_KINDS,
  type ElementSummary,
  type Finding,
  type GapAnalysis,
  type Layer,
  type PropertyChange,
} from '@gea-arch/core';
import { FINDING_KINDS, findingRowLabel, GAP_CATEGORIES, gapSummary } from './gap-summary.js';
import { md } from '@gea-arch/core';
import { elementMarkdown, whereMarkdown, type ReportContext } from './report-context.js';

export type GapStatus = 'new' | 'eliminated' | 'changed' | 'kept';
export const GAP_STATUSES: readonly GapStatus[] = ['new', 'eliminated', 'changed', 'kept'];

export function gapMarkdown(gap: GapAnalysis, context: ReportContext): string {
  const words = context.words.reports;
  const from = elementMarkdown(summary(gap.from), context);
  const to = elementMarkdown(summary(gap.to), context);
  return md.document([
    md.heading(1, words.gap.title({ from, to })),
    words.gap.intro({ from: md.code(gap.from.id), to: md.code(gap.to.id) }),
    md.heading(2, words.gap.summary),
    summaryTables(gap, context),
    md.heading(2, words.gap.matrix),
    ...LAYERS.flatMap((layer) => [md.heading(3, words.gap.layers[layer]), matrix(gap, layer, context)]),
    md.heading(2, words.gap.changes),
    ...changes(gap, context),
    md.heading(2, words.gap.potentialGaps),
    ...potentialGaps(gap, context),
    md.heading(2, words.gap.findings),
    ...(['resolved', 'remaining', 'new'] as const).flatMap((kind) => [
      md.heading(3, `${words.gap.findingKinds[kind]} (${gap.findings[kind].length})`),
      findingsTable(gap.findings[kind], context),
    ]),
  ]);
}

function summaryTables(gap: GapAnalysis, context: ReportContext): string {
  const words = context.words.reports;
  const summary = gapSummary(gap);
  const layers = md.table(
    [words.gap.layer, ...GAP_CATEGORIES.map((category) => words.gap.categories[category])],
    [
      ...summary.layers.map(({ layer, counts }) => [md.text(words.gap.layers[layer]), ...counts.map(String)]),
      [`**${md.text(words.common.total)}**`, ...summary.totals.map((total) => `**${total}**`)],
    ],
  );
  const gaps = md.table(
    [words.gap.potentialGaps, words.common.count],
    summary.potentialGaps.map(({ kind, count }) => [md.text(words.gap.gapKinds[kind]), String(count)]),
  );
  const findings = md.table(
    [words.gap.findings, ...FINDING_KINDS.map((kind) => words.gap.findingKinds[kind])],
    summary.findings.map(({ row, counts }) => [md.text(findingRowLabel(row, context)), ...counts.map(String)]),
  );
  return [layers, gaps, findings].join('\n\n');
}

/** Each element of a layer, present or not at each plateau, with its status: new, eliminated, changed, kept. */
function matrix(gap: GapAnalysis, layer: Layer, context: ReportContext): string {
  const words = context.words.reports;
  const { new: added, eliminated, changed, kept } = gap.layers[layer];
  const rows: Array<[ElementSummary, GapStatus]> = [
    ...added.map((element): [ElementSummary, GapStatus] => [element, 'new']),
    ...eliminated.map((element): [ElementSummary, GapStatus] => [element, 'eliminated']),
    ...changed.map((change): [ElementSummary, GapStatus] => [change.element, 'changed']),
    ...kept.map((element): [ElementSummary, GapStatus] => [element, 'kept']),
  ];
  if (rows.length === 0) return md.text(words.gap.noFindings);
  const mark = (present: boolean) => md.text(present ? words.common.present : words.common.absent);
  return md.table(
    [words.common.name, words.common.id, words.common.kind, md.code(gap.from.id), md.code(gap.to.id), words.gap.status],
    rows.map(([element, status]) => [
      md.text(nameIn(element, context)),
      md.code(element.id),
      md.text(context.words.common.kinds[element.kind]),
      mark(status !== 'new'),
      mark(status !== 'eliminated'),
      status === 'kept' ? md.text(words.gap.categories[status]) : `**${md.text(words.gap.categories[status])}**`,
    ]),
  );
}

function changes(gap: GapAnalysis, context: ReportContext): string[] {
  const words = context.words.reports;
  const changed = LAYERS.flatMap((layer) => gap.layers[layer].changed);
  if (changed.length === 0) return [md.text(words.gap.noChanges)];
  return changed.flatMap((change) => [
    md.heading(3, `${elementMarkdown(change.element, context)} — ${whereMarkdown(change.element.source, context)}`),
    changeTable(change.changes, context),
  ]);
}

/** What differs, property by property; for lists, what was removed and what added. */
export function changeTable(list: readonly PropertyChange[], context: ReportContext): string {
  const words = context.words.reports.gap;
  const values = (items: readonly string[], label: string) =>
    items.length === 0 ? '' : `${md.text(label)}: ${items.map((item) => md.code(item)).join(', ')}`;
  return md.table(
    [words.property, words.before, words.after],
    list.map((change) =>
      isListChange(change)
        ? [md.code(change.property), values(change.removed, words.removed), values(change.added, words.added)]
        : [
            md.code(change.property),
            change.from !== undefined ? md.code(change.from) : md.text(words.unstated),
            change.to !== undefined ? md.code(change.to) : md.text(words.unstated),
          ],
    ),
  );
}

function potentialGaps(gap: GapAnalysis, context: ReportContext): string[] {
  const words = context.words.reports;
  if (gap.potentialGaps.length === 0) return [md.text(words.gap.noPotentialGaps)];
  return POTENTIAL_GAP_KINDS.flatMap((kind) => {
    const gaps = gap.potentialGaps.filter((potential) => potential.kind === kind);
    if (gaps.length === 0) return [];
    const items = gaps.map((potential) => {
      const item = `${md.message(potential.message)} — ${whereMarkdown(potential.source, context)}`;
      const holding = (potential.stillHolding ?? []).map(
        (finding) => `  - ${md.code(finding.rule)} ${md.message(finding.message)} — ${whereMarkdown(finding.source, context)}`,
      );
      return [item, ...holding].join('\n');
    });
    return [md.heading(3, `${md.text(words.gap.gapKinds[kind])} (${gaps.length})`), md.bullets(items)];
  });
}

/** Findings as a table: severity (or waived), rule, element, message, place. */
export function findingsTable(findings: readonly Finding[], context: ReportContext): string {
  const words = context.words.reports.common;
  if (findings.length === 0) return md.text(context.words.reports.gap.noFindings);
  return md.table(
    [words.severity, words.rule, words.element, words.message, words.where],
    findings.map((finding) => [
      md.text(finding.waived ? `${words.severities[finding.severity]} (${words.waived})` : words.severities[finding.severity]),
      md.code(finding.rule),
      finding.element !== undefined ? md.code(finding.element) : '',
      md.message(finding.message),
      whereMarkdown(finding.source, context),
    ]),
  );
}

function nameIn(element: ElementSummary, context: ReportContext): string {
  return element.names[context.locale] ?? element.names[context.defaultLocale] ?? element.localName;
}

function summary(plateau: GapAnalysis['from']): ElementSummary {
  return { id: plateau.id, kind: plateau.kind, names: plateau.names, localName: plateau.localName, source: plateau.head };
}
