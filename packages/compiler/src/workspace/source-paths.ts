// Whether a path below a workspace's root is one of its sources, as the glob of `gea check` finds
// them (gea.yaml `sources`, node_modules and the out folder skipped), for a single path: a file
// that appears in the language server, a file at a git revision.
import picomatch from 'picomatch';
import type { WorkspaceConfig } from './config.js';

/** The out folder below the root, with `/` and no trailing one. */
export function outFolder(config: WorkspaceConfig): string {
  return config.out.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** Globs of what holds no source: node_modules and the out folder. */
export function notSources(config: WorkspaceConfig): string[] {
  return ['**/node_modules/**', `${outFolder(config)}/**`];
}

/** A test of relative paths (with `/`) against the workspace's `sources`. */
export function sourcePaths(config: WorkspaceConfig): (path: string) => boolean {
  const matches = picomatch([...config.sources], { dot: false });
  const skipped = picomatch(notSources(config));
  return (path) => path.endsWith('.gea') && matches(path) && !skipped(path);
}
