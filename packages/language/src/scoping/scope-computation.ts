// Exports every top-level declaration under its full name. Nothing is scoped locally: fields are
// resolved through the data asset a field list names (see scope-provider.ts).
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { Model } from '../generated/ast.js';
import { qualifiedNameOf } from './qualified-names.js';

export class GeaScopeComputation extends DefaultScopeComputation {
  override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
    const model = document.parseResult.value as Model;
    const exports: AstNodeDescription[] = [];
    for (const declaration of model.declarations ?? []) {
      if (!declaration.name) continue;
      exports.push(this.descriptions.createDescription(declaration, qualifiedNameOf(declaration), document));
    }
    return exports;
  }

  override async collectLocalSymbols(): Promise<LocalSymbols> {
    return new MultiMap<AstNode, AstNodeDescription>();
  }
}
