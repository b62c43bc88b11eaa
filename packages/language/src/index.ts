// Public surface of @gea/language. The polyfill comes first: it must run before langium loads.
import './polyfill.js';

export { createGeaCoreServices, GeaModule, type GeaCoreServices, type GeaServices } from './gea-module.js';
export { analyzeDocuments, type Analysis, type AnalysisOptions } from './analyze.js';
export { buildSemanticModel, type ModelOptions } from './model/build-model.js';
export { existsAt, lifecycleAllows, plateausOf, IMPLICIT_PLATEAU_ID } from './model/plateaus.js';
export * from './model/types.js';
export { compareFindings, compareText, type Finding } from './findings/finding.js';
export * from './rules/catalog.js';
export { VOCABULARY, type Vocabulary } from './validation/vocabulary.js';
export type * from './validation/vocabulary.js';
export { closestMatches, editDistance } from './scoping/suggest.js';
