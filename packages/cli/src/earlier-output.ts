// What `-o FILE` held before a command ran. A run that fails removes it, so that a CI step that
// publishes FILE anyway (`if: always()`) does not publish an earlier run's output as this one's; a
// run that succeeds replaces it whole (writeFileAtomically), so no run leaves half a file (decision 0072).
import { lstat, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { printable, wordsFor } from '@gea-arch/core';
import { askedLocale } from './asked-locale.js';
import { namedAsInput, RefusedOutputTarget } from './output-target.js';
import { OutputError, shownPath, type Io } from './terminal.js';

/** The file at the target when the run began, as the file system tells one file from another. */
interface EarlierFile {
  readonly path: string;
  readonly device: number;
  readonly inode: number;
  readonly modified: number;
  readonly size: number;
}

export interface EarlierOutputOptions {
  /** `-o` as given; nothing is done without it. */
  readonly output: string | undefined;
  /** The workspace targets as given (folders, a gea.yaml, .gea files): never removed. */
  readonly inputs: readonly string[];
  readonly locale: string | undefined;
}

/**
 * Runs `command`; when it fails, removes the file that was at `-o` before it ran, unless this run
 * replaced it or the target was refused. A symbolic link, a folder, a source or settings file (by
 * name, or given as the workspace) are never removed, not before the workspace is read either.
 */
export async function removingEarlierOutput<T>(options: EarlierOutputOptions, io: Io, command: () => Promise<T>): Promise<T> {
  const earlier = await earlierFile(options, io);
  try {
    return await command();
  } catch (error) {
    if (!earlier || error instanceof RefusedOutputTarget || !(await removeUnchanged(earlier))) throw error;
    if (error instanceof OutputError) throw new OutputError(error.path, error.code, true);
    const words = wordsFor(askedLocale(options.locale, io.env));
    io.stderr(`gea: ${printable(words.cli.usage.removedEarlierResults({ path: shownPath(io, earlier.path) }))}\n`);
    throw error;
  }
}

async function earlierFile({ output, inputs }: EarlierOutputOptions, io: Io): Promise<EarlierFile | undefined> {
  if (output === undefined) return undefined;
  const path = resolve(io.cwd, output);
  if (namedAsInput(path) || inputs.some((input) => resolve(io.cwd, input) === path)) return undefined;
  const found = await lstat(path).catch(() => undefined);
  // A symbolic link is the user's: neither it nor the file it names is removed (decision 0065).
  if (!found?.isFile()) return undefined;
  return { path, device: found.dev, inode: found.ino, modified: found.mtimeMs, size: found.size };
}

/** Removes `earlier` if the same file is still there unchanged; whether it did. */
async function removeUnchanged(earlier: EarlierFile): Promise<boolean> {
  const found = await lstat(earlier.path).catch(() => undefined);
  const unchanged =
    found?.isFile() &&
    found.dev === earlier.device &&
    found.ino === earlier.inode &&
    found.mtimeMs === earlier.modified &&
    found.size === earlier.size;
  if (!unchanged) return false;
  // What cannot be removed is left: the error that stopped the run is what the reader must see.
  return rm(earlier.path).then(
    () => true,
    () => false,
  );
}
