// Paths inside a section, as an update moves its files: what is at a path, and the folders a
// removal may leave empty, and every file under a folder.
import { lstatSync } from 'node:fs';
import { readdir, rmdir } from 'node:fs/promises';
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

/** Every file under `folder` (not the folders), relative to it with `/`. */
export async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  // Each folder's subfolders are listed at once: a spec folder per interface is 8 000 folders.
  const walk = async (path: string, relative: string): Promise<void> => {
    const entries = await readdir(path, { withFileTypes: true });
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) below.push(walk(join(path, entry.name), name));
      else found.push(name);
    }
    await Promise.all(below);
  };
  await walk(folder, '');
  return found;
}
