// The git repository a workspace lives in: the nearest folder above it holding `.git` (a folder,
// or a file in worktrees and submodules). Found on disk, so no `git` needs to be installed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Absolute path of the repository root holding `folder`, or undefined outside any repository. */
export function findRepositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}
