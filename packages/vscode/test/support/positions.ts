// Positions in a text by what is written there, so tests name places as a reader would.
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** The position `after` characters into the first occurrence of `needle` (after `from`, if given). */
export function positionOf(text: string, needle: string, after = 0, from?: string): Position {
  const start = from === undefined ? 0 : text.indexOf(from);
  const offset = text.indexOf(needle, start < 0 ? 0 : start);
  if (offset < 0) throw new Error(`not in the text: ${needle}`);
  return positionAt(text, offset + after);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
