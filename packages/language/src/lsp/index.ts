// The editor side of the gea language: services for a language server and what they share, and
// the formatter. The polyfill comes first: it must run before langium loads.
import '../polyfill.js';

export { createGeaServices, type GeaLanguageServices, type GeaLspServices } from './gea-lsp-module.js';
export { EditorState, type WorkspaceAnalysis } from './editor-state.js';
export { declarationAt } from './declarations.js';
export { PREVIEW_COMMAND } from './code-lens.js';
export type { FindingData } from './code-actions.js';
export { GeaFormatter } from '../formatter/gea-formatter.js';
export { createSourceFormatter, type FormatResult } from '../formatter/format-source.js';
export { BOM, fileConventions, withLineEndings, type FileConventions } from '../formatter/file-conventions.js';
