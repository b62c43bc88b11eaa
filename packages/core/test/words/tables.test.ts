// The word tables: Mongolian and English say the same things. Every key of one is in the other,
// every message takes the same placeholders in both and uses each of them, Mongolian text is
// written in Mongolian, and each term has one spelling.
import { describe, expect, it } from 'vitest';
import { wordsFor, WORD_LOCALES, type Words } from '@gea-arch/core';

type Entry = { readonly path: string; readonly value: unknown };

/** Every leaf of a table (strings, numbers, functions), by its dotted path. */
function leaves(table: unknown, path = ''): Entry[] {
  if (typeof table === 'function' || typeof table !== 'object' || table === null || Array.isArray(table)) return [{ path, value: table }];
  return Object.entries(table).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** The names a message function destructures from its one parameter: `({ data, plateau }) => …`. */
function placeholders(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const match = /^(?:function\s*\w*\s*)?\(\s*\{([^}]*)\}/.exec(source);
  if (!match) return [];
  return match[1]!
    .split(',')
    .map((name) => name.split(/[:=]/)[0]!.trim())
    .filter(Boolean)
    .sort();
}

function body(fn: (...args: never[]) => unknown): string {
  const source = fn.toString();
  return source.slice(source.indexOf('=>') + 2);
}

const TABLES = Object.fromEntries(WORD_LOCALES.map((locale) => [locale, wordsFor(locale)])) as Record<(typeof WORD_LOCALES)[number], Words>;
const CYRILLIC = /[\u0400-\u04FF]/;

/** Common English words that do not occur in Mongolian prose. */
const ENGLISH_PROSE = /\b(the|and|is|are|of|to|with|which|that|has|at)\b/i;

/** What a reader reads as text: without code (`…`), interpolations and indented example lines. */
function proseOf(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s{2}/.test(line))
    .join('\n')
    .replace(/\$\{[^}]*\}/g, ' ')
    .replace(/\\?`[^`]*\\?`/g, ' ');
}

/** A function body's template literals as the text they make: delimiters dropped, `\`` unescaped. */
function templateText(code: string): string {
  return code.replace(/(?<!\\)`/g, '').replace(/\\`/g, '`');
}

/** Entries that compose other words and hold none of their own. */
const WORDLESS = new Set(['locale', 'common.label', 'common.codeList']);

/**
 * One spelling per term in Mongolian: the forms on the left are not used, the one on the right is.
 * (Checked on whole words, in any case.)
 */
const MONGOLIAN_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/интерфэйс/i, 'интерфейс'],
  [/платформм/i, 'платформ'],
  [/мэдээллийн\s+солилцооны\s+систем\b/i, 'мэдээлэл солилцооны платформ'],
];

describe('word tables', () => {
  it('are complete in every locale: the same keys as the English table', () => {
    const english = leaves(TABLES.en).map((entry) => entry.path);
    for (const locale of WORD_LOCALES) expect(leaves(TABLES[locale]).map((entry) => entry.path), locale).toEqual(english);
  });

  it('give every message the same placeholders in every locale, and use each of them', () => {
    const english = new Map(leaves(TABLES.en).map((entry) => [entry.path, entry.value]));
    for (const locale of WORD_LOCALES) {
      for (const { path, value } of leaves(TABLES[locale])) {
        const model = english.get(path);
        expect(typeof value, `${locale} ${path}`).toBe(typeof model);
        if (typeof value !== 'function' || typeof model !== 'function') continue;
        const names = placeholders(value as never);
        expect(names, `${locale} ${path}`).toEqual(placeholders(model as never));
        for (const name of names) expect(body(value as never), `${locale} ${path} uses {${name}}`).toMatch(new RegExp(`\\b${name}\\b`));
      }
    }
  });

  it('are written in Mongolian in the Mongolian table', () => {
    const untranslated = leaves(TABLES.mn)
      .filter(({ path, value }) => !WORDLESS.has(path) && (typeof value === 'string' || typeof value === 'function'))
      .filter(({ value }) => {
        const prose = proseOf(typeof value === 'function' ? templateText(body(value as never)) : (value as string));
        return prose.trim() !== '' && (!CYRILLIC.test(prose) || ENGLISH_PROSE.test(prose));
      })
      .map(({ path }) => path);
    expect(untranslated).toEqual([]);
  });

  it('spell each Mongolian term one way', () => {
    const text = leaves(TABLES.mn)
      .map(({ value }) => (typeof value === 'function' ? body(value as never) : String(value)))
      .join('\n');
    for (const [avoided, preferred] of MONGOLIAN_SPELLINGS) expect(text, `write ${preferred}`).not.toMatch(avoided);
  });

  it('read the placeholders of a message (the check itself works)', () => {
    const message = ({ data, plateau }: { data: string; plateau: string }) => `${data} ${plateau}`;
    expect(placeholders(message as never)).toEqual(['data', 'plateau']);
    expect(placeholders((() => 'x') as never)).toEqual([]);
  });
});
