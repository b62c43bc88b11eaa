// What a section's files held when gea last wrote them: for each file its content's hash, and the
// size and modification time it had on disk (`out/.cache/sections/<section>.json`). A file whose
// new content has the same hash, and which is still as gea left it, stays in place instead of
// being written again: a build that changes one view rewrites that view's files. A file whose
// maker can say what it is made from (a digest of its inputs) stays without being made when that
// is unchanged. A file renamed in place keeps the size and modification time recorded for it.
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { statHere, type FileStat } from './file-stats.js';
import { replaceFile } from './replace-file.js';

/** Path (relative to the section, with `/`) → what it held. */
export type SectionManifest = Map<string, FileRecord>;

export interface FileRecord {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** A digest of what the file was made from, when its maker said (a view's drawing: its layout and gea's code). */
  readonly from?: string;
}

function manifestFile(outDir: string, section: string): string {
  return join(outDir, '.cache', 'sections', `${section}.json`);
}

export function contentHash(content: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  if (typeof content === 'string' || content instanceof Uint8Array) hash.update(content);
  else for (const piece of content) hash.update(piece);
  return hash.digest('base64url');
}

/** The manifest of `section` as gea last committed it; empty when there is none or it cannot be read. */
export async function readManifest(outDir: string, section: string): Promise<SectionManifest> {
  try {
    const entries = JSON.parse(await readFile(manifestFile(outDir, section), 'utf8')) as [string, FileRecord][];
    return new Map(entries);
  } catch {
    return new Map();
  }
}

export async function writeManifest(outDir: string, section: string, manifest: SectionManifest): Promise<void> {
  const file = manifestFile(outDir, section);
  await mkdir(join(file, '..'), { recursive: true });
  // Files are recorded as their writes finish; the manifest lists them by path whatever that order
  // (paths sorted as strings without a comparator: the order of `byCodeUnits`).
  const paths = [...manifest.keys()].sort();
  await replaceFile(file, JSON.stringify(paths.map((path) => [path, manifest.get(path)])));
}

/** A file gea wrote whose content nothing vouches for: no file on disk has its size, so it is made again. */
const UNVOUCHED: FileRecord = { hash: '', size: -1, mtimeMs: -1 };

/**
 * Forgets what `section`'s files held, but not which are gea's (those recorded and `written`): the
 * next build makes every file again and compares it with the one in place, and still removes only
 * the files gea wrote (decision 0072).
 */
export async function distrustManifest(outDir: string, section: string, written: Iterable<string>): Promise<void> {
  const paths = new Set([...(await readManifest(outDir, section)).keys(), ...written]);
  if (paths.size === 0) return rm(manifestFile(outDir, section), { force: true });
  await writeManifest(outDir, section, new Map([...paths].map((path) => [path, UNVOUCHED])));
}

/** Paths in the order of their UTF-16 code units: the same order on every machine and locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What `path` holds on disk now, given the hash of what was written to it (and what it was made from). */
export function recordOf(path: string, hash: string, from?: string): FileRecord {
  const stats = lstatSync(path);
  return { hash, size: stats.size, mtimeMs: stats.mtimeMs, ...(from === undefined ? {} : { from }) };
}

/** Whether the file at `path` is still what `record` says gea wrote there, and holds `hash`. */
export function isAsRecorded(path: string, record: FileRecord | undefined, hash: string): record is FileRecord {
  return record !== undefined && record.hash === hash && isUnchangedSince(path, record);
}

/** Whether the file at `path` is untouched since gea wrote what `record` says. */
export function isUnchangedSince(path: string, record: FileRecord): boolean {
  return isUnchangedAs(statHere(path), record);
}

/** Whether a file with `stat` (undefined: no file) is untouched since gea wrote what `record` says. */
export function isUnchangedAs(stat: FileStat | undefined, record: FileRecord): boolean {
  return stat !== undefined && stat.size === record.size && stat.mtimeMs === record.mtimeMs;
}
