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

/** Code written in text (`…`) is not prose. */
function withoutCode(text: string): string {
  return text.replace(/`[^`]*`/g, ' ');
}

/** What a reader reads in a text: without code and without its indented example lines. */
function proseOf(text: string): string {
  return withoutCode(
    text
      .split('\n')
      .filter((line) => !/^\s{2}/.test(line))
      .join('\n'),
  );
}

/**
 * What a message says, whatever it computes: the text of the string and template literals in its
 * code (each without its interpolations and the code written in it), found by a small scanner so
 * that nested templates and multi-line bodies are read like any other.
 */
function literalProse(code: string): string {
  const texts: string[] = [];
  let i = 0;
  /** Code up to the `}` that closes an interpolation (or to the end). */
  const readCode = (inInterpolation: boolean): void => {
    let depth = 0;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === "'" || ch === '"') readQuoted(ch);
      else if (ch === '`') readTemplate();
      else {
        i++;
        if (ch === '{') depth++;
        else if (ch === '}' && depth-- === 0 && inInterpolation) return;
      }
    }
  };
  const readQuoted = (quote: string): void => {
    let text = '';
    for (i++; i < code.length && code[i] !== quote; i++) text += code[i] === '\\' ? code[++i] : code[i];
    i++;
    texts.push(withoutCode(text));
  };
  const readTemplate = (): void => {
    let text = '';
    i++;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code[i + 1];
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        i += 2;
        readCode(true);
        text += ' ';
      } else text += code[i++];
    }
    i++;
    texts.push(withoutCode(text));
  };
  readCode(false);
  return texts.join('\n');
}

/** Entries that compose other words and hold none of their own. */
const WORDLESS = new Set(['locale', 'common.label', 'common.codeList']);

/**
 * One spelling per term in Mongolian (the glossary at the top of words/mn/common.ts): the forms on
 * the left are not used, in any case or inflection; the one on the right is.
 */
const MONGOLIAN_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/интерфэйс/i, 'интерфейс'],
  [/платформм/i, 'платформ'],
  [/солилцооны\s+систем/i, 'мэдээлэл солилцооны платформ'],
  [/мэдээллийн\s+сан|өгөгдлийн\s+бааз/i, 'өгөгдлийн сан'],
  [/эх\s+үүсвэр|мастер/i, 'эх сурвалж'],
  [/хууль\s+зүйн\s+үндэслэл/i, 'эрх зүйн үндэслэл'],
  [/нууцын\s+зэрэглэл|нууцлалын\s+зэрэглэл/i, 'нууцлалын ангилал'],
  [/ханган\s+нийлүүлэгч/i, 'нийлүүлэгч'],
  [/хувийн\s+мэдээлэл/i, 'хувь хүний мэдээлэл'],
  [/мэдрэг\s+мэдээлэл/i, 'эмзэг мэдээлэл'],
  [/тоон\s+гарын\s+үсэг|электрон\s+гарын\s+үсэг/i, 'цахим гарын үсэг'],
  [/цахим\s+тэмдэг/i, 'цахим тамга'],
  [/хугацааны\s+тэмдэг/i, 'цагийн тэмдэг'],
  [/сертификат/i, 'гэрчилгээ'],
  [/үндсэн\s+бүртгэл/i, 'суурь бүртгэл'],
  [/нээлттэй\s+мэдээлэл/i, 'нээлттэй өгөгдөл'],
  [/илрүүлэлт|илэрц/i, 'илрэл'],
  [/сануулга/i, 'анхааруулга'],
  [/хөнгөлөлт|чөлөөлөх\s+зөвшөөрөл/i, 'чөлөөлөлт'],
  [/үе\s+шатлал/i, 'үе шат'],
  [/идентификатор/i, 'танигч'],
  [/ажлын\s+орчин/i, 'ажлын талбар'],
  [/чухал\s+байдал/i, 'ач холбогдлын зэрэг'],
  [/хуулийн\s+хүчинтэй/i, 'хууль зүйн хүчинтэй'],
  [/амьдралын\s+цикл/i, 'амьдралын мөчлөг'],
];

describe('word tables', () => {
  it('are complete in every locale: the same keys as the English table', () => {
    const english = leaves(TABLES.en).map((entry) => entry.path);
    for (const locale of WORD_LOCALES)
      expect(
        leaves(TABLES[locale]).map((entry) => entry.path),
        locale,
      ).toEqual(english);
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
        const prose = typeof value === 'function' ? literalProse(body(value as never)) : proseOf(value as string);
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

  it('keep the gea examples of every explanation byte for byte, under labels in the language', () => {
    const examples = (text: string) => text.split('\n').filter((line) => /^\s{2}/.test(line));
    for (const [id, english] of Object.entries(TABLES.en.rules)) {
      const mongolian = TABLES.mn.rules[id as keyof Words['rules']];
      expect(examples(mongolian.explanation), id).toEqual(examples(english.explanation));
      expect(mongolian.explanation, id).toMatch(/^Буруу[ :(]/m);
      expect(mongolian.explanation, id).toMatch(/^Зөв[ :(]/m);
      expect(mongolian.explanation, id).not.toMatch(/^(Bad|Good)\b/m);
    }
  });

  it('read the prose of a message, nested templates and all (the check itself works)', () => {
    const message = ({ data, count }: { data: string; count: number }) =>
      `\`${data}\` өгөгдлийн сан ${count === 1 ? 'нэг' : `${count} \`field\` талбар`} ` + 'бүхий `x`';
    const words = literalProse(body(message as never))
      .split(/\s+/)
      .filter(Boolean);
    expect(words.sort()).toEqual(['бүхий', 'нэг', 'сан', 'талбар', 'өгөгдлийн'].sort());
  });

  it('read the placeholders of a message (the check itself works)', () => {
    const message = ({ data, plateau }: { data: string; plateau: string }) => `${data} ${plateau}`;
    expect(placeholders(message as never)).toEqual(['data', 'plateau']);
    expect(placeholders((() => 'x') as never)).toEqual([]);
  });
});
