// Findings as output records: workspace-relative paths, 1-based lines and columns, sorted by file,
// line, column and rule (OUTPUTS.md, "Machine-readable shapes"); only the workspace's reported files.
import type { Finding, Severity } from '@gea-arch/core';
import type { Compilation } from '../check/compile.js';

export interface FindingRecord {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly element: string | null;
  readonly plateaus: readonly string[];
  readonly waived: boolean;
  readonly waiver: string | null;
  /** The waiver's reason; not part of the JSON shape, used by SARIF and reports. */
  readonly justification?: string;
}

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly waived: number;
  readonly files: number;
  readonly elements: number;
}

export function findingRecords(compilation: Compilation): FindingRecord[] {
  const { reported } = compilation.workspace;
  const every = compilation.analysis.model.plateaus.map((plateau) => plateau.id);
  const records = compilation.analysis.findings.map((finding) =>
    findingRecord(finding, compilation.relativePath(finding.source.uri), every),
  );
  const shown = reported === undefined ? records : records.filter(inFiles(reported, (record) => record.file));
  return shown.sort(compareRecords);
}

/**
 * One finding as a record, given its workspace-relative path. A finding of no plateau in
 * particular (a syntax error, an unresolved name) holds at all of them: `plateaus` lists `every`.
 */
export function findingRecord(finding: Finding, file: string, every: readonly string[] = []): FindingRecord {
  const { start, end } = finding.source;
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    element: finding.element ?? null,
    // Each plateau once, even where a plateau's name is declared twice (a duplicate-name error of its own).
    plateaus: [...new Set(finding.plateaus.length > 0 ? finding.plateaus : every)],
    waived: finding.waived,
    waiver: finding.waiver ?? null,
    ...(finding.justification !== undefined ? { justification: finding.justification } : {}),
  };
}

function compareRecords(a: FindingRecord, b: FindingRecord): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarize(records: readonly FindingRecord[], compilation: Compilation): FindingSummary {
  const counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const record of records) {
    if (record.waived) counts.waived++;
    else counts[record.severity]++;
  }
  const { workspace, analysis } = compilation;
  const { reported } = workspace;
  if (reported === undefined) return { ...counts, files: workspace.files.length, elements: analysis.model.elements.length };
  const elements = analysis.model.elements.filter(inFiles(reported, (element) => compilation.relativePath(element.source.uri)));
  return { ...counts, files: reported.length, elements: elements.length };
}

function inFiles<T>(files: readonly string[], fileOf: (item: T) => string): (item: T) => boolean {
  const set = new Set(files);
  return (item) => set.has(fileOf(item));
}
