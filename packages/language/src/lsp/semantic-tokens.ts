// Semantic tokens: names coloured by what they name (a keyword used as a name is a name), the
// declaration of each name marked, fixed values as enum members and namespaces as namespaces.
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';

/** The token type of a name of each grammar type. */
const TYPE_OF: Readonly<Record<string, string>> = {
  Law: SemanticTokenTypes.namespace,
  Plateau: SemanticTokenTypes.enumMember,
  Agency: SemanticTokenTypes.class,
  Platform: SemanticTokenTypes.interface,
  Trust: SemanticTokenTypes.struct,
  Data: SemanticTokenTypes.type,
  System: SemanticTokenTypes.class,
  Interface: SemanticTokenTypes.interface,
  View: SemanticTokenTypes.function,
  Waiver: SemanticTokenTypes.decorator,
  Field: SemanticTokenTypes.property,
  Operation: SemanticTokenTypes.method,
  Event: SemanticTokenTypes.event,
};

/** Properties whose value is a word from the vocabulary. */
const VALUE_PROPERTIES = [
  ast.KindProperty,
  ast.ClassificationProperty,
  ast.PrivacyProperty,
  ast.FormatProperty,
  ast.CriticalityProperty,
  ast.StyleProperty,
  ast.AuthProperty,
  ast.LevelProperty,
  ast.MethodProperty,
  ast.CadenceProperty,
  ast.GroupByProperty,
].map((type): string => type.$type);

const VALUE_LISTS = [ast.LevelsProperty, ast.FormatsProperty, ast.ConsentProperty].map((type): string => type.$type);

export class GeaSemanticTokens extends AbstractSemanticTokenProvider {
  protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
    if (ast.isModel(node) && node.namespace) {
      acceptor({ node, property: 'namespace', type: SemanticTokenTypes.namespace });
      return;
    }
    const nameType = TYPE_OF[node.$type];
    if (nameType && 'name' in node && typeof node.name === 'string') {
      acceptor({ node, property: 'name', type: nameType, modifier: SemanticTokenModifiers.declaration });
    }
    if (VALUE_PROPERTIES.includes(node.$type)) acceptor({ node, property: 'value', type: SemanticTokenTypes.enumMember });
    if (VALUE_LISTS.includes(node.$type)) acceptor({ node, property: 'values', type: SemanticTokenTypes.enumMember });
    if (ast.isRuleProperty(node)) acceptor({ node, property: 'rule', type: SemanticTokenTypes.enumMember });
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('$')) continue;
      const references = Array.isArray(value) ? value : [value];
      references.forEach((reference, index) => {
        if (!isReference(reference)) return;
        const type = TYPE_OF[reference.ref?.$type ?? ''] ?? SemanticTokenTypes.variable;
        acceptor({ node, property, index: Array.isArray(value) ? index : undefined, type } as Parameters<SemanticTokenAcceptor>[0]);
      });
    }
  }
}

function isReference(value: unknown): value is { ref?: AstNode; $refText: string } {
  return typeof value === 'object' && value !== null && '$refText' in value;
}
