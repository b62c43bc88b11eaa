// The site section: the static review site, HTML pages with their style sheet and script, that
// works from file:// with no network. It inlines the diagrams section's SVGs and links to the
// specs and reports sections beside it, so `--only site` builds those too.
import { computeViews, WORD_LOCALES, wordLocale, type SemanticModel, type ViewGraph, type WordLocale } from '@gea-arch/core';
import { bundledFontFaces } from '@gea-arch/diagrams/node';
import { rulesInForce } from '../report/reports.js';
import { buildSite } from '../site/index.js';
import type { Emitter } from './emitter.js';

/**
 * Each view's title in each language the site speaks: the views as drawn give the build locale's;
 * the others are computed again in that language (no layout).
 */
function titlesInEveryLocale(
  model: SemanticModel,
  views: readonly ViewGraph[],
  drawnIn: string,
): Map<string, Partial<Record<WordLocale, string>>> {
  const titles = new Map<string, Partial<Record<WordLocale, string>>>(
    views.map((view) => [view.id, { [wordLocale(drawnIn)]: view.title }]),
  );
  for (const locale of WORD_LOCALES.filter((candidate) => candidate !== wordLocale(drawnIn))) {
    for (const view of computeViews(model, { locale })) {
      const title = titles.get(view.id);
      if (title) title[locale] = view.title;
    }
  }
  return titles;
}

export const siteEmitter: Emitter = {
  id: 'site',
  section: 'site',
  // Pages, their style sheet and script, and the bundled font.
  formats: [
    { id: 'html', extension: 'html', built: 'always' },
    { id: 'css', extension: 'css', built: 'always' },
    { id: 'js', extension: 'js', built: 'always' },
    { id: 'ttf', extension: 'ttf', built: 'always' },
  ],
  needs: ['diagrams', 'reports', 'specs'],
  async emit({ compilation, emitted, options, onProgress }) {
    const { workspace, analysis } = compilation;
    const { model, findings } = analysis;
    // The views as the diagrams section drew them, so the site's lists name what its pictures show.
    const views = emitted.get('diagrams')?.views ?? computeViews(model, { locale: options.locale, findings });
    const faces = bundledFontFaces();
    const built = buildSite(
      {
        model,
        findings,
        views,
        viewTitles: titlesInEveryLocale(model, views, options.locale ?? model.defaultLocale),
        name: workspace.config.name,
        locale: options.locale ?? workspace.config.locale,
        files: workspace.files.length,
        evaluationDate: compilation.evaluationDate,
        rules: rulesInForce(compilation),
        relativePath: compilation.relativePath,
        diagrams: emitted.get('diagrams')?.files,
        reports: emitted.get('reports')?.files,
        specs: emitted.get('specs')?.files,
      },
      { regular: faces.regular, bold: faces.bold },
      onProgress,
    );
    return { files: built.files, stats: { pages: built.pages } };
  },
};
