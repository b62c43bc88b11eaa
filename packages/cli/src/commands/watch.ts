// `gea build --watch`: watches every folder of the workspace (but the out folder, node_modules and
// dot folders) and calls back with the changed `.gea` files and gea.yaml once changes have
// settled, one build at a time; changes made during a build start the next one. Each folder has
// its own watcher (not one recursive watcher over the root, which trips over the out folder's
// staging folders appearing and vanishing); a new folder is watched as soon as it appears.
import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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
  const skipped = (folder: string, name: string) => name === 'node_modules' || name.startsWith('.') || join(folder, name) === out;
  let lastCode = 0;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;

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
  const changed = (path: string): void => {
    const name = path.slice(path.lastIndexOf(sep) + 1);
    if (!name.endsWith('.gea') && name !== 'gea.yaml') return;
    pending.add(relative(root, path).split(sep).join('/'));
    schedule();
  };

  const watchers = new Map<string, FSWatcher>();
  let initial = true;
  const scan = (): void => {
    for (const [folder, watcher] of watchers) {
      if (!existsSync(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    const visit = (folder: string): void => {
      const fresh = !watchers.has(folder);
      if (fresh) {
        const watcher = watch(folder, (event, file) => {
          if (file === null) return;
          changed(join(folder, file.toString()));
          if (event === 'rename') scan();
        });
        // A folder removed under its watcher: forget it (the next scan watches what is there).
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watchers.set(folder, watcher);
      }
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory() && !skipped(folder, entry.name)) visit(join(folder, entry.name));
        // A folder that appeared after the start may have been filled before its watcher was.
        else if (fresh && !initial && entry.isFile()) changed(join(folder, entry.name));
      }
    };
    visit(root);
    initial = false;
  };

  return new Promise((done) => {
    scan();
    const finish = async () => {
      for (const watcher of watchers.values()) watcher.close();
      clearTimeout(timer);
      await building;
      done(lastCode);
    };
    if (options.stop.aborted) void finish();
    else options.stop.addEventListener('abort', () => void finish(), { once: true });
  });
}
