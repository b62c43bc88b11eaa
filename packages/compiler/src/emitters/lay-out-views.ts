// The views laid out as a build lays them out: the build's worker pool and layout cache, progress
// naming each view, a worker that fails said in the build's words. The diagrams and ArchiMate
// sections both draw through this.
import { wordsFor, type ViewGraph } from '@gea-arch/core';
import type { Fonts } from '@gea-arch/diagrams';
import {
  layoutViews,
  type LayoutKeys,
  type LayoutSummaries,
  type LayoutViewsOptions,
  type LayoutViewsResult,
} from '@gea-arch/diagrams/node';
import type { EmitOptions } from './emitter.js';
import { sayingLayoutFailures } from './layout-failure.js';

export interface BuildLayoutOptions {
  readonly messageLocale?: string;
  readonly cacheDir?: string;
  readonly noCache?: boolean;
  readonly onProgress?: (message: string) => void;
  readonly layout?: LayoutViewsOptions['layout'];
  readonly layoutPool?: EmitOptions['layoutPool'];
  /** How each view's layout key is found; computed by default. */
  readonly keys?: LayoutKeys;
  /** What the last build knew of its cached layouts: those unchanged are read only when drawn. */
  readonly summaries?: LayoutSummaries;
}

/** `graphs` laid out with `fonts` (those the drawings will be rendered with). */
export function layOutViews(graphs: readonly ViewGraph[], fonts: Fonts, options: BuildLayoutOptions): Promise<LayoutViewsResult> {
  const words = wordsFor(options.messageLocale).diagrams.build;
  return sayingLayoutFailures(
    layoutViews(graphs, fonts, {
      ...options.layoutPool,
      cacheDir: options.cacheDir,
      noCache: options.noCache,
      layout: options.layout,
      keys: options.keys,
      summaries: options.summaries,
      onStart: (view, done, total) => options.onProgress?.(words.layingOut({ view, done, total })),
    }),
    options.messageLocale,
  );
}
