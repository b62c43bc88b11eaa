// Formatting in the editor is `gea fmt`: a file's CRLF line endings and byte order mark stay, a
// formatted CRLF file gets no edit, range formatting edits nothing outside the range, and no
// formatting removes text on a line with a syntax error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { createSourceFormatter } from '@gea-arch/language/lsp';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { applyEdits, uriOf, workspaceOf } from './support/workspace-copy.js';

const MESSY = 'agency a "А" {   kind agency\n}\nagency b "Б" {\n      kind agency\n name mn "Б"\n}\nagency c "В" {  kind agency }\n';
const FORMATTED = createSourceFormatter()(MESSY).text;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

let client: LspClient;
let root: string;
let opened = 0;

beforeAll(async () => {
  root = workspaceOf({ 'gea.yaml': 'locale: mn\n', 'a.gea': 'agency z "Я" { kind agency }\n' });
  client = await LspClient.start({ command: await bundledServer(), folders: [root], initializationOptions: { locale: 'en' } });
});

afterAll(() => client.stop());

/** Opens `text` as a new file of the workspace and formats it (or `range` of it): the edits. */
async function format(text: string, range?: Range): Promise<TextEdit[]> {
  const uri = uriOf(root, `f${++opened}.gea`);
  await client.open(uri, text);
  await client.settled();
  const options = { tabSize: 2, insertSpaces: true };
  const edits = range
    ? await client.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range, options })
    : await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
  await client.close(uri);
  return edits;
}

describe('formatting in the editor', () => {
  it('keeps CRLF line endings, and gives no edit for a formatted CRLF file', async () => {
    expect(FORMATTED).not.toBe(MESSY);
    expect(applyEdits(crlf(MESSY), await format(crlf(MESSY)))).toBe(crlf(FORMATTED));
    expect(await format(crlf(FORMATTED))).toEqual([]);
  });

  it('keeps a byte order mark', async () => {
    expect(applyEdits(`\uFEFF${MESSY}`, await format(`\uFEFF${MESSY}`))).toBe(`\uFEFF${FORMATTED}`);
    expect(await format(`\uFEFF\n\n${FORMATTED}`)).toHaveLength(1);
    expect(applyEdits(`\uFEFF\n\n${FORMATTED}`, await format(`\uFEFF\n\n${FORMATTED}`))).toBe(`\uFEFF${FORMATTED}`);
  });

  it('edits only within the range it is given', async () => {
    // Lines 2 to 5 (agency b), ending at the start of line 6.
    const range = { start: { line: 2, character: 0 }, end: { line: 6, character: 0 } };
    const edits = await format(MESSY, range);
    expect(edits.length).toBeGreaterThan(0);
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    for (const edit of edits)
      expect(before(range.start, edit.range.start) && before(edit.range.end, range.end), JSON.stringify(edit)).toBe(true);
    // A blank line before agency b and before agency c (at the range's ends); agency a and c kept as written.
    expect(applyEdits(MESSY, edits)).toBe(
      'agency a "А" {   kind agency\n}\n\nagency b "Б" {\n  kind agency\n  name mn "Б"\n}\n\nagency c "В" {  kind agency }\n',
    );
  });

  it('gives no edit for a range whose last line has a syntax error (it deleted the text parsing skipped)', async () => {
    const broken = 'agency a "A" {\n  kind agency\n  tags x y z 77 w\n}\n';
    expect(await format(broken, { start: { line: 0, character: 0 }, end: { line: 2, character: 17 } })).toEqual([]);
    const messy = 'agency a "A" {\n   kind agency\n  tags x , y 12 99 "q" junk , z\n}\nagency   b "B" { kind agency }\n';
    expect(await format(messy, { start: { line: 0, character: 0 }, end: { line: 2, character: 40 } })).toEqual([]);
    expect(await format(messy)).toEqual([]);
  });
});
