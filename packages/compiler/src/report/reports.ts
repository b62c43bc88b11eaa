// The reports of a compiled workspace, each from the core computation and one rendering: the
// findings (JSON, SARIF, Markdown), the gap between each pair of consecutive plateaus (Markdown,
// JSON; HTML for the site), the agency scorecard and the signature map (Markdown, JSON).
import { relative, resolve, sep } from 'node:path';
import {
  agencyScorecards,
  analyzeGap,
  closeNames,
  RULES,
  signatureMap,
  unusedWaiver,
  type GapAnalysis,
  type Plateau,
} from '@gea-arch/core';
import type { Compilation } from '../check/compile.js';
import { WorkspaceError } from '../workspace/load-workspace.js';
import type { FindingRecord, FindingSummary } from './finding-records.js';
import { findingsJson } from './findings-json.js';
import { findingsMarkdown } from './findings-markdown.js';
import { findingsSarif } from './findings-sarif.js';
import { gapPage } from './gap-html.js';
import { gapJson } from './gap-json.js';
import { gapMarkdown } from './gap-markdown.js';
import { reportContext, type ReportContext, type SourceLinks } from './report-context.js';
import { scorecardJson, scorecardMarkdown } from './scorecard-report.js';
import { signaturesJson, signaturesMarkdown } from './signatures-report.js';

export type GapFormat = 'md' | 'html' | 'json';

export interface ReportOptions {
  /** Locale of names and words; the workspace's (gea.yaml `locale`) by default. */
  readonly locale?: string;
  /**
   * Where the report is read from (an absolute folder), so that links to source lines are relative
   * to it; or a URL prefix (`https://…/blob/<sha>/`) standing for the repository root. No links
   * when neither is given.
   */
  readonly linkFrom?: string;
  readonly linkBase?: string;
}

/** How a report of this compilation points at source lines. */
export function sourceLinks(compilation: Compilation, options: ReportOptions): SourceLinks {
  const { workspace } = compilation;
  // Each segment percent-encoded once; the renderings put the result in a link as it is.
  const toUrl = (path: string) =>
    path
      .split(sep === '/' ? '/' : /[\\/]/)
      .map(encodeURIComponent)
      .join('/');
  if (options.linkBase !== undefined) {
    const fromRepository = workspace.repositoryPath ?? '';
    const prefix = fromRepository === '' ? '' : `${toUrl(fromRepository)}/`;
    return { relativePath: compilation.relativePath, href: (path) => `${options.linkBase}${prefix}${toUrl(path)}` };
  }
  if (options.linkFrom !== undefined) {
    const up = relative(options.linkFrom, workspace.root);
    return { relativePath: compilation.relativePath, href: (path) => toUrl(up === '' ? path : `${up}${sep}${path}`) };
  }
  return { relativePath: compilation.relativePath };
}

export function contextOf(compilation: Compilation, options: ReportOptions): ReportContext {
  return reportContext({
    locale: options.locale ?? compilation.workspace.config.locale,
    defaultLocale: compilation.analysis.model.defaultLocale,
    links: sourceLinks(compilation, options),
    plateaus: compilation.analysis.model.plateaus.map((plateau) => plateau.id),
  });
}

/** The gap analysis between two plateaus given by id, refusing an unknown one as `--plateau` does. */
export function gapOf(compilation: Compilation, from: string, to: string, locale?: string): GapAnalysis {
  const { model, findings } = compilation.analysis;
  const plateau = (id: string): Plateau => {
    const found = model.plateaus.find((candidate) => candidate.id === id && !candidate.implicit);
    if (found) return found;
    const ids = model.plateaus.filter((p) => !p.implicit).map((p) => p.id);
    if (ids.length === 0) throw new WorkspaceError((words) => words.cli.workspace.noDeclaredPlateaus({ plateau: id }), locale);
    throw new WorkspaceError(
      (words) =>
        words.cli.workspace.noPlateau({
          plateau: id,
          suggestion: words.syntax.didYouMean({ names: closeNames(id, ids, 1) }),
          plateaus: ids.join(', '),
        }),
      locale,
    );
  };
  return analyzeGap(model, plateau(from), plateau(to), findings, { locale: locale ?? compilation.workspace.config.locale });
}

export function renderGap(gap: GapAnalysis, format: GapFormat, context: ReportContext): string {
  return format === 'json' ? gapJson(gap, context) : format === 'html' ? gapPage(gap, context) : gapMarkdown(gap, context);
}

/** The ids of the integration rules of RULES.md's table (`unused-waiver` too) that gea.yaml leaves on. */
export function rulesInForce(compilation: Compilation): string[] {
  const severities = compilation.workspace.config.rules;
  return [...RULES.map((rule) => rule.id as string), unusedWaiver.id].filter((id) => severities[id] !== 'off');
}

export interface ReportFilesInput {
  readonly compilation: Compilation;
  readonly records: readonly FindingRecord[];
  readonly summary: FindingSummary;
  readonly toolVersion: string;
  /** The folder the reports are written to (links are relative to it). */
  readonly folder: string;
  readonly locale?: string;
}

/** Every file of the reports section, by name. */
export function reportFiles(input: ReportFilesInput): Map<string, string> {
  const { compilation, records, summary } = input;
  const { model, findings } = compilation.analysis;
  const locale = input.locale ?? compilation.workspace.config.locale;
  const context = contextOf(compilation, { locale, linkFrom: resolve(input.folder) });
  const files = new Map<string, string>([
    ['findings.json', findingsJson(records, summary)],
    ['findings.sarif', findingsSarif(records, { version: input.toolVersion }, compilation.workspace, locale, model)],
    ['findings.md', findingsMarkdown(model, findings, summary, context)],
  ]);
  const plateaus = model.plateaus.filter((plateau) => !plateau.implicit);
  for (let index = 1; index < plateaus.length; index++) {
    const from = plateaus[index - 1]!;
    const to = plateaus[index]!;
    const gap = analyzeGap(model, from, to, findings, { locale });
    files.set(`gap-${from.id}-${to.id}.md`, gapMarkdown(gap, context));
    files.set(`gap-${from.id}-${to.id}.json`, gapJson(gap, context));
  }
  const scorecard = agencyScorecards(model, findings, rulesInForce(compilation));
  files.set('scorecard.md', scorecardMarkdown(scorecard, context));
  files.set('scorecard.json', scorecardJson(scorecard, context));
  const signatures = signatureMap(model, compilation.evaluationDate);
  files.set('signatures.md', signaturesMarkdown(signatures, context));
  files.set('signatures.json', signaturesJson(signatures, context));
  return files;
}
