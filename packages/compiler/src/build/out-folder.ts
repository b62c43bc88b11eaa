// The out folder: gea writes every section (`diagrams/`, `reports/`, …) of a build into staging
// folders beside them and puts them in place only once every emitter has succeeded, so a build
// that fails or is killed while it makes its files leaves the previous output as it was. It marks
// the folders it creates, refuses to write into a non-empty folder it did not create, and deletes
// only the files and staging folders it made: a file in a section that gea did not write is left
// (./foreign-files.ts). A section the last build recorded (its manifest, ./section-manifest.ts) is
// updated in place: only the files whose content changed are staged, then renamed over the old
// ones, and the files no longer made are removed. Other sections are staged whole and swapped in
// with two renames, unless that would take files gea did not write: then they are updated too.
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { wordsFor, type WordTable } from '@gea-arch/core';
import { LayoutFailure } from '@gea-arch/diagrams/node';
import { WorkspaceError } from '../workspace/load-workspace.js';
import {
  COMMIT_RECORD,
  finishCommit,
  removeCommitRecord,
  retiredFolder,
  stagingFolder,
  writeCommitRecord,
  type SectionUpdate,
} from './commit-record.js';
import { FileOperations } from './file-operations.js';
import { foreignFiles, readSaidForeign, recordSaidForeign, type ForeignFiles } from './foreign-files.js';
import { statFiles } from './file-stats.js';
import { MoveJournal, type Move, type Rename } from './move-journal.js';
import { filesUnder, foldersHolding, kindAt, pathIn, removeEmptyFolders } from './section-folders.js';
import {
  byCodeUnits,
  contentHash,
  type FileRecord,
  isAsRecorded,
  isUnchangedAs,
  readManifest,
  recordOf,
  writeManifest,
  type SectionManifest,
} from './section-manifest.js';

export const OUT_MARKER = '.gea-out';

/** A file's content: text (written as UTF-8), bytes, or bytes in pieces written one after another. */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/**
 * Files of one section, by path relative to the section folder (with `/`). Some may be made
 * elsewhere (lazy-files.ts: PNGs drawn in worker threads); staging reads those through `read`,
 * several at once.
 */
export type SectionFiles = ReadonlyMap<string, FileContent> & {
  readonly read?: (path: string) => Promise<FileContent | undefined>;
  readonly madeElsewhere?: (path: string) => boolean;
  /** A digest of everything the file is made from, when known without making it (lazy-files.ts). */
  readonly madeFrom?: (path: string) => string | undefined;
  /** Told where a file staging did not make is (its digest as recorded), for later sections that read it. */
  readonly keptAs?: (path: string, file: string) => void;
};

/** Files made elsewhere that staging asks for at once: enough to keep every CPU busy, few enough to hold. */
const MADE_AT_ONCE = availableParallelism();

/** Files written, moved or removed at once while the next is made: enough to keep libuv's four threads busy. */
const OPERATIONS_AT_ONCE = 16;

/** A section written into its staging folder, waiting to be put in place. */
export interface StagedSection {
  readonly section: string;
  readonly staging: string;
  /** Bytes of the files made (not those kept in place unchanged): what the emitter's output weighed. */
  readonly made: number;
  /** What its files hold, recorded once it is in place. */
  readonly manifest?: SectionManifest;
  /** Set when the section in place is updated rather than replaced: what changes in it. */
  readonly update?: SectionUpdate;
  /** What the section in place holds that gea did not write, left where it is; unset for a new section. */
  readonly foreign?: ForeignFiles;
}

export type { SectionUpdate } from './commit-record.js';

export interface StageOptions {
  /** Keep the files in place whose content is what the last build recorded, untouched since gea wrote them. */
  readonly reuse?: boolean;
  /** Record what the section's files hold once it is in place, for the next build to reuse. */
  readonly record?: boolean;
  /** Told how many files are staged, of how many, as staging goes. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How files are written and moved into place; tests pass one that fails. */
export interface OutFileSystem {
  readonly writeFile: (path: string, content: Uint8Array | readonly Uint8Array[]) => Promise<void>;
  readonly rename?: Rename;
}

const NODE_FILE_SYSTEM: OutFileSystem = { writeFile: (path, content) => writeFile(path, content), rename };

/** `.diagrams.1234.new` / `.diagrams.1234.old`: staging and retired sections of the build in process 1234. */
const BUILD_LEFTOVER = /^\.[^.]+\.(\d+)\.(new|old)$/;

/**
 * Makes sure `outDir` is gea's: created and marked when missing or empty, refused (in `words`) when
 * someone else's. Staging folders and half-written records left by builds that were killed are removed.
 */
export async function claimOutFolder(outDir: string, words: WordTable['diagrams']['build'] = wordsFor('en').diagrams.build): Promise<void> {
  const root = resolve(outDir);
  if (existsSync(root)) {
    // A file where the out folder should be (or on its way) is a folder gea cannot write.
    const entries = await readdir(root).catch((error: unknown) => {
      throw cannotWrite(outDir, error);
    });
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
 * Writes a section's files into a staging folder beside it: all of them, or with `reuse` and a
 * manifest of the section in place, only those whose content changed. A write that fails is a
 * WorkspaceError naming the file.
 */
export async function stageSection(
  outDir: string,
  section: string,
  files: SectionFiles,
  fileSystem: OutFileSystem = NODE_FILE_SYSTEM,
  { reuse = false, record = false, onProgress }: StageOptions = {},
): Promise<StagedSection> {
  const root = resolve(outDir);
  const staging = stagingFolder(root, section, process.pid);
  const current = join(root, section);
  const exists = existsSync(current);
  // What gea wrote in the section, whether or not its files are reused.
  const written = exists ? await readManifest(root, section) : new Map<string, FileRecord>();
  const previous = reuse ? written : new Map<string, FileRecord>();
  // Updated in place where the last build said what the section held, or where it holds files gea did not write.
  const updating = previous.size > 0 && exists;
  // Listed while the files are made: whatever is in place and not made any more is removed if gea
  // wrote it, and left if not.
  const inPlace = exists ? filesUnder(current) : undefined;
  inPlace?.catch(() => undefined);
  const said = exists ? readSaidForeign(root, section) : undefined;
  const manifest: SectionManifest = new Map();
  const replaced: string[] = [];
  const folders = new Map<string, Promise<unknown>>();
  const operations = new FileOperations(OPERATIONS_AT_ONCE);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    // Sorted as strings without a comparator: the order of `byCodeUnits`, quicker (44 against 54–84 ms for 39 000 paths).
    const paths = [...files.keys()].sort();
    const inCurrent = (path: string): string => pathIn(current, path);
    const into = async (path: string): Promise<string> => {
      const file = pathIn(staging, path);
      const folder = dirname(file);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      return file;
    };
    // A file made from the same inputs as the one in place stays, without being made again, if it
    // is as gea left it: the files in place are looked at (in a worker) while the digests are made.
    const recordedPaths = updating && files.madeFrom ? paths.filter((path) => previous.get(path)?.from !== undefined) : [];
    const inPlaceStats = statFiles(recordedPaths.map(inCurrent));
    const sameInputs = new Set(recordedPaths.filter((path) => files.madeFrom?.(path) === previous.get(path)?.from));
    const statOf = new Map((await inPlaceStats).map((stat, index) => [recordedPaths[index], stat]));
    const made: string[] = [];
    for (const path of paths) {
      const recorded = previous.get(path);
      if (recorded === undefined || !sameInputs.has(path) || !isUnchangedAs(statOf.get(path), recorded)) {
        made.push(path);
        continue;
      }
      manifest.set(path, recorded);
      files.keptAs?.(path, inCurrent(path));
    }
    // The rest are read when about to be written: a section's files may be made on demand (lazy-files.ts).
    const ahead = readAhead(files, made);
    const keptFirst = paths.length - made.length;
    let madeBytes = 0;
    for (const [index, path] of made.entries()) {
      onProgress?.(keptFirst + index, paths.length);
      const next = (await ahead.next()).value!;
      // Encoded once, for the hash and the write alike (each would encode a string again).
      const content = typeof next === 'string' ? Buffer.from(next, 'utf8') : next;
      madeBytes += byteLength(content);
      const from = files.madeFrom?.(path);
      const hash = updating || record ? contentHash(content) : '';
      const recorded = previous.get(path);
      if (updating && isAsRecorded(inCurrent(path), recorded, hash)) {
        manifest.set(path, from === undefined ? recorded : { ...recorded, from });
        continue;
      }
      replaced.push(path);
      await operations.start(async () => {
        const file = await into(path);
        await fileSystem.writeFile(file, content);
        if (record) manifest.set(path, recordOf(file, hash, from));
      });
    }
    await operations.finish();
    const staged = { section, staging, made: madeBytes, ...(record ? { manifest } : {}) };
    if (!inPlace) return staged;
    const wanted = new Set(paths);
    const left = (await inPlace).filter((path) => !wanted.has(path)).sort(byCodeUnits);
    const removed = left.filter((path) => written.has(path));
    const foreign = foreignFiles(
      left.filter((path) => !written.has(path)),
      await said!,
    );
    // Swapped whole only when that takes nothing gea did not write.
    if (!updating && foreign.paths.length === 0) return { ...staged, foreign };
    return { ...staged, update: { replaced, removed }, foreign };
  } catch (error) {
    await operations.settle();
    await rm(staging, { recursive: true, force: true });
    throw cannotWrite(current, error);
  }
}

function byteLength(content: Uint8Array | readonly Uint8Array[]): number {
  if (content instanceof Uint8Array) return content.byteLength;
  let bytes = 0;
  for (const piece of content) bytes += piece.byteLength;
  return bytes;
}

/**
 * The contents of `paths` in order. Files made here are made when their turn comes; those made
 * elsewhere are asked for ahead, `MADE_AT_ONCE` at a time, so that they are made in parallel.
 */
async function* readAhead(files: SectionFiles, paths: readonly string[]): AsyncGenerator<FileContent> {
  const read = async (path: string): Promise<FileContent> => (await (files.read ? files.read(path) : files.get(path)))!;
  const asked = new Map<number, Promise<FileContent>>();
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

/**
 * Puts staged sections in place: a section staged whole is swapped in with two renames; a section
 * staged as an update has the files it replaces or no longer makes moved aside and its staged files
 * moved in. When a move fails, every move made for every section is undone, last first, so the out
 * folder is as it was (decision 0027); what cannot be moved back is said, folder by folder, and
 * left with the commit record for the next build to finish. What was moved aside is removed once
 * every section is in place. The moves are recorded first: a build killed among them leaves a mix
 * that the next build finishes (./commit-record.ts).
 */
export async function commitSections(
  outDir: string,
  staged: readonly StagedSection[],
  fileSystem: OutFileSystem = NODE_FILE_SYSTEM,
): Promise<void> {
  const root = resolve(outDir);
  const journal = new MoveJournal(fileSystem.rename);
  const retired: string[] = [];
  try {
    await writeCommitRecord(root, staged);
    for (const { section, staging, update } of staged) {
      const target = join(root, section);
      const old = retiredFolder(root, section, process.pid);
      retired.push(old);
      if (update) await applyUpdate(staging, target, old, update, journal);
      else {
        if (existsSync(target)) await journal.move(target, old);
        await journal.move(staging, target);
      }
    }
  } catch (error) {
    const stuck = await journal.undo();
    if (stuck.length > 0) throw notRestored(root, staged, stuck, error);
    for (const old of retired) await rm(old, { recursive: true, force: true });
    await discardStaged(staged);
    // What failed may be the record itself: the failure said is the first one.
    await removeCommitRecord(root).catch(() => undefined);
    throw cannotWrite(root, error);
  }
  for (const old of retired) await rm(old, { recursive: true, force: true });
  await discardStaged(staged);
  for (const { section, manifest, foreign } of staged) {
    if (manifest) await writeManifest(root, section, manifest);
    if (foreign) await recordSaidForeign(root, section, foreign);
  }
  await removeCommitRecord(root);
}

/**
 * Moves the files `update` replaces or removes from `target` into `aside`, then its staged files
 * from `staging` into `target`, each move noted in `journal` for the caller to undo.
 */
async function applyUpdate(
  staging: string,
  target: string,
  aside: string,
  { replaced, removed }: SectionUpdate,
  journal: MoveJournal,
): Promise<void> {
  const folders = new Set<string>();
  const move = async (from: string, to: string): Promise<void> => {
    const folder = dirname(to);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await journal.move(from, to);
  };
  const operations = new FileOperations(OPERATIONS_AT_ONCE);
  try {
    // Aside first: a file may give way to a folder of the same name, or a folder to a file.
    const foldersReplaced: string[] = [];
    for (const path of [...removed, ...replaced]) {
      await operations.start(async () => {
        const kind = kindAt(pathIn(target, path));
        if (kind === 'file') await move(pathIn(target, path), pathIn(aside, path));
        else if (kind === 'folder') foldersReplaced.push(path);
      });
    }
    await operations.finish();
    await removeEmptyFolders(target, [...foldersHolding(removed), ...foldersReplaced]);
    for (const path of replaced) await operations.start(() => move(pathIn(staging, path), pathIn(target, path)));
    await operations.finish();
  } catch (error) {
    // Nothing may still be moving when the caller moves everything back.
    await operations.settle();
    throw error;
  }
}

/**
 * A failed commit that could not all be undone: for each section a move back failed in, which of
 * its folders (in place, staged, moved aside) hold new files and which previous ones.
 */
function notRestored(root: string, staged: readonly StagedSection[], stuck: readonly Move[], error: unknown): Error {
  if (error instanceof WorkspaceError || error instanceof LayoutFailure) return error;
  const under = (path: string, folder: string): boolean => path === folder || path.startsWith(folder + sep);
  const held: { folder: string; holds: 'new' | 'previous' }[] = [];
  for (const { section, staging } of staged) {
    const target = join(root, section);
    const aside = retiredFolder(root, section, process.pid);
    const touched = stuck.filter(({ from, to }) => [target, aside, staging].some((folder) => under(from, folder) || under(to, folder)));
    if (touched.length === 0) continue;
    if (touched.some(({ to }) => under(to, target))) held.push({ folder: target, holds: 'new' });
    if (holdsFiles(staging)) held.push({ folder: staging, holds: 'new' });
    if (holdsFiles(aside)) held.push({ folder: aside, holds: 'previous' });
  }
  return new WorkspaceError((words) => {
    const { notRestored: said, holdsNew, holdsPrevious } = words.cli.workspace;
    const folders = held.map(({ folder, holds }) => (holds === 'new' ? holdsNew : holdsPrevious)({ folder }));
    return said({ path: root, reason: writeReason(words, error), folders: folders.join('; ') });
  });
}

function holdsFiles(folder: string): boolean {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true }).some((entry) => !entry.isDirectory());
  } catch {
    return false;
  }
}

/** Removes staging folders that will not be committed (a later emitter failed). */
export async function discardStaged(staged: readonly StagedSection[]): Promise<void> {
  for (const { staging } of staged) await rm(staging, { recursive: true, force: true });
}

/** Replaces what gea wrote in `outDir/section` with exactly `files`, all at once, and records them as gea's. */
export async function replaceSection(outDir: string, section: string, files: SectionFiles, fileSystem?: OutFileSystem): Promise<void> {
  await commitSections(outDir, [await stageSection(outDir, section, files, fileSystem, { record: true })]);
}

/** What builds that were killed left: their unfinished commits are finished, their staging folders removed. */
async function removeLeftovers(root: string, entries: readonly string[]): Promise<void> {
  let finished = false;
  for (const entry of entries) {
    const match = COMMIT_RECORD.exec(entry);
    if (match && !match[2] && !isRunning(Number(match[1]))) {
      await finishCommit(root, Number(match[1]));
      finished = true;
    }
  }
  for (const entry of finished ? await readdir(root) : entries) {
    const match = BUILD_LEFTOVER.exec(entry) ?? COMMIT_RECORD.exec(entry);
    if (match && !isRunning(Number(match[1]))) await rm(join(root, entry), { recursive: true, force: true });
  }
  await removeTemporaries(join(root, CACHE_FOLDER));
}

/** The folder of what a build keeps for the next (stamp, manifests, layouts), in the out folder. */
export const CACHE_FOLDER = '.cache';

/** `sections/site.json.1234-0.tmp`: a record the thread 0 of process 1234 was writing (replace-file.ts, the layout cache). */
const TEMPORARY = /\.(\d+)-\d+\.tmp$/;

/** Removes, in `folder` and the folders in it, the temporary files of processes no longer running. */
async function removeTemporaries(folder: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await removeTemporaries(path);
    const match = TEMPORARY.exec(entry.name);
    if (match && entry.isFile() && !isRunning(Number(match[1]))) await rm(path, { force: true });
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
  // A view that could not be drawn is no trouble writing: the build says it as such.
  if (error instanceof WorkspaceError || error instanceof LayoutFailure) return error;
  return new WorkspaceError((words) => words.cli.workspace.cannotWrite({ path, reason: writeReason(words, error) }));
}

/** Why a write failed, in `words` where they say it, else the system's error code. */
function writeReason(words: WordTable, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return words.cli.workspace.writeReasons[code] ?? code;
}
