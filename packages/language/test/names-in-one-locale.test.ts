// A declaration has one name and one description per locale. The title is the name in the default
// locale, and `description "…"` the description there: `name mn` or `description mn` beside them
// (default `mn`) is a second one, a `duplicate-name` error at it; the first written is kept
// (decision 0078). Before, the later silently replaced the title everywhere the name is shown.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.rule} ${f.message}`);
}

const MODEL = `agency a "Улсын бүртгэл" { name mn "Бүртгэлийн газар" name en "Registry" }
agency b "Б" {
  description "Товч"
  description mn "Урт"
  description en "Short"
}
agency c { name mn "В" }
agency d "Г" { description mn "Эхнийх" description "Дараах" }`;

describe('a name or a description given twice in the default locale', () => {
  it('is a duplicate-name error at the second, in English and Mongolian', async () => {
    const { findings } = await analyze(MODEL, { rules: [] });
    expect(located(findings)).toEqual([
      '1:28 duplicate-name `a` is named in `mn`, the default locale, both by its title and by `name mn`; keep one',
      '4:3 duplicate-name `b` is described in `mn`, the default locale, both by `description "…"` and by `description mn "…"`; keep one',
      '8:40 duplicate-name `d` is described in `mn`, the default locale, both by `description "…"` and by `description mn "…"`; keep one',
    ]);
    const mongolian = await analyze(MODEL, { rules: [], locale: 'mn' });
    expect(mongolian.findings[0]!.message).toBe('`a`-г үндсэн хэл `mn` дээр гарчиг нь ч, `name mn` ч нэрлэж байна; нэгийг нь үлдээнэ үү');
  });

  it('keeps the first written', async () => {
    const { model } = await analyze(MODEL, { rules: [] });
    const [a, b, c, d] = model.agencies;
    expect(a!.names).toEqual({ mn: 'Улсын бүртгэл', en: 'Registry' });
    expect(b!.descriptions).toEqual({ mn: 'Товч', en: 'Short' });
    expect(c!.names).toEqual({ mn: 'В' });
    expect(d!.descriptions).toEqual({ mn: 'Эхнийх' });
  });

  it('is judged in the workspace default locale', async () => {
    const { findings, model } = await analyze(MODEL, { rules: [], defaultLocale: 'en' });
    expect(located(findings)).toEqual([
      '1:55 duplicate-name `a` is named in `en`, the default locale, both by its title and by `name en`; keep one',
      '5:3 duplicate-name `b` is described in `en`, the default locale, both by `description "…"` and by `description en "…"`; keep one',
    ]);
    expect(model.agencies[0]!.names).toEqual({ en: 'Улсын бүртгэл', mn: 'Бүртгэлийн газар' });
  });

  it('given twice in one form is the syntax error it was, and the first is kept', async () => {
    const { findings, model } = await analyze('agency a "А" { name en "One" name en "Two" }', { rules: [] });
    expect(located(findings)).toEqual(['1:30 syntax `name` is given twice here; keep one']);
    expect(model.agencies[0]!.names).toEqual({ mn: 'А', en: 'One' });
  });
});
