// The live diagram preview: a webview showing the SVG the server draws for a view, or for the
// element at the cursor, redrawn (debounced) as the model is edited; pan with the mouse, zoom with
// the wheel, click an element to reveal its declaration. Strict Content-Security-Policy with a
// nonce; nothing is loaded from outside the extension.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Words } from '@gea-arch/core';
import { PreviewSubject } from './preview-subject';

interface PreviewResult {
  readonly view: string;
  readonly title: string;
  readonly svg: string;
  readonly locations: Readonly<Record<string, { uri: string; range: { start: vscode.Position; end: vscode.Position } }>>;
}

const REFRESH_DELAY_MS = 300;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private subject: PreviewSubject | undefined;
  private result: PreviewResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly clientOf: () => LanguageClient | undefined,
    private readonly words: () => Words,
  ) {
    this.listeners = [
      vscode.workspace.onDidChangeTextDocument((change) => {
        if (change.document.languageId === 'gea') this.refreshSoon();
      }),
      vscode.window.onDidChangeTextEditorSelection((change) => {
        if (this.subject?.follows(change.textEditor.document.uri.toString())) this.refreshSoon();
      }),
    ];
  }

  /** Shows the diagram of `element` (code lens), else of the element at the cursor. */
  show(uri?: string, element?: string): void {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!target) return;
    this.subject = new PreviewSubject(target, element);
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel('gea.preview', 'gea', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [media],
        retainContextWhenHidden: true,
      });
      this.panel.webview.html = this.html(this.panel.webview, media);
      this.panel.webview.onDidReceiveMessage((message: { type: string; id?: string }) => {
        if (message.type === 'reveal' && message.id) void this.reveal(message.id);
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    void this.refresh();
  }

  private refreshSoon(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const client = this.clientOf();
    if (!client || !this.panel || !this.subject) return;
    const editor = vscode.window.activeTextEditor;
    const active = editor && { uri: editor.document.uri.toString(), position: editor.selection.active };
    try {
      const result = await client.sendRequest<PreviewResult | null>('gea/preview', this.subject.request(active));
      if (!this.panel) return;
      if (!result) {
        void this.panel.webview.postMessage({ type: 'error', message: this.words().editor.preview.noView });
        return;
      }
      this.result = result;
      this.panel.title = this.words().editor.preview.title({ view: result.title });
      void this.panel.webview.postMessage({ type: 'svg', svg: result.svg });
    } catch (error) {
      void this.panel?.webview.postMessage({
        type: 'error',
        message: this.words().editor.preview.failed({ reason: (error as Error).message }),
      });
    }
  }

  private async reveal(id: string): Promise<void> {
    const location = this.result?.locations[id];
    if (!location) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
    const range = new vscode.Range(
      location.range.start.line,
      location.range.start.character,
      location.range.end.line,
      location.range.end.character,
    );
    await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
</head>
<body>
<div id="viewport"><div id="diagram"></div></div>
<div id="message"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const listener of this.listeners) listener.dispose();
    this.panel?.dispose();
  }
}
