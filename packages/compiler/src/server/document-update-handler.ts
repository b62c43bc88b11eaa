// What closing a document in the editor means for the analysis. A file of a workspace is read
// again from disk (the editor may have dropped unsaved changes); anything else the editor had
// open (an untitled buffer, a file outside every workspace folder or not a gea source) leaves
// the analysis with its diagnostics, as `gea check` would never have read it.
import { statSync } from 'node:fs';
import { URI, type FileSystemNode } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { ServerWorkspaces } from './server-workspaces.js';

export class GeaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
  constructor(
    shared: LangiumSharedServices,
    private readonly workspaces: ServerWorkspaces,
  ) {
    super(shared);
  }

  didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
    const uri = URI.parse(event.document.uri);
    if (this.isWorkspaceSource(uri)) this.fireDocumentUpdate([uri], []);
    else this.fireDocumentUpdate([], [uri]);
  }

  private isWorkspaceSource(uri: URI): boolean {
    if (uri.scheme !== 'file') return false;
    const text = uri.toString();
    const workspace = this.workspaces.of(text);
    if (workspace.files.includes(text)) return true;
    if (!this.workspaces.all().includes(workspace)) return false;
    const entry: FileSystemNode = { isFile: true, isDirectory: false, uri };
    return existsAsFile(uri.fsPath) && this.workspaceManager.shouldIncludeEntry(entry);
  }
}

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
