// The archimate section: the model as an Open Group ArchiMate exchange file, `out/archimate/model.xml`,
// its views laid out as the diagrams section lays them out (sharing its layout cache); and the same
// file for `gea export archimate`.
import { join } from 'node:path';
import { computeViews, wordsFor, type SemanticModel } from '@gea-arch/core';
import { layoutViews, loadBundledFonts, type LayoutViewsOptions } from '@gea-arch/diagrams/node';
import { exchangeOfModel, writeExchangeXml } from '../archimate/index.js';
import type { EmitOptions, Emitter } from './emitter.js';
import { sayingLayoutFailures } from './layout-failure.js';

export const ARCHIMATE_FILE = 'model.xml';

export const archimateEmitter: Emitter = {
  id: 'archimate',
  section: 'archimate',
  formats: [{ id: 'xml', extension: 'xml', built: 'always' }],
  command: 'export',
  async emit({ compilation, cacheDir, options, onProgress }) {
    const built = await buildArchimate(compilation.analysis.model, {
      name: compilation.workspace.config.name,
      locale: options.locale,
      messageLocale: options.messageLocale,
      cacheDir: join(cacheDir, 'layouts'),
      noCache: options.noCache,
      layout: options.layout,
      layoutPool: options.layoutPool,
      onProgress,
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
}

export interface ArchimateBuild {
  readonly xml: string;
  readonly elements: number;
  readonly relationships: number;
  readonly views: number;
}

export async function buildArchimate(model: SemanticModel, options: ArchimateBuildOptions = {}): Promise<ArchimateBuild> {
  const fonts = loadBundledFonts();
  const words = wordsFor(options.messageLocale).diagrams.build;
  const { layouts } = await sayingLayoutFailures(
    layoutViews(computeViews(model, { locale: options.locale }), fonts, {
      ...options.layoutPool,
      cacheDir: options.cacheDir,
      noCache: options.noCache,
      layout: options.layout,
      onStart: (view, done, total) => options.onProgress?.(words.layingOut({ view, done, total })),
    }),
    options.messageLocale,
  );
  const exchange = exchangeOfModel(model, { name: options.name, layouts });
  return {
    xml: writeExchangeXml(exchange),
    elements: exchange.elements.length,
    relationships: exchange.relationships.length,
    views: exchange.diagrams.length,
  };
}
