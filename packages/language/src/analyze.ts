// From built documents to the semantic model and every finding: the same code runs in the CLI
// and the language server.
import type { LangiumDocument } from 'langium';
import { analyzeModelStepwise, finished, type Finding, type ModelAnalysisOptions, type RuleStep, type SemanticModel } from '@gea-arch/core';
import { buildSemanticModelStepwise, type ModelOptions } from './build-model/build-model.js';
import type { ModelKeeper } from './build-model/model-keeper.js';
import { documentFindings } from './findings/document-findings.js';

export interface Analysis {
  readonly model: SemanticModel;
  /** Sorted by document, line, column, rule. */
  readonly findings: readonly Finding[];
}

export interface AnalysisOptions extends ModelOptions, ModelAnalysisOptions {}

/** The first half of an analysis: the model and the documents' own (parse, link, validation) findings. */
export interface DocumentsModel {
  readonly model: SemanticModel;
  readonly languageFindings: readonly Finding[];
}

/** Documents must be built (parsed, linked, validated); they are read in the order given. */
export function analyzeDocuments(documents: readonly LangiumDocument[], options: AnalysisOptions = {}): Analysis {
  return analyzeDocumentsModel(modelOfDocuments(documents, options), options);
}

/** The model of built documents, and their findings: what an analysis needs of the documents. */
export function modelOfDocuments(documents: readonly LangiumDocument[], options: ModelOptions = {}): DocumentsModel {
  return finished(modelOfDocumentsStepwise(documents, options));
}

/**
 * As modelOfDocuments, pausing (yielding) as buildSemanticModelStepwise does; with a `keeper` (the
 * language server's), the model is updated from the last one it kept where an edit allows.
 */
export function* modelOfDocumentsStepwise(
  documents: readonly LangiumDocument[],
  options: ModelOptions = {},
  keeper?: ModelKeeper,
): Generator<void, DocumentsModel, void> {
  const model = yield* keeper ? keeper.build(documents, options) : buildSemanticModelStepwise(documents, options);
  // A kept model's update is one step (it cannot stop half way): the documents' findings are the next.
  yield;
  return { model, languageFindings: documents.flatMap(documentFindings) };
}

/** The second half of an analysis: every rule over the model; the documents are no longer read. */
export function analyzeDocumentsModel(documentsModel: DocumentsModel, options: AnalysisOptions = {}): Analysis {
  return finished(analyzeDocumentsModelStepwise(documentsModel, options));
}

/** As analyzeDocumentsModel, one step at a time (runRulesStepwise). */
export function* analyzeDocumentsModelStepwise(
  { model, languageFindings }: DocumentsModel,
  options: AnalysisOptions = {},
): Generator<RuleStep, Analysis, void> {
  return { model, findings: yield* analyzeModelStepwise(model, languageFindings, options) };
}
