export { loadWorkspace, WorkspaceError, CONFIG_FILE, type LoadOptions, type Workspace } from './workspace/load-workspace.js';
export { say, sayingOf, type Saying } from './workspace/saying.js';
export { parseConfig, ConfigError, DEFAULT_CONFIG, type WorkspaceConfig, type ConfigProblem } from './workspace/config.js';
export {
  COLLECT_DOCUMENTS_FROM_CHARACTERS,
  compileTexts,
  compileWorkspace,
  sourceProblemMessage,
  today,
  type Compilation,
  type CompileOptions,
} from './check/compile.js';
export { findingRecords, summarize, type FindingRecord, type FindingSummary } from './report/finding-records.js';
export { findingsJson } from './report/findings-json.js';
export { findingsText, type TextStyle } from './report/findings-text.js';
export { findingsSarif, type SarifTool } from './report/findings-sarif.js';
export {
  contextOf,
  gapOf,
  renderGap,
  reportFiles,
  rulesInForce,
  sourceLinks,
  type GapFormat,
  type ReportFilesInput,
  type ReportOptions,
} from './report/reports.js';
export { reportContext, type ReportContext, type SourceLinks } from './report/report-context.js';
export { REPORT_SCHEMAS } from './report/schemas.js';
export { diffWorkspace, type ArchitectureDiff, type DiffOptions } from './report/diff/architecture-diff.js';
export { diffJson, diffMarkdown, newErrors, COMMENT_LIST_LIMIT, type DiffContexts } from './report/diff/diff-report.js';
export { STARTER_FILES, writeStarterWorkspace, type StarterOptions } from './init/starter-workspace.js';
export {
  claimOutFolder,
  commitSections,
  discardStaged,
  replaceSection,
  stageSection,
  OUT_MARKER,
  type OutFileSystem,
  type StagedSection,
} from './build/out-folder.js';
export { writeNewFiles, NewFilesError } from './build/new-files.js';
export { buildIfChanged } from './build/build-if-changed.js';
export { buildsLayoutCache } from './build/layout-cache-folder.js';
export {
  buildWorkspace,
  SECTIONS,
  type BuildOptions,
  type BuildOutcome,
  type BuildResult,
  type Section,
  type SectionBuild,
} from './build/build-workspace.js';
export {
  EMITTERS,
  emitterById,
  emitterOfCommand,
  type Emitted,
  type EmitInput,
  type EmitOptions,
  type Emitter,
  type EmitterFormat,
} from './emitters/index.js';
export {
  buildDiagrams,
  diagramsEmitter,
  renderDiagram,
  type DiagramBuild,
  type DiagramBuildOptions,
  type DiagramFormat,
  type RenderDiagramOptions,
} from './emitters/diagrams.js';
export { foldDenseViews, type DenseViewOptions, type FoldedView } from './emitters/dense-views.js';
export { reportsEmitter } from './emitters/reports.js';
export { specsEmitter } from './emitters/specs.js';
export {
  buildSpecs,
  formatsOf,
  renderSpec,
  specInterfaces,
  specWarnings,
  SPEC_FILES,
  SPEC_FORMATS,
  type SpecFormat,
  type SpecOptions,
} from './spec/index.js';
export { archimateEmitter, buildArchimate, ARCHIMATE_FILE, type ArchimateBuild, type ArchimateBuildOptions } from './emitters/archimate.js';
export {
  importArchimate,
  exportArchimate,
  exchangeOfModel,
  readExchangeXml,
  writeExchangeXml,
  sayNote,
  ExchangeReadError,
  REPORT_FILE as ARCHIMATE_IMPORT_REPORT,
  type ArchimateImport,
  type ArchimateImportOptions,
  type ArchimateExportOptions,
  type ExchangeModel,
  type ImportNote,
} from './archimate/index.js';
export { renderRulesDoc, explanationMarkdown, RULES_DOC_PATH } from './docs/rules-doc.js';
export * from './server/index.js';
