// What opening and closing a document in the editor mean for the analysis. A file opened outside
// every workspace folder but below a gea.yaml brings that workspace in, as `gea check FILE` reads
// it (decision 0009). A closed file of a workspace is read again from disk (the editor may have
// dropped unsaved changes); anything else the editor had open (an untitled buffer, a file outside
// every workspace or not a gea source) leaves the analysis with its diagnostics. A file changed or
// closed that is gone from disk when its update is built is deleted instead.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { URI, type FileSystemNode } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import { findConfigFile } from '../workspace/load-workspace.js';
import type { ServerWorkspaces } from './server-workspaces.js';

export class GeaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
  constructor(
    shared: LangiumSharedServices,
    private readonly workspaces: ServerWorkspaces,
  ) {
    super(shared);
    this.textDocuments = shared.workspace.TextDocuments;
  }

  private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

  didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
    const uri = URI.parse(event.document.uri);
    if (uri.scheme !== 'file' || this.workspaces.all().includes(this.workspaces.of(uri.toString()))) return;
    const configFile = findConfigFile(dirname(uri.fsPath));
    if (configFile === undefined) return;
    const folder = dirname(configFile);
    void this.workspaceLock.write(async () => {
      const workspace = await this.workspaces.load(folder);
      this.fireDocumentUpdate(
        workspace.files.map((file) => URI.parse(file)),
        [],
      );
    });
  }

  didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
    const uri = URI.parse(event.document.uri);
    if (this.isWorkspaceSource(uri)) this.fireDocumentUpdate([uri], []);
    else this.fireDocumentUpdate([], [uri]);
  }

  /**
   * An editor deletes an open file by closing it (the file is then read from disk again) and a tool
   * may write a file and remove it: a file gone by the time its update runs is deleted, else its
   * reading fails the update (and the unhandled failure ended the server).
   */
  protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
    void this.workspaceManager.ready.then(() =>
      this.workspaceLock.write((token) => {
        const gone = changed.filter((uri) => uri.scheme === 'file' && !this.textDocuments.get(uri.toString()) && !existsSync(uri.fsPath));
        const present = changed.filter((uri) => !gone.includes(uri));
        return this.documentBuilder.update(present, [...deleted, ...gone], token);
      }),
    );
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
