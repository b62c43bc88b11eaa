// Finding declarations in a document: the one at a position, their names and their kinds in the
// words of the core model (for hovers, code lenses, the diagram preview).
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { ElementKind } from '@gea-arch/core';
import { isDeclaration, type Declaration, type Model } from '../generated/ast.js';
import { qualifiedNameOf } from '../scoping/qualified-names.js';

/** The top-level declaration whose text holds `offset`, if any. */
export function declarationAtOffset(document: LangiumDocument, offset: number): Declaration | undefined {
  const model = document.parseResult.value as Model;
  return model.declarations?.find((declaration) => {
    const cst = declaration.$cstNode;
    return cst !== undefined && cst.offset <= offset && offset <= cst.end;
  });
}

/** The full name of the declaration at a position of the document. */
export function declarationAt(document: LangiumDocument, position: { line: number; character: number }): string | undefined {
  const declaration = declarationAtOffset(document, document.textDocument.offsetAt(position));
  return declaration?.name ? qualifiedNameOf(declaration) : undefined;
}

/** The declaration a node is in (itself for a declaration). */
export function enclosingDeclaration(node: AstNode): Declaration | undefined {
  return AstUtils.getContainerOfType(node, isDeclaration);
}

/** The model's kind of a declaration: `agency`, `data`, … */
export function elementKindOf(declaration: Declaration): ElementKind {
  return declaration.$type.toLowerCase() as ElementKind;
}
