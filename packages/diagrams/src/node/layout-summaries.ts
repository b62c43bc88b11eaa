// What a build needs of a cached layout it does not draw again, remembered by its key: how readable
// it is (a build folds the views too dense to read), its plan and warnings, and the size and time
// of its cache file. The national model's 1 015 cached layouts are 28 MB of JSON, 0.4 s to read and
// 70 MB of heap carried through the build, while an edit draws a handful of views again; a view
// whose cache file is as the last build left it is read only when something draws it
// (lazy-layout.ts). Like the remembered keys, the file holds for the code that wrote it only.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ViewGraph } from '@gea-arch/core';
import { detachGraph } from '../layout/layout-geometry.js';
import type { ViewLayout } from '../layout/types.js';
import { measureReadability, type Readability } from '../quality/readability.js';
import { cacheFilePath, readsBack } from './layout-cache.js';
import { lazyLayout } from './lazy-layout.js';
import { readLinesFile, writeLinesFile } from './lines-file.js';

/** Not `.json`: the layout cache's pruning keeps only the layouts' own files of that name. */
const FILE = 'summaries-by-key.jsonl';

export interface LayoutSummary {
  /** The cache file's size in bytes and when it was last written (ms): a file that differs is read and checked. */
  readonly size: number;
  readonly modified: number;
  readonly readability: Readability;
  readonly plan?: string;
  readonly warnings?: readonly string[];
}

const READABILITY_MEASURES = [
  'width',
  'height',
  'aspect',
  'edges',
  'edgesThroughNodes',
  'crossings',
  'crossingsPerEdge',
  'bendsPerEdge',
  'smallestTextAtA3',
] as const satisfies readonly (keyof Readability)[];

/**
 * The summaries of the last build's layouts by key; `write` keeps those this build used (`used`),
 * for the next.
 */
export class LayoutSummaries {
  private readonly used = new Map<string, ViewLayout | LayoutSummary>();
  private forgotten = false;

  private constructor(
    private readonly cacheDir: string,
    private readonly identity: string,
    private readonly known: ReadonlyMap<string, LayoutSummary>,
  ) {}

  /** The summaries remembered in `cacheDir` by code of `identity`; none when it was other code or nothing can be read. */
  static read(cacheDir: string, identity: string): LayoutSummaries {
    const known = new Map<string, LayoutSummary>();
    for (const line of readLinesFile(join(cacheDir, FILE), identity)) {
      const entry = parsed(line);
      if (entry) known.set(entry.key, entry.summary);
    }
    return new LayoutSummaries(cacheDir, identity, known);
  }

  /**
   * The layout of `graph` cached under `key`, its geometry read when first asked (lazy-layout.ts),
   * while its file is as it was when summarized; used by this build.
   */
  layoutOf(graph: ViewGraph, key: string): ViewLayout | undefined {
    const summary = this.summaryOf(key);
    if (!summary) return undefined;
    this.use(key, summary);
    return lazyLayout(graph, this.cacheDir, key, summary, () => this.forget());
  }

  private summaryOf(key: string): LayoutSummary | undefined {
    const summary = this.known.get(key);
    if (!summary) return undefined;
    try {
      const stat = statSync(cacheFilePath(this.cacheDir, key));
      return stat.size === summary.size && stat.mtimeMs === summary.modified ? summary : undefined;
    } catch {
      return undefined;
    }
  }

  /** This build draws `layout`, cached under `key` (summarized when written, unless summarized already). */
  use(key: string, layout: ViewLayout | LayoutSummary): void {
    if (!this.used.has(key)) this.used.set(key, layout);
  }

  /** A cached layout was not as summarized: nothing is remembered, now or by `write`. */
  forget(): void {
    this.forgotten = true;
    rmSync(join(this.cacheDir, FILE), { force: true });
  }

  /** Writes the summaries of the layouts used, for the next build. */
  write(): void {
    if (this.forgotten) return;
    const lines: string[] = [];
    for (const [key, used] of this.used) {
      const summary = 'readability' in used ? used : this.summarize(key, used);
      if (!summary) continue;
      const readability = READABILITY_MEASURES.map((measure) => finite(summary.readability[measure]));
      lines.push(JSON.stringify({ key, ...summary, readability }));
    }
    writeLinesFile(join(this.cacheDir, FILE), this.identity, lines);
  }

  private summarize(key: string, layout: ViewLayout): LayoutSummary | undefined {
    // Only what the cache would read back: a view whose file it would not is laid out again.
    if (!readsBack(detachGraph(layout), layout.graph)) return undefined;
    try {
      const stat = statSync(cacheFilePath(this.cacheDir, key));
      return {
        size: stat.size,
        modified: stat.mtimeMs,
        readability: measureReadability(layout),
        ...(layout.plan !== undefined ? { plan: layout.plan } : {}),
        ...(layout.warnings !== undefined ? { warnings: layout.warnings } : {}),
      };
    } catch {
      // Its file is gone: nothing to remember it by.
      return undefined;
    }
  }
}

/** JSON has no infinity: a view without text is smallest at infinity, written null. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** One line of the file, or undefined when it is not one gea wrote. */
function parsed(line: string): { key: string; summary: LayoutSummary } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, size, modified, readability, plan, warnings } = value as Record<string, unknown>;
  if (typeof key !== 'string' || !isNumber(size) || !isNumber(modified)) return undefined;
  if (!Array.isArray(readability) || readability.length !== READABILITY_MEASURES.length) return undefined;
  if (!readability.every((measure) => measure === null || isNumber(measure))) return undefined;
  if (plan !== undefined && typeof plan !== 'string') return undefined;
  if (warnings !== undefined && !(Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string'))) return undefined;
  const measures = Object.fromEntries(
    READABILITY_MEASURES.map((measure, index) => [measure, (readability[index] as number | null) ?? Number.POSITIVE_INFINITY]),
  ) as unknown as Readability;
  return {
    key,
    summary: {
      size,
      modified,
      readability: measures,
      ...(plan !== undefined ? { plan } : {}),
      ...(warnings !== undefined ? { warnings: warnings as string[] } : {}),
    },
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
