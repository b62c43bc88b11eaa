// The formatter of `gea fmt` and the language server: Langium's formatter protocol (whole
// document, range; no edits on a file with syntax errors, nor on a range at or after one) over the
// canonical layout, which it applies as one edit per gap between tokens so that range formatting
// touches only the range. A file's BOM and line endings stay, as `gea fmt` keeps them.
import type { LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { canonicalGaps, type Gap } from './canonical-layout.js';
import { fileConventions, withLineEndings } from './file-conventions.js';

export class GeaFormatter extends AbstractFormatter {
  /** The layout is decided over the whole file at once, in `doDocumentFormat`. */
  protected override format(): void {}

  /**
   * No syntax error on a line of the range or before it. Langium's check compares the errors'
   * 1-based lines with the range's 0-based one, and so lets an error on the range's last line through.
   */
  protected override isFormatRangeErrorFree(document: LangiumDocument, range: Range): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    const lines = [...lexerErrors.map((error) => error.line), ...parserErrors.map((error) => error.token.startLine)];
    // An error without a line (at the end of the file) refuses every range.
    return lines.every((line) => line !== undefined && Number.isFinite(line) && line - 1 > range.end.line);
  }

  protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const { bom, crlf } = fileConventions(text);
    const from = range ? textDocument.offsetAt(range.start) : 0;
    const to = range ? textDocument.offsetAt(range.end) : text.length;
    const edits: TextEdit[] = [];
    for (const gap of canonicalGaps(document.parseResult.value, text)) {
      // The BOM is no whitespace before the first token.
      const start = bom && gap.start === 0 ? 1 : gap.start;
      const edit = within({ start, end: gap.end, text: withLineEndings(gap.text, crlf) }, text, from, to);
      if (!edit || text.slice(edit.start, edit.end) === edit.text) continue;
      edits.push({ range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) }, newText: edit.text });
    }
    return edits;
  }
}

/**
 * The part of `gap` between offsets `from` and `to`: its whitespace outside them must stay as
 * written (else the gap is left alone), so that no edit reaches outside a range.
 */
function within(gap: Gap, text: string, from: number, to: number): Gap | undefined {
  if (gap.end < from || gap.start > to) return undefined;
  let { start, end, text: newText } = gap;
  if (start < from) {
    const kept = text.slice(start, from);
    if (!newText.startsWith(kept)) return undefined;
    newText = newText.slice(kept.length);
    start = from;
  }
  if (end > to) {
    const kept = text.slice(to, end);
    if (!newText.endsWith(kept)) return undefined;
    newText = newText.slice(0, newText.length - kept.length);
    end = to;
  }
  return { start, end, text: newText };
}
