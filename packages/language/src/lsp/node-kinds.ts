// What kind of symbol each declaration is, for outlines, workspace symbols and completion icons.
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

const SYMBOLS: Readonly<Record<string, SymbolKind>> = {
  Law: SymbolKind.File,
  Plateau: SymbolKind.Event,
  Agency: SymbolKind.Class,
  Platform: SymbolKind.Package,
  Trust: SymbolKind.Key,
  Data: SymbolKind.Struct,
  System: SymbolKind.Module,
  Interface: SymbolKind.Interface,
  View: SymbolKind.Object,
  Waiver: SymbolKind.Boolean,
  Field: SymbolKind.Field,
  Operation: SymbolKind.Method,
  Event: SymbolKind.Event,
};

const COMPLETIONS: Readonly<Record<string, CompletionItemKind>> = {
  Law: CompletionItemKind.File,
  Plateau: CompletionItemKind.Event,
  Agency: CompletionItemKind.Class,
  Platform: CompletionItemKind.Module,
  Trust: CompletionItemKind.Constant,
  Data: CompletionItemKind.Struct,
  System: CompletionItemKind.Module,
  Interface: CompletionItemKind.Interface,
  View: CompletionItemKind.Reference,
  Waiver: CompletionItemKind.Reference,
  Field: CompletionItemKind.Field,
  Operation: CompletionItemKind.Method,
  Event: CompletionItemKind.Event,
};

export class GeaNodeKinds implements NodeKindProvider {
  getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
    return SYMBOLS[typeOf(node)] ?? SymbolKind.Field;
  }

  getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
    return COMPLETIONS[typeOf(node)] ?? CompletionItemKind.Reference;
  }
}

function typeOf(node: AstNode | AstNodeDescription): string {
  return '$type' in node ? node.$type : node.type;
}
