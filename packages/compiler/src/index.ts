// Public surface of @gea/compiler.
export { loadWorkspace, WorkspaceError, CONFIG_FILE, type Workspace } from './workspace/load-workspace.js';
export { parseConfig, ConfigError, DEFAULT_CONFIG, type WorkspaceConfig, type ConfigProblem } from './workspace/config.js';
export { compileWorkspace, today, type Compilation, type CompileOptions } from './check/compile.js';
export { findingRecords, summarize, type FindingRecord, type FindingSummary } from './report/finding-records.js';
export { findingsJson } from './report/findings-json.js';
export { findingsText, type TextStyle } from './report/findings-text.js';
export { findingsSarif, type SarifTool } from './report/findings-sarif.js';
export { STARTER_FILES, writeStarterWorkspace } from './init/starter-workspace.js';
