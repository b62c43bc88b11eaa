// Public surface of @gea-arch/language. The polyfill comes first: it must run before langium loads.
import './polyfill.js';

export { createGeaCoreServices, GeaModule, type GeaCoreServices, type GeaServices } from './gea-module.js';
export { analyzeDocuments, type Analysis, type AnalysisOptions } from './analyze.js';
export { buildSemanticModel, type ModelOptions } from './model/build-model.js';
export { existsAt, lifecycleAllows, plateausOf, IMPLICIT_PLATEAU_ID } from './model/plateaus.js';
export { modelAt, type PlateauModel } from './model/model-at.js';
export * from './model/types.js';
export { compareFindings, compareText, type Finding } from './findings/finding.js';
export * from './rules/catalog.js';
export { VOCABULARY, type Vocabulary } from './validation/vocabulary.js';
export type * from './validation/vocabulary.js';
export { closestMatches, editDistance } from './scoping/suggest.js';
export type { Rule, RuleInfo, RuleContext, Problem, Report } from './rules/rule.js';
export { RULES, RULE_INFOS, findRule } from './rules/registry.js';
export { runRules, type RuleOptions, type SeverityOverrides } from './rules/run-rules.js';
export { computeFacts, isExchange, CLASSIFICATION_RANK, type ModelFacts } from './rules/facts.js';
export { isCalendarDate } from './validation/gea-validator.js';
export { analyzeSources, buildSources, normalizeUri, type SourceText, type BatchOptions } from './analyze-sources.js';
