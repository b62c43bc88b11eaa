// The commands of the palette: check the workspace, build it, open the built site, preview a
// diagram, explain a rule. They ask the language server, which holds the workspace.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ruleCatalog, type Words } from '@gea-arch/core';
import type { PreviewPanel } from './preview-panel';

type ClientOf = () => LanguageClient | undefined;

interface BuildReply {
  readonly outDir: string;
  readonly errors: number;
  readonly warnings: number;
}

interface SiteReply {
  readonly index: string | null;
}

let lastOutDir: string | undefined;

export function registerCommands(clientOf: ClientOf, preview: PreviewPanel, words: () => Words): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gea.checkWorkspace', async () => {
      await clientOf()?.sendRequest('gea/findings', {});
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('gea.build', async () => {
      const client = clientOf();
      const uri = workspaceUri();
      if (!client || !uri) return;
      // The build reads the files on disk: what the editor shows is saved first, as a task would be.
      await Promise.all(vscode.workspace.textDocuments.filter(isUnsavedSource).map((document) => document.save()));
      try {
        const reply = await client.sendRequest<BuildReply>('gea/build', { uri });
        lastOutDir = reply.outDir;
        void vscode.window.showInformationMessage(words().editor.commands.buildDone({ out: reply.outDir }));
      } catch (error) {
        void vscode.window.showErrorMessage(words().editor.commands.buildFailed({ reason: (error as Error).message }));
      }
    }),
    vscode.commands.registerCommand('gea.openSite', async () => {
      const built = lastOutDir && join(lastOutDir, 'site', 'index.html');
      const uri = workspaceUri();
      // Else where the workspace's gea.yaml puts its out folder (`gea build` from a terminal).
      const index =
        built && existsSync(built) ? built : uri ? (await clientOf()?.sendRequest<SiteReply>('gea/site', { uri }))?.index : undefined;
      if (!index) {
        void vscode.window.showWarningMessage(words().editor.commands.noSite);
        return;
      }
      await vscode.env.openExternal(vscode.Uri.file(index));
    }),
    // From a code lens: the document and the element; from the editor's title bar: the document's Uri.
    vscode.commands.registerCommand('gea.previewDiagram', (uri?: string | vscode.Uri, element?: string) =>
      preview.show(uri === undefined ? undefined : uri.toString(), element),
    ),
    vscode.commands.registerCommand('gea.explainRule', async (id?: string) => {
      const said = words();
      const rules = ruleCatalog(said);
      const rule =
        rules.find((candidate) => candidate.id === id) ??
        (
          await vscode.window.showQuickPick(
            rules.map((candidate) => ({ label: candidate.id, description: candidate.summary, rule: candidate })),
            { placeHolder: said.editor.commands.pickRule },
          )
        )?.rule;
      if (!rule) return;
      const document = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: `# ${rule.id}\n\n${rule.summary}\n\n${rule.explanation}\n`,
      });
      await vscode.window.showTextDocument(document, { preview: true });
    }),
  ];
}

function isUnsavedSource(document: vscode.TextDocument): boolean {
  return document.isDirty && !document.isUntitled && (document.languageId === 'gea' || basename(document.fileName) === 'gea.yaml');
}

/** The document the command is about: the active gea file, else the first workspace folder. */
function workspaceUri(): string | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'gea') return active.uri.toString();
  return vscode.workspace.workspaceFolders?.[0]?.uri.toString();
}
