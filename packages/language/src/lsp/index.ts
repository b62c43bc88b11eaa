// The editor side of the gea language: services for a language server and what they share.
export { createGeaServices, type GeaLanguageServices, type GeaLspServices } from './gea-lsp-module.js';
export { EditorState, type WorkspaceAnalysis } from './editor-state.js';
export { declarationAt } from './declarations.js';
export { PREVIEW_COMMAND } from './code-lens.js';
export type { FindingData } from './code-actions.js';
