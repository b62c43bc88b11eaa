// Each view's title in each language the site speaks. The views as drawn give the build locale's;
// the others are computed again in that language (no layout), those the build folded because they
// were too dense to read folded again, so that their titles say so in every language.
import { computeViews, WORD_LOCALES, wordLocale, type SemanticModel, type ViewGraph, type WordLocale } from '@gea-arch/core';

export function titlesInEveryLocale(
  model: SemanticModel,
  views: readonly ViewGraph[],
  drawnIn: string,
  foldedByBuild: ReadonlySet<string> = new Set(),
): Map<string, Partial<Record<WordLocale, string>>> {
  const titles = new Map<string, Partial<Record<WordLocale, string>>>(
    views.map((view) => [view.id, { [wordLocale(drawnIn)]: view.title }]),
  );
  for (const locale of WORD_LOCALES.filter((candidate) => candidate !== wordLocale(drawnIn))) {
    for (const view of computeViews(model, { locale, foldOthers: foldedByBuild })) {
      const title = titles.get(view.id);
      if (title) title[locale] = view.title;
    }
  }
  return titles;
}

/** The views drawn folded though computed whole: those the build found too dense to read. */
export function foldedByBuild(drawn: readonly ViewGraph[], computed: readonly { readonly graph: ViewGraph }[]): Set<string> {
  const whole = new Set(computed.filter(({ graph }) => !graph.aggregated).map(({ graph }) => graph.id));
  return new Set(drawn.filter((view) => view.aggregated && whole.has(view.id)).map((view) => view.id));
}
