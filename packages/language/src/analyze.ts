// From built documents to the semantic model and every finding: the same code runs in the CLI
// and the language server.
import type { LangiumDocument } from 'langium';
import { documentFindings } from './findings/document-findings.js';
import { compareFindings, type Finding } from './findings/finding.js';
import { modelFindings } from './findings/model-findings.js';
import { buildSemanticModel, type ModelOptions } from './model/build-model.js';
import type { SemanticModel } from './model/types.js';

export interface Analysis {
  readonly model: SemanticModel;
  /** Sorted by document, line, column, rule. */
  readonly findings: readonly Finding[];
}

export type AnalysisOptions = ModelOptions;

/** Documents must be built (parsed, linked, validated); they are read in the order given. */
export function analyzeDocuments(documents: readonly LangiumDocument[], options: AnalysisOptions = {}): Analysis {
  const model = buildSemanticModel(documents, options);
  const findings = [...documents.flatMap(documentFindings), ...modelFindings(model)];
  findings.sort(compareFindings);
  return { model, findings };
}
