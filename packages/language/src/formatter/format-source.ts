// Canonical formatting of source text, for `gea fmt` and tests: parse with the gea services and
// lay the tokens out; a file with syntax errors is left as it is and said so.
import { EmptyFileSystem, URI } from 'langium';
import { createGeaCoreServices } from '../gea-module.js';
import { applyGaps, canonicalGaps } from './canonical-layout.js';

export interface FormatResult {
  /** The formatted text, or the text as given when it has syntax errors. */
  readonly text: string;
  readonly changed: boolean;
  /** Lexer and parser messages (in `locale`) that kept the file from being formatted. */
  readonly syntaxErrors: readonly { readonly line: number; readonly column: number; readonly message: string }[];
}

/** Formats each text with one set of services, in `locale` for syntax messages. */
export function createSourceFormatter(options: { readonly locale?: string } = {}): (text: string, uri?: string) => FormatResult {
  const { shared } = createGeaCoreServices(EmptyFileSystem, { locale: options.locale });
  const factory = shared.workspace.LangiumDocumentFactory;
  let counter = 0;
  return (text, uri = `memory:///format-${++counter}.gea`) => {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const document = factory.fromString(source, URI.parse(uri));
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
      // An error at the end of the file has no token to point at: it is at the end.
      const end = document.textDocument.positionAt(source.length);
      const at = (line: number | undefined, column: number | undefined, message: string) =>
        line !== undefined && line > 0 && column !== undefined && column > 0
          ? { line, column, message }
          : { line: end.line + 1, column: end.character + 1, message };
      const syntaxErrors = [
        ...lexerErrors.map((error) => at(error.line, error.column, error.message)),
        ...parserErrors.map((error) => at(error.token.startLine, error.token.startColumn, error.message)),
      ];
      return { text, changed: false, syntaxErrors };
    }
    const formatted = applyGaps(source, canonicalGaps(document.parseResult.value, source));
    return { text: formatted, changed: formatted !== text, syntaxErrors: [] };
  };
}
