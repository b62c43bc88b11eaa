// Workspace symbols found by full name or by title, so that "Иргэний" or "Citizen" finds
// `mn.gasr.citizen` as readily as `citizen` does; the title is shown beside the name.
import { Cancellation, interruptAndCheck, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver-protocol';

export class GeaWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
  override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
    const query = params.query.toLowerCase();
    const symbols: WorkspaceSymbol[] = [];
    for (const description of this.indexManager.allElements()) {
      await interruptAndCheck(cancelToken);
      const title = titleOf(description);
      if (!this.fuzzyMatcher.match(query, description.name) && !(title && this.fuzzyMatcher.match(query, title))) continue;
      const symbol = this.getWorkspaceSymbol(description);
      if (symbol) symbols.push(title ? { ...symbol, containerName: title } : symbol);
    }
    return symbols;
  }
}

/** The declaration's title (its default-locale name), where its description still holds the node. */
function titleOf(description: AstNodeDescription): string | undefined {
  const title = (description.node as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}
