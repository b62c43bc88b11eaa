// The gea extension: starts the bundled language server, and adds the diagram preview, the
// commands (check, build, open the site, preview, explain a rule) and the findings in the status
// bar. Settings (locale, evaluation date) go to the server; changing them restarts it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { wordsFor, type Words } from '@gea-arch/core';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview-panel';
import { FindingsStatus } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const preview = new PreviewPanel(context, () => client, words);
  const status = new FindingsStatus(words);
  context.subscriptions.push(preview, status, ...registerCommands(() => client, preview, words));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (!change.affectsConfiguration('gea')) return;
      await client?.stop();
      client = createClient(context);
      await client.start();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** The words of the editor's language, or of the `gea.locale` setting. */
function words(): Words {
  return wordsFor(vscode.workspace.getConfiguration('gea').get<string>('locale') || vscode.env.language);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server/server.cjs');
  // A national model of tens of thousands of elements needs more than the default heap; 4 GiB is
  // what the editor's runtime allows.
  const heap = '--max-old-space-size=4096';
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [heap] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [heap, '--nolazy', '--inspect=6009'] } },
  };
  const settings = vscode.workspace.getConfiguration('gea');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'gea' },
      { scheme: 'untitled', language: 'gea' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.gea,gea.yaml}') },
    initializationOptions: {
      locale: settings.get<string>('locale') || undefined,
      evaluationDate: settings.get<string>('evaluationDate') || undefined,
    },
  };
  return new LanguageClient('gea', 'gea', serverOptions, clientOptions);
}
