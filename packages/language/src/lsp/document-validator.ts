// Langium's document validator, able to say a document's link errors alone: after an edit, a
// document that refers into the edited one has the same text, so only its link errors can change.
import { DocumentValidator, type LangiumDocument } from 'langium';
import { GeaTreeValidator } from '../validation/gea-tree-validator.js';
import type { Diagnostic } from 'vscode-languageserver-types';

export class GeaDocumentValidator extends GeaTreeValidator {
  /** The diagnostics of the references that did not resolve, as `validateDocument` writes them. */
  linkingDiagnostics(document: LangiumDocument): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    this.processLinkingErrors(document, diagnostics, {});
    return diagnostics;
  }
}

/** Lexing and parsing diagnostics, which `validateDocument` writes before the link errors. */
export function isSyntaxDiagnostic(diagnostic: Diagnostic): boolean {
  const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
  return (
    code === DocumentValidator.LexingError ||
    code === DocumentValidator.LexingWarning ||
    code === DocumentValidator.LexingInfo ||
    code === DocumentValidator.LexingHint ||
    code === DocumentValidator.ParsingError
  );
}

export function isLinkingDiagnostic(diagnostic: Diagnostic): boolean {
  return (diagnostic.data as { code?: unknown } | undefined)?.code === DocumentValidator.LinkingError;
}
