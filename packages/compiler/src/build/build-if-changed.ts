// `gea build` when the out folder may already hold what it would write: the stamp is checked with
// this module and the workspace loader alone; the compiler, Langium and the emitters are loaded
// only when there is something to build.
import { buildStamp, diagramsOf, outFolder, stampedReport } from './build-stamp.js';
import type { BuildOptions, BuildOutcome } from './build-workspace.js';
import type { Workspace } from '../workspace/load-workspace.js';

/**
 * Builds unless the out folder holds a build of the same sources with the same options and gea
 * (its stamp): then says again what that build said — its warnings through `onWarning`, every view
 * from the layout cache, none computed — and writes nothing. `noCache` always builds.
 */
export async function buildIfChanged(workspace: Workspace, options: BuildOptions): Promise<BuildOutcome> {
  const stamp = await buildStamp(workspace, options);
  const recorded = options.noCache ? undefined : await stampedReport(outFolder(workspace, options), stamp);
  if (!recorded) return (await import('./build-workspace.js')).buildStamped(workspace, options, stamp);
  for (const warning of recorded.warnings) options.onWarning?.(warning);
  const sections = recorded.sections.map((section) =>
    section.section === 'diagrams' && section.stats
      ? { ...section, stats: { ...section.stats, laidOut: 0, cached: section.stats.views!, computed: 0 } }
      : section,
  );
  return { ...recorded, outDir: outFolder(workspace, options), sections, ...diagramsOf(sections) };
}
