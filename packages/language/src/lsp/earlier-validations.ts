// A document linked again after an edit elsewhere has the same text, so its syntax and validation
// diagnostics are those of its last validation: they are kept while its references are unlinked,
// and only its link errors are computed again (a national workspace has dozens of such documents
// after one keystroke, each a thousand lines to validate).
import type { LangiumDocument, ValidationCategory } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { GeaDocumentValidator, isLinkingDiagnostic, isSyntaxDiagnostic } from './document-validator.js';

interface Earlier {
  /** The last validation's diagnostics but the link errors, in its order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The validation categories it ran. */
  readonly checks: ValidationCategory[] | undefined;
}

export class EarlierValidations {
  private readonly byUri = new Map<string, Earlier>();

  /** Keeps what the validation of an unchanged text said, but its link errors. */
  keep(uri: string, diagnostics: readonly Diagnostic[], checks: ValidationCategory[] | undefined): void {
    this.byUri.set(uri, { diagnostics: diagnostics.filter((diagnostic) => !isLinkingDiagnostic(diagnostic)), checks });
  }

  /** The text of the document changes: what was kept no longer holds. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /**
   * The document's diagnostics as a full validation would write them (syntax, links, checks),
   * with its link errors found again, and the categories that validation ran; undefined when
   * nothing was kept for it.
   */
  revalidate(
    document: LangiumDocument,
    validator: unknown,
  ): { diagnostics: Diagnostic[]; checks: ValidationCategory[] | undefined } | undefined {
    const uri = document.uri.toString();
    const earlier = this.byUri.get(uri);
    if (!earlier || !(validator instanceof GeaDocumentValidator)) return undefined;
    this.byUri.delete(uri);
    const syntax = earlier.diagnostics.filter(isSyntaxDiagnostic);
    const checks = earlier.diagnostics.filter((diagnostic) => !isSyntaxDiagnostic(diagnostic));
    return { diagnostics: [...syntax, ...validator.linkingDiagnostics(document), ...checks], checks: earlier.checks };
  }
}
