// The diagrams section: every view computed, laid out (in worker threads, cached by content) with
// the bundled Noto Sans and rendered to SVG, Mermaid and PlantUML (and PNG on request); and one
// view in any of those formats, as D2, or as laid-out JSON, for `gea diagram`.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { computeViews, DENSE_FOLD_ABOVE, wordsFor, type Finding, type SemanticModel, type ViewGraph } from '@gea-arch/core';
import {
  mermaidDrawing,
  mermaidExcesses,
  renderD2,
  renderMermaid,
  renderPlantUml,
  renderSvg,
  type MermaidSize,
  type ViewLayout,
} from '@gea-arch/diagrams';
import {
  BUNDLED_FONT_FAMILY,
  drawnGraphDigest,
  graphDigest,
  layoutViews,
  LayoutSummaries,
  loadBundledFonts,
  MermaidSizes,
  PngPool,
  pruneLayoutCache,
  RememberedKeys,
  renderPng,
  type LayoutViewsOptions,
} from '@gea-arch/diagrams/node';
import type { EmitOptions, Emitter, EmitterFormat } from './emitter.js';
import { foldDenseViews, type DenseViewOptions } from './dense-views.js';
import { layOutViews } from './lay-out-views.js';
import { LazyFiles } from '../build/lazy-files.js';
import type { SectionFiles } from '../build/out-folder.js';
import { toolIdentity } from '../build/build-stamp.js';
import { layoutCacheIn } from '../build/layout-cache-folder.js';
import { ElementDigests } from '../build/element-digests.js';
import { RememberedViews } from '../build/remembered-views.js';
import { readViewMemory, VIEWS_FOLDER, writeViewMemory } from '../build/views-file.js';

const FORMATS = [
  { id: 'svg', extension: 'svg', built: 'always' },
  { id: 'png', extension: 'png', built: 'on-request' },
  { id: 'mermaid', extension: 'mmd', built: 'always' },
  { id: 'plantuml', extension: 'puml', built: 'always' },
  // For D2 users (https://d2lang.com); `gea diagram` only, out/diagrams has no .d2 files.
  { id: 'd2', extension: 'd2', built: 'never' },
  // The laid-out view (boxes, routes, wrapped text), for tools that draw it themselves.
  { id: 'json', extension: 'json', built: 'never' },
] as const satisfies readonly EmitterFormat[];

export type DiagramFormat = (typeof FORMATS)[number]['id'];

export const diagramsEmitter: Emitter = {
  id: 'diagrams',
  section: 'diagrams',
  formats: FORMATS,
  command: 'diagram',
  async emit({ compilation, cacheDir, options, onProgress }) {
    const built = await buildDiagrams(compilation.analysis.model, {
      findings: compilation.analysis.findings,
      locale: options.locale,
      messageLocale: options.messageLocale,
      png: options.png,
      cacheDir: layoutCacheIn(cacheDir),
      noCache: options.noCache,
      onProgress,
      onWarning: options.onWarning,
      layout: options.layout,
      layoutPool: options.layoutPool,
      madeWith: toolIdentity(options.toolVersion),
      rememberViews: {
        folder: join(cacheDir, VIEWS_FOLDER),
        identity: JSON.stringify([toolIdentity(options.toolVersion), options.locale ?? null, compilation.workspace.config]),
      },
    });
    return {
      files: built.files,
      stats: { views: built.views, laidOut: built.laidOut, cached: built.cached, computed: built.computed },
      views: built.graphs,
      layouts: built.computedLayouts,
      layoutKeys: built.layoutKeys,
    };
  },
};

export interface DiagramBuildOptions {
  /** The model's findings: they mark the nodes and edges they are about. */
  readonly findings?: readonly Finding[];
  /** Locale of labels and titles; the model's default locale by default. */
  readonly locale?: string;
  /** Locale of progress messages; Mongolian by default. */
  readonly messageLocale?: string;
  /** Also write PNGs. */
  readonly png?: boolean;
  /** Where laid-out views are cached; no cache when unset. */
  readonly cacheDir?: string;
  /** Lay out every view again, ignoring the cache. */
  readonly noCache?: boolean;
  readonly onProgress?: (message: string) => void;
  /**
   * A view whose layout failed or ran slow and was drawn more simply, or whose Mermaid text Mermaid
   * will not draw, in the message locale.
   */
  readonly onWarning?: (message: string) => void;
  /** Lays out in this process with this function (tests observe which views are laid out). */
  readonly layout?: LayoutViewsOptions['layout'];
  readonly layoutPool?: EmitOptions['layoutPool'];
  /**
   * Which gea draws (build-stamp.ts `toolIdentity`): with a `cacheDir`, each file then says what it
   * is made from (its view, its layout's key and this), and a build keeps an unchanged view's files
   * in place instead of drawing them again.
   */
  readonly madeWith?: string;
  /**
   * Where the views are remembered for the next build, by code and settings of `identity`: a view
   * an edit since the last build cannot have changed is taken from there (remembered-views.ts),
   * unless `noCache`.
   */
  readonly rememberViews?: { readonly folder: string; readonly identity: string };
}

export interface DiagramBuild {
  readonly files: SectionFiles;
  readonly views: number;
  readonly laidOut: number;
  readonly cached: number;
  /** Views computed in this build (the others were taken from the last one). */
  readonly computed: number;
  /** The views drawn. */
  readonly graphs: readonly ViewGraph[];
  /** The views as computed, laid out, before any too dense to read was folded. */
  readonly computedLayouts: readonly ViewLayout[];
  /** Each layout's key in the layout cache (computed and folded ones). */
  readonly layoutKeys: ReadonlyMap<ViewLayout, string>;
}

export async function buildDiagrams(model: SemanticModel, options: DiagramBuildOptions = {}): Promise<DiagramBuild> {
  // The PNGs are set in the bundled font too, so every format has the widths the layout measured.
  const fonts = loadBundledFonts();
  const words = wordsFor(options.messageLocale).diagrams.build;
  const remembered = options.rememberViews && {
    ...options.rememberViews,
    identity: rememberedIdentity(options.rememberViews.identity, model),
  };
  const views =
    remembered &&
    new RememberedViews(
      model,
      ElementDigests.of(model),
      { locale: options.locale, findings: options.findings },
      options.noCache ? undefined : await readViewMemory(remembered.folder, remembered.identity),
    );
  const computed = views ? views.all() : computeViews(model, { locale: options.locale, findings: options.findings });
  const stats = { laidOut: 0, cached: 0 };
  // Views whose graphs the last build by this gea drew too keep their keys, not measured again.
  const remembers = options.cacheDir !== undefined && options.madeWith !== undefined && !options.noCache;
  const keys = remembers ? RememberedKeys.read(options.cacheDir!, options.madeWith!) : undefined;
  // Cached layouts as the last build left them are read only when something draws them again.
  const summaries = remembers ? LayoutSummaries.read(options.cacheDir!, options.madeWith!) : undefined;
  // Each layout's key: what its geometry is cached under.
  const keyOfLayout = new Map<ViewLayout, string>();
  const layOutWithKeys = async (graphs: readonly ViewGraph[]) => {
    const result = await layOutViews(graphs, fonts, { ...options, keys, summaries });
    stats.laidOut += result.stats.laidOut;
    stats.cached += result.stats.cached;
    result.layouts.forEach((layout, index) => keyOfLayout.set(layout, result.keys[index]!));
    return result;
  };
  const layOut = async (graphs: readonly ViewGraph[]): Promise<ViewLayout[]> => (await layOutWithKeys(graphs)).layouts;
  const laidOut = await layOutWithKeys(computed);
  // The views themselves, not a function of them: the files drawn below outlive this function, and
  // whatever their functions' scope holds with them (the views' memory) with them.
  const dense = await foldDenseViews(model, laidOut.layouts, layOut, { ...options, views });
  const layouts = dense.layouts;
  const graphs = layouts.map((layout) => layout.graph);
  for (const layout of layouts) for (const warning of layout.warnings ?? []) options.onWarning?.(words.layoutWarning({ warning }));
  for (const { view, excesses } of dense.folded) {
    options.onWarning?.(words.drawnFolded({ view, problems: excesses.map(words.readabilityExcess).join('; ') }));
  }
  // Each file over them says so too, in a note at its top.
  const mermaidSizes = remembers ? MermaidSizes.read(options.cacheDir!, options.madeWith!) : undefined;
  for (const graph of graphs) warnOfMermaidLimits(graph.id, mermaidSizes?.sizeOf(graph) ?? mermaidDrawing(graph).size, options);
  if (options.cacheDir) {
    // Every layout's key came with it, the folded versions' too: none is asked for again.
    pruneLayoutCache(options.cacheDir, new Set(keyOfLayout.values()));
    keys?.write();
    summaries?.write();
    mermaidSizes?.write();
  }
  if (remembered && views) await writeViewMemory(remembered.folder, remembered.identity, views.remembered());
  // Every file is drawn when it is read (staging, and the site for SVGs; a file staging kept in
  // place unchanged is read back instead): a national model's pictures are gigabytes, never all in
  // memory at once. PNGs are drawn in worker threads, as many at once as staging reads ahead.
  const files = new LazyFiles();
  const pngs = options.png ? new PngPool() : undefined;
  const extension = Object.fromEntries(FORMATS.map((format) => [format.id, format.extension])) as Record<DiagramFormat, string>;
  for (const layout of layouts) {
    const id = layout.graph.id;
    const says = (digest: (graph: ViewGraph) => string) =>
      options.madeWith === undefined || options.cacheDir === undefined
        ? undefined
        : madeFrom(options.madeWith, layout, keyOfLayout.get(layout)!, digest);
    // The SVG carries the tooltips and links; the other formats show neither (graph-digests.ts).
    const fromWhole = says(graphDigest);
    const fromDrawn = says(drawnGraphDigest);
    const as = (format: DiagramFormat) => {
      const from = format === 'svg' ? fromWhole : fromDrawn;
      return from ? { madeFrom: () => `${from()}.${format}`, text: format !== 'png' } : {};
    };
    files.set(`${id}.${extension.svg}`, () => renderSvg(layout, fonts), as('svg'));
    files.set(`${id}.${extension.mermaid}`, () => renderMermaid(layout.graph), as('mermaid'));
    files.set(`${id}.${extension.plantuml}`, () => renderPlantUml(layout.graph, { fontFamily: fonts.faces.family }), as('plantuml'));
    if (pngs) files.setMadeLater(`${id}.${extension.png}`, () => pngs.render(renderSvg(layout, fonts)), as('png'));
  }
  return {
    files,
    views: graphs.length,
    laidOut: stats.laidOut,
    cached: stats.cached,
    computed: views ? views.counts.computed : computed.length + dense.foldedGraphs.length,
    graphs,
    computedLayouts: laidOut.layouts,
    layoutKeys: keyOfLayout,
  };
}

/** Says that Mermaid will not draw the text of `view`, of `size`, when it is over Mermaid's limits. */
function warnOfMermaidLimits(
  view: string,
  size: MermaidSize,
  options: { readonly messageLocale?: string; readonly onWarning?: (message: string) => void },
): void {
  const excesses = mermaidExcesses(size);
  if (excesses.length > 0) options.onWarning?.(wordsFor(options.messageLocale).diagrams.build.mermaidTooLarge({ view, excesses }));
}

/** Views are labelled in the model's default locale where they have no name in theirs. */
function rememberedIdentity(identity: string, model: SemanticModel): string {
  return JSON.stringify([identity, model.defaultLocale]);
}

/**
 * A digest of a laid-out view drawn by `madeWith`: everything a file of it is made from. Made once,
 * when first asked. The graph by `digestOf` (all it says, or what a picture shows; its layout key
 * was found by all it says), and the geometry by its layout key: the build's layout cache holds
 * under that key exactly the geometry drawn, read from there or written there when laid out.
 * (Digesting the geometry itself, as JSON, took 0.3 s per build at national scale.)
 */
function madeFrom(madeWith: string, layout: ViewLayout, layoutKey: string, digestOf: (graph: ViewGraph) => string): () => string {
  let digest: string | undefined;
  return () =>
    (digest ??= createHash('sha256')
      .update(madeWith)
      .update('\0')
      .update(digestOf(layout.graph))
      .update('\0')
      .update(layoutKey)
      .digest('base64url'));
}

/** What `gea diagram` passes so that a view too dense to read as drawn is folded as in a build. */
export interface RenderDiagramOptions extends DenseViewOptions {
  readonly model?: SemanticModel;
  /** Where laid-out views are cached (a build's, `buildsLayoutCache`); none when unset. */
  readonly cacheDir?: string;
  /** Locale of warnings; Mongolian by default. */
  readonly messageLocale?: string;
  /** A Mermaid text Mermaid will not draw, as a build says it; a text written unfolded, that a build may fold. */
  readonly onWarning?: (message: string) => void;
  /** Lays a view out in place of elk (tests watch which views it is called for). */
  readonly layout?: LayoutViewsOptions['layout'];
}

/** The formats whose renderer lays the view out itself: written without elk's coordinates. */
export type TextDiagramFormat = Extract<DiagramFormat, 'mermaid' | 'plantuml' | 'd2'>;

const TEXT_DIAGRAM_FORMATS: ReadonlySet<DiagramFormat> = new Set<TextDiagramFormat>(['mermaid', 'plantuml', 'd2']);

export function isTextDiagramFormat(format: DiagramFormat): format is TextDiagramFormat {
  return TEXT_DIAGRAM_FORMATS.has(format);
}

/**
 * One view in one format, as `gea diagram` writes it. SVG, PNG and JSON are laid out, and a view
 * too dense to read so is folded as a build folds it. Mermaid, PlantUML and D2 are the view as
 * computed, never laid out: a dense view's layout took minutes, for coordinates no text holds
 * (decision 0071); a view a build may fold is said to be written unfolded.
 */
export async function renderDiagram(
  graph: ViewGraph,
  format: DiagramFormat,
  options: RenderDiagramOptions = {},
): Promise<string | Uint8Array> {
  if (isTextDiagramFormat(format)) return renderText(graph, format, options);
  const fonts = loadBundledFonts();
  const laidOut = async (): Promise<ViewLayout> => {
    // In this process: one view (and its folded version) is not worth starting threads for.
    const layOut = async (graphs: readonly ViewGraph[]) =>
      (await layoutViews(graphs, fonts, { cacheDir: options.cacheDir, workers: 1, layout: options.layout })).layouts;
    const layouts = await layOut([graph]);
    return options.model ? (await foldDenseViews(options.model, layouts, layOut, options)).layouts[0]! : layouts[0]!;
  };
  switch (format) {
    case 'json':
      return `${JSON.stringify(await laidOut(), null, 2)}\n`;
    case 'png':
      return await renderPng(renderSvg(await laidOut(), fonts));
    case 'svg':
      return renderSvg(await laidOut(), fonts);
  }
}

function renderText(graph: ViewGraph, format: TextDiagramFormat, options: RenderDiagramOptions): string {
  if (options.model && !graph.aggregated && graph.nodes.length > DENSE_FOLD_ABOVE) {
    options.onWarning?.(wordsFor(options.messageLocale).diagrams.build.textUnfolded({ view: graph.id, nodes: graph.nodes.length }));
  }
  switch (format) {
    case 'plantuml':
      return renderPlantUml(graph, { fontFamily: BUNDLED_FONT_FAMILY });
    case 'd2':
      return renderD2(graph);
    case 'mermaid': {
      const { text, size } = mermaidDrawing(graph);
      warnOfMermaidLimits(graph.id, size, options);
      return text;
    }
  }
}
