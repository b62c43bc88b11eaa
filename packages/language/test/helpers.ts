// Builds small workspaces from inline text for tests: one services instance per call, documents
// named `file:///ws/<name>`, evaluation date 2026-06-01 unless a test says otherwise.
import type { LangiumDocument } from 'langium';
import { analyzeDocuments, buildSources, type Analysis, type AnalysisOptions, type Finding, type Rule } from '../src/index.js';

export const TEST_DATE = '2026-06-01';

export type Sources = string | Readonly<Record<string, string>>;

export async function buildDocuments(sources: Sources): Promise<LangiumDocument[]> {
  const files = typeof sources === 'string' ? { 'model.gea': sources } : sources;
  return buildSources(Object.keys(files).sort().map((name) => ({ uri: `file:///ws/${name}`, text: files[name]! })));
}

export async function analyze(sources: Sources, options: AnalysisOptions = {}): Promise<Analysis> {
  return analyzeDocuments(await buildDocuments(sources), { evaluationDate: TEST_DATE, ...options });
}

/** The findings of one rule, with every other integration rule switched off. */
export async function findingsOf(rule: Rule, sources: Sources, options: AnalysisOptions = {}): Promise<Finding[]> {
  const { findings } = await analyze(sources, { ...options, rules: [rule] });
  return findings.filter((finding) => finding.rule === rule.id);
}

/** `rule@line` (1-based) for compact assertions; `~` marks a waived finding. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.source.start.line + 1}${f.waived ? '~' : ''}`);
}

/** Parse and link findings only (no integration rules). */
export async function parseFindings(sources: Sources): Promise<Finding[]> {
  const { findings } = await analyze(sources, { rules: [] });
  return [...findings];
}
