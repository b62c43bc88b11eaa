// The formatter of `gea fmt` and the language server: Langium's formatter protocol (whole
// document, range, no edits on a file with syntax errors) over the canonical layout, which it
// applies as one edit per gap between tokens so that range formatting touches only the range.
import type { LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { canonicalGaps } from './canonical-layout.js';

export class GeaFormatter extends AbstractFormatter {
  /** The layout is decided over the whole file at once, in `doDocumentFormat`. */
  protected override format(): void {}

  protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const edits: TextEdit[] = [];
    for (const gap of canonicalGaps(document.parseResult.value, text)) {
      if (text.slice(gap.start, gap.end) === gap.text) continue;
      const editRange = { start: textDocument.positionAt(gap.start), end: textDocument.positionAt(gap.end) };
      if (range && (editRange.end.line < range.start.line || editRange.start.line > range.end.line)) continue;
      edits.push({ range: editRange, newText: gap.text });
    }
    return edits;
  }
}
