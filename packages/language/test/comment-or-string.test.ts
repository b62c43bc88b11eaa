import { describe, expect, it } from 'vitest';
import { isInCommentOrString } from '../src/lsp/comment-or-string.js';

/** Whether the place marked `|` is in a comment or a string. */
function at(marked: string): boolean {
  const offset = marked.indexOf('|');
  return isInCommentOrString(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe('isInCommentOrString', () => {
  it('knows a line comment to its end, and nothing after it', () => {
    expect(at('system s // a |note\n')).toBe(true);
    expect(at('system s // a note|\n')).toBe(true);
    expect(at('system s // a note\n|')).toBe(false);
    expect(at('system s| // a note')).toBe(false);
  });

  it('knows a block comment, closed or not', () => {
    expect(at('/* a\n | */ system s')).toBe(true);
    expect(at('/* a */| system s')).toBe(false);
    expect(at('/* a\n never closed |')).toBe(true);
  });

  it('knows a string, its escapes, and a string left open at its line end', () => {
    expect(at('system s "Reg|ister"')).toBe(true);
    expect(at('system s "a \\" |b"')).toBe(true);
    expect(at('system s "ab"|')).toBe(false);
    expect(at('system s "ab|')).toBe(true);
    expect(at('system s "ab\n|')).toBe(false);
  });

  it('does not read comment marks inside a string, nor quotes inside a comment', () => {
    expect(at('url "https://x.mn" |')).toBe(false);
    expect(at('// "\nsystem |')).toBe(false);
  });
});
