// `gea build`: everything gea makes from a workspace, section by section, into the out folder.
import { join, resolve } from 'node:path';
import { compileWorkspace, type Compilation } from '../check/compile.js';
import { findingRecords, summarize, type FindingSummary } from '../report/finding-records.js';
import { findingsJson } from '../report/findings-json.js';
import { findingsSarif } from '../report/findings-sarif.js';
import type { Workspace } from '../workspace/load-workspace.js';
import { buildDiagrams, type DiagramBuildOptions } from './build-diagrams.js';
import { claimOutFolder, replaceSection } from './out-folder.js';

export const SECTIONS = ['diagrams', 'reports'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BuildOptions {
  /** The out folder; the workspace's `out` (relative to it) by default. */
  readonly outDir?: string;
  /** Build only these sections; all by default. */
  readonly only?: readonly Section[];
  readonly png?: boolean;
  readonly noCache?: boolean;
  readonly locale?: string;
  readonly evaluationDate?: string;
  /** gea's version, written into SARIF. */
  readonly toolVersion: string;
  readonly onProgress?: (message: string) => void;
  /** Lays out diagrams in this process with this function (tests). */
  readonly layout?: DiagramBuildOptions['layout'];
}

export interface BuildResult {
  readonly compilation: Compilation;
  readonly outDir: string;
  readonly summary: FindingSummary;
  /** Files written per section. */
  readonly sections: ReadonlyArray<{ readonly section: Section; readonly files: number }>;
  readonly diagrams?: { readonly views: number; readonly laidOut: number; readonly cached: number };
}

export async function buildWorkspace(workspace: Workspace, options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? join(workspace.root, workspace.config.out));
  const compilation = await compileWorkspace(workspace, { evaluationDate: options.evaluationDate, onProgress: options.onProgress });
  const records = findingRecords(compilation);
  const summary = summarize(records, compilation);
  const only = new Set(options.only ?? SECTIONS);
  await claimOutFolder(outDir);
  const sections: Array<{ section: Section; files: number }> = [];
  let diagrams: BuildResult['diagrams'];

  if (only.has('diagrams')) {
    const built = await buildDiagrams(compilation.analysis.model, {
      locale: options.locale,
      png: options.png,
      cacheDir: join(outDir, '.cache', 'layouts'),
      noCache: options.noCache,
      onProgress: options.onProgress,
      layout: options.layout,
    });
    await replaceSection(outDir, 'diagrams', built.files);
    sections.push({ section: 'diagrams', files: built.files.size });
    diagrams = { views: built.views, laidOut: built.laidOut, cached: built.cached };
  }
  if (only.has('reports')) {
    const files = new Map<string, string>([
      ['findings.json', findingsJson(records, summary)],
      ['findings.sarif', findingsSarif(records, { version: options.toolVersion }, workspace)],
    ]);
    await replaceSection(outDir, 'reports', files);
    sections.push({ section: 'reports', files: files.size });
  }
  return { compilation, outDir, summary, sections, diagrams };
}
