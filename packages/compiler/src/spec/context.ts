// What every spec of a build is written with: the model, the locale of its labels and words, and
// the evaluation date that certificate expiry is counted from.
import { wordsFor, type SemanticModel, type Words } from '@gea-arch/core';
import { modelLocales } from './locales.js';

export interface SpecContext {
  readonly model: SemanticModel;
  /** The locale of names and labels. */
  readonly locale: string;
  /** Every locale the model names things in, its default locale first. */
  readonly locales: readonly string[];
  /** The words in that locale (English for a locale gea has no words for). */
  readonly words: Words;
  /** ISO date: certificates are valid or expired on this day. */
  readonly evaluationDate: string;
}

export function specContext(model: SemanticModel, locale: string | undefined, evaluationDate: string): SpecContext {
  const chosen = locale ?? model.defaultLocale;
  return { model, locale: chosen, locales: modelLocales(model), words: wordsFor(chosen), evaluationDate };
}
