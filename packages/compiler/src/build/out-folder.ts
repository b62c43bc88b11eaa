// The out folder: gea writes every section (`diagrams/`, `reports/`, …) of a build into staging
// folders beside them and swaps them all into place only once every emitter has succeeded, so a
// build that fails or is killed midway leaves the previous output as it was. It marks the folders
// it creates, refuses to write into a non-empty folder it did not create, and deletes only the
// sections and staging folders it made. A file whose content did not change since the last build
// is hard-linked into the staging folder rather than written again (./section-manifest.ts).
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { wordsFor, type WordTable } from '@gea-arch/core';
import { WorkspaceError } from '../workspace/load-workspace.js';
import { FileOperations } from './file-operations.js';
import {
  byCodeUnits,
  contentHash,
  isAsRecorded,
  isUnchangedSince,
  readManifest,
  recordOf,
  writeManifest,
  type SectionManifest,
} from './section-manifest.js';

export const OUT_MARKER = '.gea-out';

/**
 * Files of one section, by path relative to the section folder (with `/`). Some may be made
 * elsewhere (lazy-files.ts: PNGs drawn in worker threads); staging reads those through `read`,
 * several at once.
 */
export type SectionFiles = ReadonlyMap<string, string | Uint8Array> & {
  readonly read?: (path: string) => Promise<string | Uint8Array | undefined>;
  readonly madeElsewhere?: (path: string) => boolean;
  /** A digest of everything the file is made from, when known without making it (lazy-files.ts). */
  readonly madeFrom?: (path: string) => string | undefined;
  /** Told where staging linked a file it did not make (its digest as recorded), for later sections that read it. */
  readonly linkedAs?: (path: string, file: string) => void;
};

/** Files made elsewhere that staging asks for at once: enough to keep every CPU busy, few enough to hold. */
const MADE_AT_ONCE = availableParallelism();

/** Files written or linked at once while the next is made: enough to keep libuv's four threads busy. */
const OPERATIONS_AT_ONCE = 16;

/** A section written into its staging folder, waiting to be swapped in. */
export interface StagedSection {
  readonly section: string;
  readonly staging: string;
  /** What its files hold, recorded once it is in place. */
  readonly manifest?: SectionManifest;
}

export interface StageOptions {
  /** Hard-link the files whose content is what the current section holds, untouched since gea wrote them. */
  readonly reuse?: boolean;
  /** Record what the section's files hold once it is in place, for the next build to reuse. */
  readonly record?: boolean;
  /** Told how many files are staged, of how many, as staging goes. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How files are written; tests pass one that fails. */
export interface OutFileSystem {
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  /** Hard-links a file; without it every file is written. */
  readonly link?: (existing: string, path: string) => Promise<void>;
}

const NODE_FILE_SYSTEM: OutFileSystem = { writeFile: (path, content) => writeFile(path, content), link };

/** `.diagrams.1234.new` / `.diagrams.1234.old`: staging and retired sections of the build in process 1234. */
const BUILD_LEFTOVER = /^\.[^.]+\.(\d+)\.(new|old)$/;

/**
 * Makes sure `outDir` is gea's: created and marked when missing or empty, refused (in `words`) when
 * someone else's. Staging folders left by builds that were killed are removed.
 */
export async function claimOutFolder(outDir: string, words: WordTable['diagrams']['build'] = wordsFor('en').diagrams.build): Promise<void> {
  const root = resolve(outDir);
  if (existsSync(root)) {
    const entries = await readdir(root);
    if (entries.includes(OUT_MARKER)) {
      await removeLeftovers(root, entries);
      return;
    }
    if (entries.length > 0) {
      throw new WorkspaceError(words.outFolderNotOurs({ folder: outDir }));
    }
  }
  await mkdir(root, { recursive: true });
  await writeFile(join(root, OUT_MARKER), 'This folder is written by gea; gea replaces what is in it on every build.\n');
}

/**
 * Writes a section's files into a staging folder beside it (hard-links those unchanged, with
 * `reuse`). A write that fails is a WorkspaceError naming the file.
 */
export async function stageSection(
  outDir: string,
  section: string,
  files: SectionFiles,
  fileSystem: OutFileSystem = NODE_FILE_SYSTEM,
  { reuse = false, record = false, onProgress }: StageOptions = {},
): Promise<StagedSection> {
  const root = resolve(outDir);
  const staging = join(root, `.${section}.${process.pid}.new`);
  const current = join(root, section);
  const linkFile = reuse ? fileSystem.link : undefined;
  const previous = linkFile ? await readManifest(root, section) : new Map();
  const manifest: SectionManifest = new Map();
  const folders = new Map<string, Promise<unknown>>();
  const operations = new FileOperations(OPERATIONS_AT_ONCE);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    const paths = [...files.keys()].sort(byCodeUnits);
    const inCurrent = (path: string): string => join(current, ...path.split('/'));
    const into = async (path: string): Promise<string> => {
      const file = join(staging, ...path.split('/'));
      const folder = dirname(file);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      return file;
    };
    // A file made from the same inputs as the one in place is linked without being made again.
    const sameInputs = (path: string): boolean => {
      const from = linkFile ? files.madeFrom?.(path) : undefined;
      const recorded = previous.get(path);
      return from !== undefined && recorded?.from === from && isUnchangedSince(inCurrent(path), recorded);
    };
    const made: string[] = [];
    const notLinked: string[] = [];
    for (const path of paths) {
      if (!sameInputs(path)) {
        made.push(path);
        continue;
      }
      await operations.start(async () => {
        const file = await into(path);
        if (await linked(linkFile!, inCurrent(path), file)) {
          manifest.set(path, previous.get(path)!);
          files.linkedAs?.(path, file);
        } else notLinked.push(path);
      });
    }
    await operations.finish();
    // Where the file system has no hard links, they are made and written like the rest.
    if (notLinked.length > 0) {
      made.push(...notLinked);
      made.sort(byCodeUnits);
    }
    // The rest are read when about to be written: a section's files may be made on demand (lazy-files.ts).
    const ahead = readAhead(files, made);
    const linkedFirst = paths.length - made.length;
    for (const [index, path] of made.entries()) {
      onProgress?.(linkedFirst + index, paths.length);
      const next = (await ahead.next()).value!;
      // Encoded once, for the hash and the write alike (each would encode a string again).
      const content = typeof next === 'string' ? Buffer.from(next, 'utf8') : next;
      await operations.start(async () => {
        const file = await into(path);
        const from = files.madeFrom?.(path);
        const hash = linkFile || record ? contentHash(content) : '';
        const unchanged = inCurrent(path);
        const recorded = previous.get(path);
        if (linkFile && isAsRecorded(unchanged, recorded, hash) && (await linked(linkFile, unchanged, file))) {
          manifest.set(path, from === undefined ? recorded : { ...recorded, from });
        } else {
          await fileSystem.writeFile(file, content);
          if (record) manifest.set(path, recordOf(file, hash, from));
        }
      });
    }
    await operations.finish();
  } catch (error) {
    await operations.settle();
    await rm(staging, { recursive: true, force: true });
    throw cannotWrite(current, error);
  }
  return { section, staging, ...(record ? { manifest } : {}) };
}

/**
 * The contents of `paths` in order. Files made here are made when their turn comes; those made
 * elsewhere are asked for ahead, `MADE_AT_ONCE` at a time, so that they are made in parallel.
 */
async function* readAhead(files: SectionFiles, paths: readonly string[]): AsyncGenerator<string | Uint8Array> {
  const read = async (path: string): Promise<string | Uint8Array> => (await (files.read ? files.read(path) : files.get(path)))!;
  const asked = new Map<number, Promise<string | Uint8Array>>();
  let next = 0;
  for (let index = 0; index < paths.length; index++) {
    for (; next < paths.length; next++) {
      if (next < index || !files.madeElsewhere?.(paths[next]!)) continue;
      if (asked.size >= MADE_AT_ONCE) break;
      const made = read(paths[next]!);
      // Awaited in turn; a failure is thrown then, never reported as unhandled before.
      made.catch(() => undefined);
      asked.set(next, made);
    }
    const content = asked.get(index) ?? read(paths[index]!);
    asked.delete(index);
    yield await content;
  }
}

/** Hard-links `from` to `to`; false where the file system has no hard links. */
async function linked(linkFile: NonNullable<OutFileSystem['link']>, from: string, to: string): Promise<boolean> {
  try {
    await linkFile(from, to);
    return true;
  } catch {
    return false;
  }
}

/** Swaps staged sections into place, each with two renames, and removes the sections they replace. */
export async function commitSections(outDir: string, staged: readonly StagedSection[]): Promise<void> {
  const root = resolve(outDir);
  const retired: string[] = [];
  try {
    for (const { section, staging } of staged) {
      const target = join(root, section);
      const old = join(root, `.${section}.${process.pid}.old`);
      if (existsSync(target)) {
        await rename(target, old);
        retired.push(old);
      }
      await rename(staging, target);
    }
  } catch (error) {
    await discardStaged(staged);
    throw cannotWrite(root, error);
  }
  for (const old of retired) await rm(old, { recursive: true, force: true });
  for (const { section, manifest } of staged) if (manifest) await writeManifest(root, section, manifest);
}

/** Removes staging folders that will not be committed (a later emitter failed). */
export async function discardStaged(staged: readonly StagedSection[]): Promise<void> {
  for (const { staging } of staged) await rm(staging, { recursive: true, force: true });
}

/** Replaces `outDir/section` with exactly `files`, all at once. */
export async function replaceSection(outDir: string, section: string, files: SectionFiles, fileSystem?: OutFileSystem): Promise<void> {
  await commitSections(outDir, [await stageSection(outDir, section, files, fileSystem)]);
}

async function removeLeftovers(root: string, entries: readonly string[]): Promise<void> {
  for (const entry of entries) {
    const match = BUILD_LEFTOVER.exec(entry);
    if (match && !isRunning(Number(match[1]))) await rm(join(root, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cannotWrite(path: string, error: unknown): Error {
  if (error instanceof WorkspaceError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new WorkspaceError((words) => words.cli.workspace.cannotWrite({ path, reason: words.cli.workspace.writeReasons[code] ?? code }));
}
