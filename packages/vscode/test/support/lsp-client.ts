// A language client for tests: starts a server process on stdio and speaks JSON-RPC to it as an
// editor would, keeping the latest diagnostics of every document.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';

export interface StartOptions {
  /** The server command: `[node, script, …args]`. */
  readonly command: readonly string[];
  /** Workspace folders (absolute paths). */
  readonly folders: readonly string[];
  /** Name the first folder only as the root (`rootUri` or `rootPath`), with no workspace folders, as some editors do. */
  readonly rootOnly?: 'rootUri' | 'rootPath';
  readonly initializationOptions?: Record<string, unknown>;
  /** Environment variables for the server besides this process's own. */
  readonly env?: Record<string, string | undefined>;
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** What the server showed the user (`window/showMessage`), in order. */
  readonly messages: { type: number; message: string }[] = [];
  private readonly versions = new Map<string, number>();
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly capabilities: InitializeResult['capabilities'],
  ) {}

  static async start(options: StartOptions): Promise<LspClient> {
    const [program, ...args] = options.command;
    const child = spawn(program!, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const diagnostics = new Map<string, Diagnostic[]>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      diagnostics.set(params.uri, params.diagnostics);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onNotification('window/logMessage', () => undefined);
    const messages: { type: number; message: string }[] = [];
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void messages.push(params));
    connection.listen();
    const folders = options.folders.map((folder, index) => ({ uri: pathToFileURL(folder).href, name: `folder${index}` }));
    const where =
      options.rootOnly === undefined
        ? { rootUri: folders[0]?.uri ?? null, workspaceFolders: folders }
        : { [options.rootOnly]: options.rootOnly === 'rootUri' ? folders[0]!.uri : options.folders[0]! };
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      ...where,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: false, insertReplaceSupport: false } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          rename: { prepareSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    const client = new LspClient(child, connection, result.capabilities);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    for (const [uri, list] of diagnostics) client.diagnostics.set(uri, list);
    client.messages.push(...messages);
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void client.messages.push(params));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(params.uri, params.diagnostics);
    });
    return client;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Waits until every edit sent so far is analysed; the findings' counts. */
  settled(): Promise<{ error: number; warning: number; info: number; waived: number; files: number }> {
    return this.request('gea/findings', {});
  }

  open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gea', version: 1, text } });
  }

  close(uri: string): Promise<void> {
    this.versions.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces the whole text of an open document. */
  change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Applies one incremental edit to an open document. */
  edit(uri: string, range: { start: Position; end: Position }, text: string): Promise<void> {
    return this.edits(uri, [{ range, text }]);
  }

  /** Applies incremental edits to an open document in one change, each to the text the ones before it left. */
  edits(uri: string, contentChanges: readonly { range: { start: Position; end: Position }; text: string }[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(5000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may be gone already.
    }
    await Promise.race([new Promise((resolve) => this.process.once('exit', resolve)), delay(5000)]);
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
