// reports/findings.md: the findings for people, grouped by agency (worst first, then by name),
// then by rule, each with its severity, element, message, plateaus and a link to its source line.
import { owningAgency, summarizeElement, type ElementSummary, type Finding, type SemanticModel } from '@gea-arch/core';
import type { FindingSummary } from './finding-records.js';
import { md } from '@gea-arch/core';
import { elementMarkdown, whereMarkdown, type ReportContext } from './report-context.js';

interface AgencyGroup {
  readonly agency?: ElementSummary;
  readonly findings: Finding[];
}

export function findingsMarkdown(
  model: SemanticModel,
  findings: readonly Finding[],
  summary: FindingSummary,
  context: ReportContext,
): string {
  const words = context.words.reports;
  const groups = groupByAgency(model, findings);
  const severityRow = (agency: AgencyGroup) => {
    const count = (keep: (finding: Finding) => boolean) => String(agency.findings.filter(keep).length);
    return [
      agency.agency ? elementMarkdown(agency.agency, context) : md.text(words.common.noAgency),
      count((f) => !f.waived && f.severity === 'error'),
      count((f) => !f.waived && f.severity === 'warning'),
      count((f) => !f.waived && f.severity === 'info'),
      count((f) => f.waived),
    ];
  };
  return md.document([
    md.heading(1, md.text(words.findings.title)),
    md.text(words.findings.summary(summary)),
    groups.length === 0 && md.text(words.findings.noFindings),
    groups.length > 0 &&
      md.table(
        [
          words.common.agency,
          words.common.severitiesPlural.error,
          words.common.severitiesPlural.warning,
          words.common.severitiesPlural.info,
          words.common.waived,
        ],
        groups.map(severityRow),
      ),
    ...groups.flatMap((group) => [
      md.heading(2, group.agency ? elementMarkdown(group.agency, context) : md.text(words.common.noAgency)),
      ...byRule(group.findings).flatMap(([rule, list]) => [
        md.heading(3, `${md.code(rule)} — ${md.text(summaryOf(rule, context))}`),
        md.table(
          [words.common.severity, words.common.element, words.common.message, words.common.plateaus, words.common.where],
          list.map((finding) => [
            md.text(
              finding.waived
                ? `${words.common.severities[finding.severity]} (${words.common.waived}: ${finding.waiver ?? ''})`
                : words.common.severities[finding.severity],
            ),
            finding.element !== undefined ? md.code(finding.element) : '',
            md.message(finding.message),
            finding.plateaus.map((plateau) => md.code(plateau)).join(', '),
            whereMarkdown(finding.source, context),
          ]),
        ),
      ]),
    ]),
  ]);
}

function summaryOf(rule: string, context: ReportContext): string {
  const entry = (context.words.rules as Readonly<Record<string, { readonly summary?: string }>>)[rule];
  return entry?.summary ?? rule;
}

/** Agencies with the most unwaived errors first, then warnings, then by full name; findings on no agency last. */
function groupByAgency(model: SemanticModel, findings: readonly Finding[]): AgencyGroup[] {
  const groups = new Map<string, { agency?: ElementSummary; findings: Finding[] }>();
  for (const finding of findings) {
    const element = finding.element !== undefined ? model.byId.get(finding.element) : undefined;
    const agency = element && owningAgency(element);
    const key = agency?.id ?? '';
    const group = groups.get(key) ?? { ...(agency ? { agency: summarizeElement(agency) } : {}), findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  const weight = (group: AgencyGroup, severity: Finding['severity']) =>
    group.findings.filter((finding) => !finding.waived && finding.severity === severity).length;
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.agency === undefined) - Number(b.agency === undefined) ||
      weight(b, 'error') - weight(a, 'error') ||
      weight(b, 'warning') - weight(a, 'warning') ||
      compareText(a.agency?.id ?? '', b.agency?.id ?? ''),
  );
}

function byRule(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const rules = new Map<string, Finding[]>();
  for (const finding of findings) rules.set(finding.rule, [...(rules.get(finding.rule) ?? []), finding]);
  return [...rules.entries()].sort(([a], [b]) => compareText(a, b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
