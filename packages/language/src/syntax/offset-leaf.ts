// A batch's token nodes keep where their token is as its offset and length alone. Langium's leaf
// keeps its start and end line and column too, ten fields in all: two fifths of a parsed national
// model (965 000 leaves, 100 MB), all of it copied twice by the garbage collector while the trees
// are built. The positions are read off the document's line starts when asked: a few hundred
// thousand times for a national model's ranges, against a million leaves made.
import type { TokenType } from 'chevrotain';
import type { AstNode, CompositeCstNode, GrammarAST, LeafCstNode, RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** A token's node, as Langium's leaf reads, its positions worked out from its offset and length. */
export class OffsetLeaf implements LeafCstNode {
  container: CompositeCstNode | undefined = undefined;
  grammarSource: GrammarAST.AbstractElement | undefined = undefined;

  constructor(
    readonly offset: number,
    readonly length: number,
    readonly tokenType: TokenType,
  ) {}

  get hidden(): boolean {
    return false;
  }

  get end(): number {
    return this.offset + this.length;
  }

  get root(): RootCstNode {
    let node: CompositeCstNode | undefined = this.container;
    while (node?.container) node = node.container;
    if (!node) throw new Error('This node is not in a syntax tree');
    return node as RootCstNode;
  }

  get text(): string {
    return this.root.fullText.substring(this.offset, this.end);
  }

  get range(): Range {
    return LineStarts.of(this.root).range(this.offset, this.length);
  }

  get astNode(): AstNode {
    if (!this.container) throw new Error('This node has no associated AST element');
    return this.container.astNode;
  }
}

/** A comment's or other hidden token's node. */
export class HiddenOffsetLeaf extends OffsetLeaf {
  override get hidden(): boolean {
    return true;
  }
}

/**
 * Where each line of a document starts, as Chevrotain counts lines: after `\n`, `\r\n` or a lone
 * `\r`. Made once per document, when its first position is asked for.
 */
export class LineStarts {
  private static readonly OF = new WeakMap<RootCstNode, LineStarts>();

  static of(root: RootCstNode): LineStarts {
    let lines = LineStarts.OF.get(root);
    if (!lines) LineStarts.OF.set(root, (lines = new LineStarts(root.fullText)));
    return lines;
  }

  private readonly starts: Uint32Array;
  /** The line `lineOf` found last. */
  private last = 0;

  constructor(text: string) {
    const starts = [0];
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) starts.push(at + 1);
    }
    this.starts = Uint32Array.from(starts);
  }

  /**
   * The range of the token at `offset`, `length` characters long, as Langium's leaf has it.
   * Chevrotain ends a token's range after its last character, on that character's line; an empty
   * token's range is where it starts.
   */
  range(offset: number, length: number): Range {
    const line = this.lineOf(offset);
    const start = { line, character: offset - this.starts[line]! };
    if (length === 0) return { start, end: { ...start } };
    const endLine = this.endLineOf(offset, length, line);
    return { start, end: { line: endLine, character: offset + length - this.starts[endLine]! } };
  }

  /** Where line `line` starts. */
  startOf(line: number): number {
    return this.starts[line]!;
  }

  /** The line of a token's end: its last character's (the first line, for an empty token). */
  endLineOf(offset: number, length: number, from = 0): number {
    return length === 0 ? this.lineOf(offset, from) : this.lineOf(offset + length - 1, from);
  }

  /**
   * The line holding `offset`, at or after line `from`. Tokens are mostly asked for in the order
   * they are written: the line found last, and the next few, are tried before a binary search.
   */
  lineOf(offset: number, from = 0): number {
    const starts = this.starts;
    let line = this.last >= from && starts[this.last]! <= offset ? this.last : from;
    for (let steps = 0; steps < NEARBY_LINES; steps++) {
      if (line + 1 >= starts.length || starts[line + 1]! > offset) return (this.last = line);
      line++;
    }
    let high = starts.length - 1;
    while (line < high) {
      const middle = (line + high + 1) >>> 1;
      if (starts[middle]! <= offset) line = middle;
      else high = middle - 1;
    }
    return (this.last = line);
  }
}

/** How many lines on from the last one found are tried one by one. */
const NEARBY_LINES = 4;
const LF = 0x0a;
const CR = 0x0d;
