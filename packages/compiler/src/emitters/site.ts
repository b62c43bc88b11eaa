// The site section: the static review site, HTML pages with their style sheet and script, that
// works from file:// with no network. It inlines the diagrams section's SVGs and links to the
// specs and reports sections beside it, so `--only site` builds those too.
import { computeViews } from '@gea-arch/core';
import { bundledFontFaces } from '@gea-arch/diagrams/node';
import { toolIdentity } from '../build/build-stamp.js';
import { rulesInForce } from '../report/reports.js';
import { buildSite } from '../site/index.js';
import { titlesInEveryLocale } from '../site/view-titles.js';
import type { Emitter } from './emitter.js';

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
        madeWith: toolIdentity(options.toolVersion),
      },
      { regular: faces.regular, bold: faces.bold },
      onProgress,
    );
    return { files: built.files, stats: { pages: built.pages } };
  },
};
