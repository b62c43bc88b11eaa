// A batch's token nodes keep their offset and length alone (syntax/offset-leaf.ts): the positions
// read off a document's line starts are the lexer's for every token — `\n`, `\r\n` and lone `\r`
// line ends, comments over several lines, random texts — and every token node of a batch's tree
// reads as the node at the same place in Langium's tree.
import fc from 'fast-check';
import { CstUtils, EmptyFileSystem, isLeafCstNode, type CstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { conformanceEntries, EVERY_CONSTRUCT, geaFilesIn, MONGOLIA_EXAMPLE, tokenText } from '@gea-arch/fixtures';
import { readFileSync } from 'node:fs';
import { createGeaCoreServices } from '../src/index.js';
import { LineStarts, OffsetLeaf } from '../src/syntax/offset-leaf.js';

const batch = createGeaCoreServices(EmptyFileSystem, { locale: 'en', compactSyntaxTrees: true }).gea;
const plain = createGeaCoreServices(EmptyFileSystem, { locale: 'en' }).gea;

const COMMENTS = `/** Доод
    түвшин */
agency a "А" { // мөрийн тайлбар
  kind agency /* олон
  мөр */ acronym "А"
}
/* төгсгөл */`;

function texts(): string[] {
  const written = [
    ...conformanceEntries().flatMap((entry) => Object.values(entry.sources)),
    ...Object.values(geaFilesIn(MONGOLIA_EXAMPLE)),
    readFileSync(EVERY_CONSTRUCT, 'utf8'),
    COMMENTS,
  ];
  return written.flatMap((text) => [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\n\n${text}\r\n\r`]);
}

/** Each token's range as Langium makes a leaf's from the lexer's positions. */
function lexed(text: string): string[] {
  const { tokens, hidden } = batch.parser.Lexer.tokenize(text);
  return [...tokens, ...hidden].map(
    (token) => `${token.startOffset} ${token.startLine! - 1}:${token.startColumn! - 1}-${token.endLine! - 1}:${token.endColumn!}`,
  );
}

function fromLineStarts(text: string): string[] {
  const lines = new LineStarts(text);
  const { tokens, hidden } = batch.parser.Lexer.tokenize(text);
  return [...tokens, ...hidden].map((token) => {
    const { start, end } = lines.range(token.startOffset, token.image.length);
    return `${token.startOffset} ${start.line}:${start.character}-${end.line}:${end.character}`;
  });
}

const described = (leaf: CstNode) =>
  `${leaf.offset}+${leaf.length} ${leaf.end} ${JSON.stringify(leaf.text)} ${leaf.hidden} ${isLeafCstNode(leaf) ? leaf.tokenType.name : ''} ${JSON.stringify(leaf.range)}`;

describe('a token node that keeps its offset alone', () => {
  it("has the lexer's positions for every token, whatever ends the lines", () => {
    let tokens = 0;
    for (const text of texts()) {
      expect(fromLineStarts(text)).toEqual(lexed(text));
      tokens += lexed(text).length;
    }
    expect(tokens).toBeGreaterThan(10_000);
    const lineEnds = fc.constantFrom('\n', '\r\n', '\r', '\n\r', '');
    fc.assert(
      fc.property(tokenText, lineEnds, (written, end) => {
        const text = written.replace(/\n/g, end);
        expect(fromLineStarts(text)).toEqual(lexed(text));
      }),
      { numRuns: 150, seed: 39 },
    );
  });

  it("reads in a batch's tree as the token node at its place in Langium's tree", () => {
    let leaves = 0;
    for (const text of texts()) {
      const ours = batch.parser.LangiumParser.parse(text);
      if (ours.parserErrors.length > 0) continue;
      const theirs = plain.parser.LangiumParser.parse(text);
      for (const leaf of CstUtils.streamCst(ours.value.$cstNode!)) {
        if (!isLeafCstNode(leaf)) continue;
        expect(leaf).toBeInstanceOf(OffsetLeaf);
        expect(described(leaf)).toBe(described(CstUtils.findLeafNodeAtOffset(theirs.value.$cstNode!, leaf.offset)!));
        leaves++;
      }
    }
    expect(leaves).toBeGreaterThan(10_000);
  });
});
