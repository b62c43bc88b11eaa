// Every word gea says to people, in one table per locale: rule summaries, explanations and finding
// messages, syntax messages, diagram legends and titles, report and command-line text. The
// English table defines the shape; the Mongolian one must match it (the compiler checks the
// keys and parameter types; a test checks that both use the same placeholders).
import { en } from './en/index.js';
import { wordLocale, type WordLocale } from './locale.js';
import { mn } from './mn/index.js';

/** The shape every locale's table has: the English table's. */
export type WordTable = typeof en;
export type Words = WordTable & { readonly locale: WordLocale };
export type RuleWords = WordTable['rules'];
export type { MermaidExcess, MermaidMeasure, ReadabilityMeasure } from './en/diagrams.js';

const TABLES: Readonly<Record<WordLocale, Words>> = { mn: { ...mn, locale: 'mn' }, en: { ...en, locale: 'en' } };

/** The words of a locale (`mn-MN` speaks Mongolian; an unknown locale English; none Mongolian). */
export function wordsFor(locale?: string): Words {
  return TABLES[wordLocale(locale)];
}
