import { describe, expect, it } from 'vitest';
import { d2String } from '../../src/text/d2-text.js';
import { HOSTILE_NAMES } from './fixtures.js';
import { readD2String } from './d2-reader.js';

/** What D2 reads back from the string written for `lines`. */
function readBack(lines: readonly string[]): string {
  const written = d2String(lines);
  const { value, end } = readD2String(written, 0);
  expect(end, written).toBe(written.length);
  return value;
}

/** Text as it should come back: line breaks as `\n`, other control characters as spaces. */
function expected(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(/\r\n|\r|\n|\u2028|\u2029/))
    .map((line) => line.replace(/\p{Cc}/gu, ' '))
    .join('\n');
}

/** Strings made to end a D2 string, start a substitution, a comment, a map, an array or a block string. */
const HOSTILE_FOR_D2: readonly string[] = [
  ...HOSTILE_NAMES,
  'ends here" } n_evil: "x',
  'a \\" b \\\\" c \\',
  '${vars.secret} $ $$ ${ }',
  '...${spread}',
  '@import.d2 ...@spread',
  '# a comment } { ;',
  '|md # Heading| |`md ``inner`` `|',
  "'single' ''quoted''",
  '  leading and trailing  ',
  ' ',
  '',
  'a -> b; c <- d; e -- f: g',
  'label: shape: {near: top-center}',
  'null true false 12 0x1f',
  '*.style.fill: red; **',
  'nul\u0000bell\u0007esc\u001bdel\u007f',
  'paragraph\u2029line\u2028end',
  'lone \uD800 surrogate \uDC00 end',
  'Өргөдөл 名字 😀 e\u0301',
];

describe('d2String', () => {
  it.each(HOSTILE_FOR_D2.map((text) => [JSON.stringify(text), text] as const))('reads back exactly: %s', (_, text) => {
    expect(readBack([text])).toBe(
      expected([text]).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
    );
  });

  it('keeps every string on one line, every quote, backslash and dollar escaped', () => {
    for (const text of HOSTILE_FOR_D2) {
      const written = d2String([text]);
      expect(written).toMatch(/^"[^\n\r]*"$/);
      const inside = written.slice(1, -1);
      // Outside an escape pair there is no quote, dollar or lone backslash left.
      expect(inside.replace(/\\[\\"$n]/g, '')).not.toMatch(/["$\\]/);
    }
  });

  it('joins lines with \\n and splits lines that hold breaks of their own', () => {
    expect(d2String(['one', 'two\r\nthree'])).toBe('"one\\ntwo\\nthree"');
    expect(readBack(['one', 'two\nthree'])).toBe('one\ntwo\nthree');
  });

  it('writes the escapes D2 decodes, and nothing else', () => {
    expect(d2String(['Say "hi" to C:\\path for $5'])).toBe('"Say \\"hi\\" to C:\\\\path for \\$5"');
    expect(d2String(['{a; b} | #c'])).toBe('"{a; b} | #c"');
    expect(d2String(['  padded  '])).toBe('"  padded  "');
    expect(d2String(['tab\there'])).toBe('"tab here"');
    expect(d2String([])).toBe('""');
  });
});

describe('D2 string reader as a check (negative controls)', () => {
  it('refuses a raw dollar, a raw line break and an unterminated string', () => {
    expect(() => readD2String('"costs $5"', 0)).toThrow(/substitution/);
    expect(() => readD2String('"one\ntwo"', 0)).toThrow(/terminated/);
    expect(() => readD2String('"open', 0)).toThrow(/terminated/);
    expect(readD2String('"a\\"b" rest', 0)).toEqual({ value: 'a"b', end: 6 });
  });
});
