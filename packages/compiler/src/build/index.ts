// What `gea build` needs to find out whether there is anything to build, and nothing more (no
// compiler, emitters or diagrams until there is): `@gea-arch/compiler/build`.
export { loadWorkspace, WorkspaceError, type Workspace } from '../workspace/load-workspace.js';
export { buildIfChanged } from './build-if-changed.js';
export type { BuildOptions, BuildOutcome } from './build-workspace.js';
export { findingsText } from '../report/findings-text.js';
