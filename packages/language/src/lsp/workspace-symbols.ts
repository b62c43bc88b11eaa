// Workspace symbols found by full name or by a name in any locale, so that "Иргэний" or "Citizen"
// finds `mn.gasr.citizen` as readily as `citizen` does; the title is shown beside the name.
import { Cancellation, interruptAndCheck, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver-protocol';

export class GeaWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
  override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
    const query = params.query.toLowerCase();
    const symbols: WorkspaceSymbol[] = [];
    for (const description of this.indexManager.allElements()) {
      await interruptAndCheck(cancelToken);
      if (!this.fuzzyMatcher.match(query, description.name) && !namesOf(description).some((name) => this.fuzzyMatcher.match(query, name)))
        continue;
      const symbol = this.getWorkspaceSymbol(description);
      const title = titleOf(description);
      if (symbol) symbols.push(title ? { ...symbol, containerName: title } : symbol);
    }
    return symbols;
  }
}

interface Named {
  readonly title?: unknown;
  readonly members?: ReadonlyArray<{ readonly $type: string; readonly value?: unknown }>;
}

/** The declaration's title (its default-locale name), where its description still holds the node. */
function titleOf(description: AstNodeDescription): string | undefined {
  const title = (description.node as Named | undefined)?.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

/** Its title and its names in other locales (`name en "…"`). */
function namesOf(description: AstNodeDescription): string[] {
  const node = description.node as Named | undefined;
  const names: string[] = [];
  const title = titleOf(description);
  if (title) names.push(title);
  for (const member of node?.members ?? [])
    if (member.$type === 'NameProperty' && typeof member.value === 'string' && member.value !== '') names.push(member.value);
  return names;
}
