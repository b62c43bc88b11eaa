// Public surface of @gea-arch/language: the grammar and its services, and the way from source text
// to the core model and findings. The polyfill comes first: it must run before langium loads.
import './polyfill.js';

export {
  createGeaCoreServices,
  createGeaModule,
  GeaModule,
  type GeaCoreServices,
  type GeaModuleOptions,
  type GeaServices,
} from './gea-module.js';
export { analyzeDocuments, type Analysis, type AnalysisOptions } from './analyze.js';
export { buildSemanticModel, type ModelOptions } from './build-model/build-model.js';
export { analyzeSources, buildSources, normalizeUri, type SourceText, type BatchOptions, type BuildOptions } from './analyze-sources.js';
export { decodeSource, type DecodedSource, type SourceProblem } from './source/decode-source.js';
export { grammarKeywords } from './syntax/keywords.js';
export { GeaFormatter } from './formatter/gea-formatter.js';
export { createSourceFormatter, type FormatResult } from './formatter/format-source.js';
export * from './lsp/index.js';
export { documentFindings } from './findings/document-findings.js';
