// From built documents to the semantic model and every finding: the same code runs in the CLI
// and the language server.
import type { LangiumDocument } from 'langium';
import { analyzeModel, type Finding, type ModelAnalysisOptions, type SemanticModel } from '@gea-arch/core';
import { buildSemanticModel, type ModelOptions } from './build-model/build-model.js';
import { documentFindings } from './findings/document-findings.js';

export interface Analysis {
  readonly model: SemanticModel;
  /** Sorted by document, line, column, rule. */
  readonly findings: readonly Finding[];
}

export interface AnalysisOptions extends ModelOptions, ModelAnalysisOptions {}

/** Documents must be built (parsed, linked, validated); they are read in the order given. */
export function analyzeDocuments(documents: readonly LangiumDocument[], options: AnalysisOptions = {}): Analysis {
  const model = buildSemanticModel(documents, options);
  return { model, findings: analyzeModel(model, documents.flatMap(documentFindings), options) };
}
