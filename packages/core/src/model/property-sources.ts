// Where each property of a declaration, block or statement was written, by its keyword (the first
// of each). A national model writes some 210 000 properties: kept as one list of numbers per
// declaration rather than a range and two positions per property, the model is a third fewer
// objects to build and to hold. A property's range is made when asked for, and rules ask for a
// few hundred.
import { NumberedRange } from './numbered-range.js';
import type { SourceRange } from './types.js';

export interface PropertySources {
  /** Where the property with this keyword was first written; undefined when it was not. */
  get(keyword: string): SourceRange | undefined;
  has(keyword: string): boolean;
  /** The keywords written, in source order. */
  keywords(): string[];
}

/** Each keyword followed by its range's start line, start character, end line and end character. */
type Packed = readonly (string | number)[];

const STRIDE = 5;

function indexOfKeyword(packed: Packed, keyword: string): number {
  for (let at = 0; at < packed.length; at += STRIDE) if (packed[at] === keyword) return at;
  return -1;
}

class PackedPropertySources implements PropertySources {
  constructor(
    private readonly uri: string,
    private readonly packed: Packed,
  ) {}

  get(keyword: string): SourceRange | undefined {
    const at = indexOfKeyword(this.packed, keyword);
    if (at < 0) return undefined;
    const numbers = this.packed as readonly number[];
    return new NumberedRange(this.uri, numbers[at + 1]!, numbers[at + 2]!, numbers[at + 3]!, numbers[at + 4]!);
  }

  has(keyword: string): boolean {
    return indexOfKeyword(this.packed, keyword) >= 0;
  }

  keywords(): string[] {
    const keywords: string[] = [];
    for (let at = 0; at < this.packed.length; at += STRIDE) keywords.push(this.packed[at] as string);
    return keywords;
  }
}

export const NO_PROPERTY_SOURCES: PropertySources = Object.freeze(new PackedPropertySources('', []));

/**
 * Collects where each keyword was first written in one document, then packs them; `restart` for
 * the next declaration, block or statement (one builder serves a whole model, and each packed list
 * is made to its size).
 */
export class PropertySourcesBuilder {
  // Written by index up to `count` and never shortened: emptied (`length = 0`), an array lets go of
  // its storage and grows it again by `push`, three or four times per declaration (30 MB at L).
  private readonly packed: (string | number)[] = [];
  private count = 0;

  constructor(private uri: string) {}

  /** Forgets what was added, for another declaration, block or statement of the document `uri`. */
  restart(uri: string): this {
    this.uri = uri;
    this.count = 0;
    return this;
  }

  has(keyword: string): boolean {
    for (let at = 0; at < this.count; at += STRIDE) if (this.packed[at] === keyword) return true;
    return false;
  }

  /** Where a keyword not written before was written (ask `has` first, and the range need not be made). */
  add(keyword: string, range: Pick<SourceRange, 'start' | 'end'>): void {
    this.addRange(keyword, range.start.line, range.start.character, range.end.line, range.end.character);
  }

  /** As `add`, the range given as its four numbers. */
  addRange(keyword: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    const packed = this.packed;
    const at = this.count;
    if (at === packed.length) packed.push(keyword, startLine, startCharacter, endLine, endCharacter);
    else {
      packed[at] = keyword;
      packed[at + 1] = startLine;
      packed[at + 2] = startCharacter;
      packed[at + 3] = endLine;
      packed[at + 4] = endCharacter;
    }
    this.count = at + STRIDE;
  }

  build(): PropertySources {
    return this.count === 0 ? NO_PROPERTY_SOURCES : Object.freeze(new PackedPropertySources(this.uri, this.packed.slice(0, this.count)));
  }
}
