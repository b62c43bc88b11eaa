// The out folder: gea writes every section (`diagrams/`, `reports/`, …) of a build into staging
// folders beside them and swaps them all into place only once every emitter has succeeded, so a
// build that fails or is killed midway leaves the previous output as it was. It marks the folders
// it creates, refuses to write into a non-empty folder it did not create, and deletes only the
// sections and staging folders it made.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { wordsFor, type WordTable } from '@gea-arch/core';
import { WorkspaceError } from '../workspace/load-workspace.js';

export const OUT_MARKER = '.gea-out';

/** Files of one section, by path relative to the section folder (with `/`). */
export type SectionFiles = ReadonlyMap<string, string | Uint8Array>;

/** A section written into its staging folder, waiting to be swapped in. */
export interface StagedSection {
  readonly section: string;
  readonly staging: string;
}

/** How files are written; tests pass one that fails. */
export interface OutFileSystem {
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
}

const NODE_FILE_SYSTEM: OutFileSystem = { writeFile: (path, content) => writeFile(path, content) };

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

/** Writes a section's files into a staging folder beside it. A write that fails is a WorkspaceError naming the file. */
export async function stageSection(
  outDir: string,
  section: string,
  files: SectionFiles,
  fileSystem: OutFileSystem = NODE_FILE_SYSTEM,
): Promise<StagedSection> {
  const staging = join(resolve(outDir), `.${section}.${process.pid}.new`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = join(staging, ...path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await fileSystem.writeFile(file, content);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw cannotWrite(join(resolve(outDir), section), error);
  }
  return { section, staging };
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
