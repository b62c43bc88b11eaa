// A source range kept as its four numbers, its two positions made when they are read. A national
// model holds some 265 000 ranges and its checks read a few hundred: one object each rather than
// three (the range and its positions) is less to build and to hold. It reads as any range does and
// serializes (JSON) as one; spread, it would show its numbers instead of `start` and `end`, so
// code that copies a range copies the reference.
import type { Position, SourceRange } from './types.js';

export class NumberedRange implements SourceRange {
  constructor(
    readonly uri: string,
    private readonly startLine: number,
    private readonly startCharacter: number,
    private readonly endLine: number,
    private readonly endCharacter: number,
  ) {}

  get start(): Position {
    return { line: this.startLine, character: this.startCharacter };
  }

  get end(): Position {
    return { line: this.endLine, character: this.endCharacter };
  }

  /** From this range's start to the end of `last`. */
  through(last: SourceRange): SourceRange {
    if (last instanceof NumberedRange)
      return new NumberedRange(this.uri, this.startLine, this.startCharacter, last.endLine, last.endCharacter);
    return new NumberedRange(this.uri, this.startLine, this.startCharacter, last.end.line, last.end.character);
  }

  toJSON(): SourceRange {
    return { uri: this.uri, start: this.start, end: this.end };
  }
}
