// The formatter only ever replaces whitespace with whitespace, whatever tree parsing recovered
// from a syntax error; and it formats no range at or after a syntax error (as it formats no whole
// document that has one).
import fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { conformanceEntries, EVERY_CONSTRUCT, mutate, mutation } from '@gea-arch/fixtures';
import { readFileSync } from 'node:fs';
import { createGeaServices, GeaFormatter } from '../src/lsp/index.js';

const { shared } = createGeaServices(EmptyFileSystem, { locale: 'en' });
const OPTIONS = { tabSize: 2, insertSpaces: true };

/** The layout's edits, asked for without the check for syntax errors that guards them in the editor. */
class LayoutOnly extends GeaFormatter {
  edits(document: LangiumDocument, range?: Range): TextEdit[] {
    return this.doDocumentFormat(document, OPTIONS, range);
  }
}
const formatter = new GeaFormatter();
const layout = new LayoutOnly();

let counter = 0;
function documentOf(text: string): LangiumDocument {
  return shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///keeps-${++counter}.gea`));
}

function applied(document: LangiumDocument, edits: readonly TextEdit[]): string {
  const text = document.textDocument.getText();
  const at = (edit: TextEdit) =>
    [document.textDocument.offsetAt(edit.range.start), document.textDocument.offsetAt(edit.range.end)] as const;
  let result = text;
  for (const edit of [...edits].sort((a, b) => at(b)[0] - at(a)[0])) {
    const [start, end] = at(edit);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}

const visible = (text: string) => text.replace(/\s+/g, '');

/** The audit's repro: "Format Selection" of the first three lines, the third with a syntax error. */
const BROKEN_LAST_LINE = 'agency a "A" {\n  kind agency\n  tags x y z 77 w\n}\n';
const FIRST_THREE_LINES = { start: { line: 0, character: 0 }, end: { line: 2, character: 17 } };

describe('the formatter keeps text', () => {
  it('formats no range whose last line has a syntax error, nor one after an error', () => {
    const document = documentOf('agency   a "A" {\n     kind agency\n  tags x y z 77 w\n}\n');
    expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
    expect(formatter.formatDocumentRange(document, { textDocument: { uri: '' }, range: FIRST_THREE_LINES, options: OPTIONS })).toEqual([]);
    const after = { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } };
    expect(formatter.formatDocumentRange(document, { textDocument: { uri: '' }, range: after, options: OPTIONS })).toEqual([]);
  });

  it('still formats a range that ends before the first syntax error', () => {
    const document = documentOf('agency   a "A" {   kind agency }\nagency b "B" {\n  tags x y z 77 w\n}\n');
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const edits = formatter.formatDocumentRange(document, { textDocument: { uri: '' }, range, options: OPTIONS });
    expect(applied(document, edits)).toBe('agency a "A" { kind agency }\n\nagency b "B" {\n  tags x y z 77 w\n}\n');
  });

  it('leaves the text that parsing skipped, whatever the range', () => {
    const document = documentOf(BROKEN_LAST_LINE);
    for (const range of [FIRST_THREE_LINES, undefined])
      expect(visible(applied(document, layout.edits(document, range)))).toBe(visible(BROKEN_LAST_LINE));
    expect(applied(document, layout.edits(document, FIRST_THREE_LINES))).toBe(BROKEN_LAST_LINE);
  });

  it('gives edits that replace only whitespace with whitespace, for random ranges over files with syntax errors', () => {
    const files = [readFileSync(EVERY_CONSTRUCT, 'utf8'), ...conformanceEntries().flatMap((entry) => Object.values(entry.sources))];
    const broken = fc
      .tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([text, mutations]) => mutate(text, mutations))
      .filter((text) => {
        const { lexerErrors, parserErrors } = documentOf(text).parseResult;
        return lexerErrors.length + parserErrors.length > 0;
      });
    const point = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(broken, point, point, fc.boolean(), (text, a, b, whole) => {
        const document = documentOf(text);
        const [from, to] = [Math.floor(Math.min(a, b) * text.length), Math.floor(Math.max(a, b) * text.length)];
        const range = whole ? undefined : { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
        const edits = layout.edits(document, range);
        for (const edit of edits) {
          const replaced = text.slice(document.textDocument.offsetAt(edit.range.start), document.textDocument.offsetAt(edit.range.end));
          expect(`${replaced}${edit.newText}`, JSON.stringify(edit)).toMatch(/^\s*$/);
        }
        expect(visible(applied(document, edits))).toBe(visible(text));
        if (range) {
          const params = { textDocument: { uri: '' }, range, options: OPTIONS };
          expect(visible(applied(document, formatter.formatDocumentRange(document, params)))).toBe(visible(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
