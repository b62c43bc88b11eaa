// The out folder: gea writes each section (`diagrams/`, `reports/`, …) into a temporary folder and
// swaps it into place, so a failed build never leaves half a section; it marks the folders it
// creates and refuses to write into a non-empty folder it did not create.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { wordsFor, type WordTable } from '@gea-arch/core';
import { WorkspaceError } from '../workspace/load-workspace.js';

export const OUT_MARKER = '.gea-out';

/** Files of one section, by path relative to the section folder (with `/`). */
export type SectionFiles = ReadonlyMap<string, string | Uint8Array>;

/** Makes sure `outDir` is gea's: created and marked when missing or empty, refused (in `words`) when someone else's. */
export async function claimOutFolder(outDir: string, words: WordTable['diagrams']['build'] = wordsFor('en').diagrams.build): Promise<void> {
  const root = resolve(outDir);
  if (existsSync(root)) {
    const entries = await readdir(root);
    if (entries.includes(OUT_MARKER)) return;
    if (entries.length > 0) {
      throw new WorkspaceError(words.outFolderNotOurs({ folder: outDir }));
    }
  }
  await mkdir(root, { recursive: true });
  await writeFile(join(root, OUT_MARKER), 'This folder is written by gea; gea replaces what is in it on every build.\n');
}

/** Replaces `outDir/section` with exactly `files`, all at once. */
export async function replaceSection(outDir: string, section: string, files: SectionFiles): Promise<void> {
  const root = resolve(outDir);
  const target = join(root, section);
  const staging = join(root, `.${section}.${process.pid}.new`);
  const retired = join(root, `.${section}.${process.pid}.old`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = join(staging, ...path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    if (existsSync(target)) await rename(target, retired);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(retired)) await rename(retired, target);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}
