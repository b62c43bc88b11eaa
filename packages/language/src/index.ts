// Public surface of @gea-arch/language: the grammar and its services, and the way from source text
// to the core model and findings. The polyfill comes first: it must run before langium loads. The
// editor's services and the formatter (which load langium/lsp) are `@gea-arch/language/lsp`, so a
// batch run does not load them.
import './polyfill.js';

export {
  createGeaCoreServices,
  createGeaModule,
  GeaModule,
  type GeaCoreServices,
  type GeaModuleOptions,
  type GeaServices,
} from './gea-module.js';
export {
  analyzeDocuments,
  analyzeDocumentsModel,
  analyzeDocumentsModelStepwise,
  modelOfDocuments,
  modelOfDocumentsStepwise,
  type Analysis,
  type AnalysisOptions,
  type DocumentsModel,
} from './analyze.js';
export { buildSemanticModel, buildSemanticModelStepwise, type ModelOptions } from './build-model/build-model.js';
export { ModelKeeper } from './build-model/model-keeper.js';
export { analyzeSources, buildSources, normalizeUri, type SourceText, type BatchOptions, type BuildOptions } from './analyze-sources.js';
export { decodeSource, type DecodedSource, type SourceProblem } from './source/decode-source.js';
export { grammarKeywords } from './syntax/keywords.js';
export { documentFindings } from './findings/document-findings.js';
