// The outline: each declaration with its title (the default-locale name) beside its id, so that
// `gasr` reads "Улсын бүртгэлийн ерөнхий газар" in the editor's outline and breadcrumbs.
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver-types';

export class GeaDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
  protected override createSymbol(
    document: LangiumDocument,
    astNode: AstNode,
    cstNode: CstNode,
    nameNode: CstNode,
    computedName?: string,
  ): DocumentSymbol {
    const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
    const title = (astNode as { title?: unknown }).title;
    return typeof title === 'string' && title !== '' ? { ...symbol, detail: title } : symbol;
  }
}
