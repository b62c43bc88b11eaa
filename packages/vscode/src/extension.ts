// The gea extension: starts the bundled language server, and adds the diagram preview, the
// commands (check, build, open the site, preview, explain a rule) and the findings in the status
// bar. Settings (locale, evaluation date) go to the server; changing them restarts it, as does a
// gea.yaml that comes to name another locale than the one the server speaks.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { wordsFor, type Words } from '@gea-arch/core';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview-panel';
import { FindingsStatus } from './status-bar';
import { wordsLocale } from './words-locale';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const preview = new PreviewPanel(context, () => client, words);
  const status = new FindingsStatus(words);
  context.subscriptions.push(preview, status, ...registerCommands(() => client, preview, words));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (change.affectsConfiguration('gea')) await restart(context);
    }),
  );
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = createClient(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** The words of the `gea.locale` setting, else of the server's locale, else of the editor's language. */
function words(): Words {
  const setting = vscode.workspace.getConfiguration('gea').get<string>('locale');
  return wordsFor(wordsLocale(setting, client?.initializeResult?.capabilities, vscode.env.language));
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
      restartOnLocaleChange: true,
    },
  };
  const created = new LanguageClient('gea', 'gea', serverOptions, clientOptions);
  // The server's services speak one locale: a gea.yaml that names another takes a new server.
  created.onNotification('gea/localeChanged', () => void restart(context));
  return created;
}
