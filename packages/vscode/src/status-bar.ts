// The findings of the workspace in the status bar: errors, warnings and infos that gea reports
// (waived ones are hints and not counted); a click opens the Problems view.
import * as vscode from 'vscode';
import type { Words } from '@gea-arch/core';

export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly listener: vscode.Disposable;

  constructor(private readonly words: () => Words) {
    this.item.command = 'workbench.actions.view.problems';
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.update());
    this.update();
    this.item.show();
  }

  private update(): void {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== 'gea') continue;
        if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.error++;
        else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
        else if (diagnostic.severity === vscode.DiagnosticSeverity.Information) counts.info++;
      }
    }
    this.item.text = `gea $(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}`;
    const said = this.words().editor.status;
    this.item.tooltip = `${said.counts({ errors: counts.error, warnings: counts.warning, infos: counts.info })} — ${said.tooltip}`;
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
