// Paths inside a section, as an update moves its files: what is at a path, and the folders a
// removal may leave empty.
import { lstatSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodeUnits } from './section-manifest.js';

/** `path` (relative to a section, with `/`) inside `folder`. */
export function pathIn(folder: string, path: string): string {
  return join(folder, ...path.split('/'));
}

export function kindAt(path: string): 'file' | 'folder' | undefined {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** The folders the files at `paths` are in, and theirs, up to the section's. */
export function foldersHolding(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth > 0; depth--) folders.add(parts.slice(0, depth).join('/'));
  }
  return folders;
}

/** Those of `folders` under `root` that hold nothing now, deepest first; a folder that still holds something stays. */
export async function removeEmptyFolders(root: string, folders: Iterable<string>): Promise<void> {
  const deepestFirst = [...new Set(folders)].sort((a, b) => b.split('/').length - a.split('/').length || byCodeUnits(a, b));
  for (const folder of deepestFirst) await rmdir(pathIn(root, folder)).catch(() => undefined);
}
