// A syntax node's range read from its first and last tokens. Langium's `range` of a composite node
// computes and keeps one for every composite on the way down to them: right for documents that
// live on (the language server reads them again after every edit), a hundred megabytes held until
// the end for a national model's documents that are dropped once the model is built. Such a
// batch's token nodes keep their offsets alone (offset-leaf.ts): their positions are read off the
// document's line starts, which the caller passes.
import { type CstNode, isCompositeCstNode } from 'langium';
import { NumberedRange } from '@gea-arch/core';
import { type LineStarts, OffsetLeaf } from '../syntax/offset-leaf.js';

/**
 * As Langium's `range`, from the first token that is not hidden (or the first, when all are) to the
 * last such token's end, in the document `uri` whose lines start at `lines`: kept as its numbers.
 */
export function tokenRange(cst: CstNode, uri: string, lines?: LineStarts): NumberedRange | undefined {
  const first = edgeToken(cst, 'first');
  const last = edgeToken(cst, 'last');
  if (!first || !last) return undefined;
  readPositions(first, last, lines);
  const line = POSITIONS[0]!;
  const character = POSITIONS[1]!;
  const endAt = POSITIONS[2]!;
  const endCharacter = POSITIONS[3]!;
  return endAt < line
    ? new NumberedRange(uri, line, character, line, character)
    : new NumberedRange(uri, line, character, endAt, endCharacter);
}

/** Takes a range as its four numbers. */
export interface RangeTaker {
  addRange(key: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void;
}

/**
 * As `tokenRange`, its numbers handed to `taker` under `key` without making positions (a national
 * model's 210 000 property sources are kept as numbers); false, with nothing handed, when the
 * node holds no token. `first` is the node's first token that is not hidden, when the caller has it.
 */
export function tokenRangeTo(cst: CstNode, taker: RangeTaker, key: string, first = edgeToken(cst, 'first'), lines?: LineStarts): boolean {
  const last = edgeToken(cst, 'last');
  if (!first || !last) return false;
  readPositions(first, last, lines);
  const line = POSITIONS[0]!;
  const character = POSITIONS[1]!;
  const endAt = POSITIONS[2]!;
  const endCharacter = POSITIONS[3]!;
  if (endAt < line) taker.addRange(key, line, character, line, character);
  else taker.addRange(key, line, character, endAt, endCharacter);
  return true;
}

/** Start line and character of `first`, end line and character of `last`: read into here, not a new array each time. */
const POSITIONS = new Int32Array(4);

function readPositions(first: CstNode, last: CstNode, lines: LineStarts | undefined): void {
  if (lines && first instanceof OffsetLeaf && last instanceof OffsetLeaf) {
    const line = lines.lineOf(first.offset);
    const endAt = lines.endLineOf(last.offset, last.length, line);
    POSITIONS[0] = line;
    POSITIONS[1] = first.offset - lines.startOf(line);
    POSITIONS[2] = endAt;
    POSITIONS[3] = last.offset + last.length - lines.startOf(endAt);
    return;
  }
  POSITIONS[0] = startLine(first);
  POSITIONS[1] = startCharacter(first);
  POSITIONS[2] = endLine(last);
  POSITIONS[3] = endCharacter(last);
}

/**
 * Langium 4.4's leaf keeps its positions in these fields, and its `range` getter makes three
 * objects a call: a national model asks for 235 000 ranges, two leaves each. Read through the
 * getter when a leaf keeps them otherwise.
 */
interface LeafPositions {
  readonly _startLine?: number;
  readonly _startColumn?: number;
  readonly _endLine?: number;
  readonly _endColumn?: number;
}

function startLine(leaf: CstNode): number {
  return (leaf as LeafPositions)._startLine ?? leaf.range.start.line;
}

function startCharacter(leaf: CstNode): number {
  return (leaf as LeafPositions)._startColumn ?? leaf.range.start.character;
}

function endLine(leaf: CstNode): number {
  return (leaf as LeafPositions)._endLine ?? leaf.range.end.line;
}

function endCharacter(leaf: CstNode): number {
  return (leaf as LeafPositions)._endColumn ?? leaf.range.end.character;
}

function edgeToken(cst: CstNode, edge: 'first' | 'last'): CstNode | undefined {
  let node: CstNode | undefined = cst;
  while (node && isCompositeCstNode(node)) {
    const content: readonly CstNode[] = node.content;
    let next: CstNode | undefined;
    if (edge === 'first') {
      for (let index = 0; index < content.length && !next; index++) if (!content[index]!.hidden) next = content[index];
      node = next ?? content[0];
    } else {
      for (let index = content.length - 1; index >= 0 && !next; index--) if (!content[index]!.hidden) next = content[index];
      node = next ?? content[content.length - 1];
    }
  }
  return node;
}
