// The git repository a workspace lives in: the nearest folder above it holding `.git` (a folder,
// or a file in worktrees and submodules). Found on disk, so no `git` needs to be installed, and
// from the real path, as git finds it: a workspace opened through a symbolic link is still where
// the repository keeps it, so code scanning finds its files.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface RepositoryLocation {
  /** Absolute real path of the repository root (where `.git` is). */
  readonly root: string;
  /** The folder's path from the repository root, with `/` ('' at the root). */
  readonly path: string;
}

/** Where `folder` is in its git repository, or undefined outside any repository. */
export function locateInRepository(folder: string): RepositoryLocation | undefined {
  const real = realPath(folder);
  for (let current = real; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return { root: current, path: relative(current, real).split(sep).join('/') };
    if (dirname(current) === current) return undefined;
  }
}

/** The path with every symbolic link on it resolved; the path itself when it cannot be (it is gone). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
