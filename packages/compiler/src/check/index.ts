// What `gea check` needs and nothing more (no emitters, diagrams or language server), so that the
// command line loads it quickly: `@gea-arch/compiler/check`.
export { loadWorkspace, WorkspaceError, type Workspace } from '../workspace/load-workspace.js';
export { ConfigError } from '../workspace/config.js';
export { realPath } from '../workspace/repository-root.js';
export { compileWorkspace, type Compilation } from './compile.js';
export { findingRecords, summarize } from '../report/finding-records.js';
export { findingsJson } from '../report/findings-json.js';
export { findingsText } from '../report/findings-text.js';
export { findingsSarif } from '../report/findings-sarif.js';
