// The language server in this process, spoken to over in-memory streams as an editor speaks to
// it: the same start, handlers and publishing as `gea lsp --stdio`, without a process to start.
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type FileEvent,
  type MessageConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { startGeaServer, type FindingCounts } from '../../../src/server/index.js';

export interface ServerStart {
  /** Workspace folders, as file URIs. */
  readonly folders: readonly string[];
  readonly locale?: string;
  readonly evaluationDate?: string;
}

export class InProcessServer {
  /** The latest diagnostics published for each URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly versions = new Map<string, number>();

  private constructor(private readonly client: MessageConnection) {}

  static async start(start: ServerStart): Promise<InProcessServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Given a reader and a writer, not streams, the library does not end this process when they close.
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startGeaServer({ connection, version: 'test' });
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const server = new InProcessServer(client);
    client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      server.diagnostics.set(params.uri, params.diagnostics);
    });
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onNotification('window/logMessage', () => undefined);
    client.onNotification('window/showMessage', () => undefined);
    client.listen();
    const folders = start.folders.map((uri, index) => ({ uri, name: `folder${index}` }));
    await client.sendRequest('initialize', {
      processId: null,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      initializationOptions: { locale: start.locale, evaluationDate: start.evaluationDate },
      capabilities: {
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { dataSupport: true } },
      },
    });
    await client.sendNotification('initialized', {});
    return server;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.client.sendRequest(method, params) as Promise<T>;
  }

  /** Waits until every message sent so far is built and analysed; the findings' counts. */
  settled(): Promise<FindingCounts> {
    return this.request('gea/findings', {});
  }

  isOpen(uri: string): boolean {
    return this.versions.has(uri);
  }

  open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    return this.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gea', version: 1, text } });
  }

  close(uri: string): Promise<void> {
    this.versions.delete(uri);
    return this.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** One `didChange`: incremental range edits, or a whole text. */
  change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  save(uri: string, text: string): Promise<void> {
    return this.client.sendNotification('textDocument/didSave', { textDocument: { uri }, text });
  }

  /** Files created, changed or deleted on disk, as the editor's file watcher tells. */
  watched(changes: FileEvent[]): Promise<void> {
    return this.client.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  async stop(): Promise<void> {
    await this.client.sendRequest('shutdown');
    // No `exit`: it would end this process.
    this.client.dispose();
  }
}
