// The diagrams section of a build: every view computed, laid out (in worker threads, cached by
// content) and rendered to SVG, Mermaid and PlantUML (and PNG on request).
import type { SemanticModel } from '@gea-arch/core';
import { layoutCacheKey, layoutViews, type LayoutViewsOptions, pruneLayoutCache, renderMermaid, renderPlantUml, renderPng, renderSvg } from '@gea-arch/diagrams';
import { computeViews } from '@gea-arch/core';

export interface DiagramBuildOptions {
  /** Locale of labels and titles; the model's default locale by default. */
  readonly locale?: string;
  /** Also write PNGs. */
  readonly png?: boolean;
  /** Where laid-out views are cached; no cache when unset. */
  readonly cacheDir?: string;
  /** Lay out every view again, ignoring the cache. */
  readonly noCache?: boolean;
  readonly onProgress?: (message: string) => void;
  /** Lays out in this process with this function (tests observe which views are laid out). */
  readonly layout?: LayoutViewsOptions['layout'];
}

export interface DiagramBuild {
  readonly files: Map<string, string | Uint8Array>;
  readonly views: number;
  readonly laidOut: number;
  readonly cached: number;
}

export async function buildDiagrams(model: SemanticModel, options: DiagramBuildOptions = {}): Promise<DiagramBuild> {
  const graphs = computeViews(model, { locale: options.locale });
  const { layouts, stats } = await layoutViews(graphs, {
    cacheDir: options.cacheDir,
    noCache: options.noCache,
    layout: options.layout,
    onProgress: (done, total) => options.onProgress?.(`laid out ${done} of ${total} views`),
  });
  if (options.cacheDir) pruneLayoutCache(options.cacheDir, new Set(graphs.map((graph) => layoutCacheKey(graph))));
  const files = new Map<string, string | Uint8Array>();
  for (const layout of layouts) {
    const id = layout.graph.id;
    const svg = renderSvg(layout);
    files.set(`${id}.svg`, svg);
    files.set(`${id}.mmd`, renderMermaid(layout.graph));
    files.set(`${id}.puml`, renderPlantUml(layout.graph));
    if (options.png) files.set(`${id}.png`, renderPng(svg));
  }
  return { files, views: graphs.length, laidOut: stats.laidOut, cached: stats.cached };
}
