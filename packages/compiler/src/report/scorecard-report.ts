// reports/scorecard.md and .json: the agency scorecard (core's agencyScorecards), worst first.
import { SCORED_KINDS, type Scorecard } from '@gea-arch/core';
import { md } from '@gea-arch/core';
import { elementMarkdown, whereMarkdown, type ReportContext } from './report-context.js';

export function scorecardJson(scorecard: Scorecard, context: ReportContext): string {
  const json = {
    rules: scorecard.rules,
    agencies: scorecard.agencies.map((entry) => ({
      agency: entry.agency.id,
      name: entry.agency.names[context.locale] ?? entry.agency.names[context.defaultLocale] ?? entry.agency.localName,
      elements: entry.elements,
      findings: entry.findings,
      waivers: entry.waivers.map((waiver) => ({
        id: waiver.id,
        rule: waiver.rule ?? null,
        on: waiver.on ?? null,
        until: waiver.until ?? null,
        reason: waiver.reason ?? null,
        findings: waiver.findings,
        file: context.links.relativePath(waiver.source.uri),
        line: waiver.source.start.line + 1,
      })),
      rulesPassed: entry.rulesPassed,
      share: Math.round(entry.share * 10000) / 10000,
      failingRules: entry.failingRules,
    })),
    unassigned: scorecard.unassigned,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function scorecardMarkdown(scorecard: Scorecard, context: ReportContext): string {
  const words = context.words.reports;
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const { unassigned } = scorecard;
  return md.document([
    md.heading(1, md.text(words.scorecard.title)),
    md.text(words.scorecard.intro({ rules: scorecard.rules })),
    md.table(
      [
        words.common.agency,
        ...SCORED_KINDS.map((kind) => words.common.kinds[kind]),
        words.common.severitiesPlural.error,
        words.common.severitiesPlural.warning,
        words.common.severitiesPlural.info,
        words.common.waived,
        words.scorecard.waivers,
        words.scorecard.rulesPassed,
      ],
      scorecard.agencies.map((entry) => [
        elementMarkdown(entry.agency, context),
        ...SCORED_KINDS.map((kind) => String(entry.elements[kind])),
        String(entry.findings.error),
        String(entry.findings.warning),
        String(entry.findings.info),
        String(entry.findings.waived),
        String(entry.waivers.length),
        `${percent(entry.share)} (${entry.rulesPassed}/${scorecard.rules})`,
      ]),
    ),
    unassigned.error + unassigned.warning + unassigned.info > 0 && md.text(words.scorecard.unassigned(unassigned)),
    md.heading(2, md.text(words.scorecard.details)),
    ...scorecard.agencies
      .filter((entry) => entry.waivers.length > 0 || entry.failingRules.length > 0)
      .flatMap((entry) => [
        md.heading(3, `${elementMarkdown(entry.agency, context)} — ${whereMarkdown(entry.agency.source, context)}`),
        entry.failingRules.length > 0 &&
          `${md.text(words.scorecard.failingRules)}: ${entry.failingRules.map((rule) => md.code(rule)).join(', ')}`,
        entry.waivers.length > 0 &&
          md.table(
            [words.common.waiver, words.common.rule, words.common.element, words.common.until, words.common.count, words.common.reason],
            entry.waivers.map((waiver) => [
              `${md.code(waiver.id)} (${whereMarkdown(waiver.source, context)})`,
              waiver.rule !== undefined ? md.code(waiver.rule) : '',
              waiver.on !== undefined ? md.code(waiver.on) : '',
              waiver.until !== undefined ? md.code(waiver.until) : '',
              String(waiver.findings),
              md.text(waiver.reason ?? ''),
            ]),
          ),
      ]),
  ]);
}
