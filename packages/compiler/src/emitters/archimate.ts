// The archimate section: the model as an Open Group ArchiMate exchange file, `out/archimate/model.xml`,
// its views laid out as the diagrams section lays them out (the same views, findings marked, so
// they share its layout cache and a warm build lays nothing out); and the same file for `gea
// export archimate`. A build keeps each generated view's diagram as it wrote it (kept-diagrams.ts)
// and writes it again from there while it is made from the same.
import { join } from 'node:path';
import { computeViews, type Finding, type SemanticModel } from '@gea-arch/core';
import type { ViewLayout } from '@gea-arch/diagrams';
import { loadBundledFonts, type LayoutViewsOptions } from '@gea-arch/diagrams/node';
import { exchangeOfModel, exchangeXmlPieces } from '../archimate/index.js';
import { toolIdentity } from '../build/build-stamp.js';
import { KeptDiagramFiles } from '../build/kept-diagrams.js';
import { layoutCacheIn } from '../build/layout-cache-folder.js';
import type { EmitOptions, Emitter } from './emitter.js';
import { layOutViews } from './lay-out-views.js';

export const ARCHIMATE_FILE = 'model.xml';

export const archimateEmitter: Emitter = {
  id: 'archimate',
  section: 'archimate',
  formats: [{ id: 'xml', extension: 'xml', built: 'always' }],
  command: 'export',
  reuses: ['diagrams'],
  async emit({ compilation, cacheDir, options, onProgress, emitted }) {
    const built = await buildArchimate(compilation.analysis.model, {
      layouts: emitted.get('diagrams')?.layouts,
      layoutKeys: emitted.get('diagrams')?.layoutKeys,
      name: compilation.workspace.config.name,
      findings: compilation.analysis.findings,
      locale: options.locale,
      messageLocale: options.messageLocale,
      cacheDir: layoutCacheIn(cacheDir),
      noCache: options.noCache,
      layout: options.layout,
      layoutPool: options.layoutPool,
      onProgress,
      keptDiagrams: { folder: join(cacheDir, 'archimate'), madeWith: toolIdentity(options.toolVersion) },
    });
    return {
      files: new Map([[ARCHIMATE_FILE, built.xml]]),
      stats: { elements: built.elements, relationships: built.relationships, views: built.views },
    };
  },
};

export interface ArchimateBuildOptions {
  /** The model's name (gea.yaml `name`). */
  readonly name?: string;
  /** The model's findings, marked on the views as the diagrams section marks them. */
  readonly findings?: readonly Finding[];
  /** Locale of the diagrams' titles and of the text the layout measures; the model's default by default. */
  readonly locale?: string;
  /** Locale of progress messages. */
  readonly messageLocale?: string;
  /** Where laid-out views are cached (the diagrams section's cache); none when unset. */
  readonly cacheDir?: string;
  readonly noCache?: boolean;
  readonly layout?: LayoutViewsOptions['layout'];
  readonly layoutPool?: EmitOptions['layoutPool'];
  readonly onProgress?: (message: string) => void;
  /** The views as the diagrams section laid them out in this build (the same views): not laid out again. */
  readonly layouts?: readonly ViewLayout[];
  /** Each of `layouts`' key in the layout cache. */
  readonly layoutKeys?: ReadonlyMap<ViewLayout, string>;
  /**
   * Where a build keeps the diagrams it writes (kept-diagrams.ts), and which gea writes them: a
   * generated view's diagram made from the same as one kept there is not made again (unless `noCache`).
   */
  readonly keptDiagrams?: { readonly folder: string; readonly madeWith: string };
}

export interface ArchimateBuild {
  /** The exchange file in UTF-8, in pieces to be written one after another (joined, a national model's would be in memory twice). */
  readonly xml: readonly Uint8Array[];
  readonly elements: number;
  readonly relationships: number;
  readonly views: number;
}

export async function buildArchimate(model: SemanticModel, options: ArchimateBuildOptions = {}): Promise<ArchimateBuild> {
  const laidOut = options.layouts ? { layouts: options.layouts, keys: options.layoutKeys } : await layoutsOf(model, options);
  const layouts = laidOut.layouts;
  // A key stands for the geometry gea lays out under it, not for what a layout function given instead draws.
  const keys = options.layout === undefined ? laidOut.keys : undefined;
  const kept =
    options.keptDiagrams &&
    new KeptDiagramFiles(options.keptDiagrams.folder, options.keptDiagrams.madeWith, !options.noCache, (layout) => keys?.get(layout));
  const exchange = exchangeOfModel(model, { name: options.name, layouts, kept });
  const xml = exchangeXmlPieces(exchange, { onDiagramWritten: kept && ((diagram, bytes) => kept.keep(diagram.madeFrom!, bytes)) });
  kept?.prune();
  return {
    xml,
    elements: exchange.elements.length,
    relationships: exchange.relationships.length,
    views: exchange.diagrams.length,
  };
}

/** The views of `model`, findings marked, laid out as the diagrams section lays them out, and their keys. */
async function layoutsOf(
  model: SemanticModel,
  options: ArchimateBuildOptions,
): Promise<{ layouts: readonly ViewLayout[]; keys: ReadonlyMap<ViewLayout, string> }> {
  const graphs = computeViews(model, { locale: options.locale, findings: options.findings });
  const { layouts, keys } = await layOutViews(graphs, loadBundledFonts(), options);
  return { layouts, keys: new Map(layouts.map((layout, index) => [layout, keys[index]!])) };
}
