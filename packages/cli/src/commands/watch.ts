// `gea build --watch`: watches the workspace folder (recursively) and calls back with the changed
// `.gea` files and gea.yaml once changes have settled, one build at a time; changes made during a
// build start the next one. The out folder, node_modules and dot folders are not watched.
import { watch, type FSWatcher } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Workspace } from '@gea-arch/compiler';

/** How long changes must settle before a build starts (editors write a file in several steps). */
export const SETTLE_MS = 200;

export interface WatchOptions {
  readonly stop: AbortSignal;
  /** Builds; resolves with the build's exit code. */
  readonly onChange: (files: string[]) => Promise<number>;
}

/** Resolves with the last build's exit code when `stop` is aborted. */
export function watchWorkspace(workspace: Workspace, options: WatchOptions): Promise<number> {
  const root = resolve(workspace.root);
  const out = resolve(root, workspace.config.out);
  let lastCode = 0;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;

  const relevant = (file: string): boolean => {
    const path = resolve(root, file);
    if (path === out || path.startsWith(`${out}${sep}`)) return false;
    const parts = relative(root, path).split(sep);
    if (parts.some((part) => part === 'node_modules' || part.startsWith('.'))) return false;
    return path.endsWith('.gea') || parts[parts.length - 1] === 'gea.yaml';
  };
  const runBuild = (): void => {
    if (building || pending.size === 0) return;
    const files = [...pending].sort();
    pending = new Set();
    building = options
      .onChange(files)
      .then((code) => void (lastCode = code))
      .finally(() => {
        building = undefined;
        schedule();
      });
  };
  const schedule = (): void => {
    clearTimeout(timer);
    if (pending.size > 0) timer = setTimeout(runBuild, SETTLE_MS);
  };

  return new Promise((done) => {
    const watcher: FSWatcher = watch(root, { recursive: true }, (_event, file) => {
      if (file === null || !relevant(file.toString())) return;
      pending.add(relative(root, resolve(root, file.toString())).split(sep).join('/'));
      schedule();
    });
    const finish = async () => {
      watcher.close();
      clearTimeout(timer);
      await building;
      done(lastCode);
    };
    if (options.stop.aborted) void finish();
    else options.stop.addEventListener('abort', () => void finish(), { once: true });
  });
}
