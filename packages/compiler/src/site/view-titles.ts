// Each view's title in each language the site speaks: the views as drawn give the build locale's,
// and the others name them the same way in that language, folded as they were drawn (a view the
// build folded because it was too dense to read says so in every language).
import { titlesIn, WORD_LOCALES, wordLocale, type SemanticModel, type ViewGraph, type WordLocale } from '@gea-arch/core';

export function titlesInEveryLocale(
  model: SemanticModel,
  views: readonly ViewGraph[],
  drawnIn: string,
): Map<string, Partial<Record<WordLocale, string>>> {
  const titles = new Map<string, Partial<Record<WordLocale, string>>>(
    views.map((view) => [view.id, { [wordLocale(drawnIn)]: view.title }]),
  );
  for (const locale of WORD_LOCALES.filter((candidate) => candidate !== wordLocale(drawnIn))) {
    for (const [id, title] of titlesIn(model, views, locale)) titles.get(id)![locale] = title;
  }
  return titles;
}
