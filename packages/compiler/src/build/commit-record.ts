// A build puts its staged sections in place with renames, one section after another; a build killed
// between two of them leaves some sections (or files of a section) new and others old. Before the
// first rename it writes which sections it is putting in place and how (`.commit.1234.json`, whole
// or not at all), and removes the record once they all are. The next build finishes the moves a
// record names before anything else, so the out folder becomes what the killed build had made
// rather than staying a mix (decision 0034). Every step here may find its move done already.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { replaceFile } from './replace-file.js';
import { distrustManifest } from './section-manifest.js';
import { filesUnder, foldersHolding, kindAt, pathIn, removeEmptyFolders } from './section-folders.js';

/** Paths relative to the section, with `/`. */
export interface SectionUpdate {
  /** Staged, to be renamed over (or beside) the files in place. */
  readonly replaced: readonly string[];
  /** In place, no longer made. */
  readonly removed: readonly string[];
}

/** A section being put in place: swapped whole, or updated file by file. */
export interface CommittedSection {
  readonly section: string;
  readonly update?: SectionUpdate;
}

/** `.diagrams.1234.new`: the section staged by the build in process `pid`. */
export const stagingFolder = (root: string, section: string, pid: number): string => join(root, `.${section}.${pid}.new`);

/** `.diagrams.1234.old`: what that build moved out of the section's way, removed once it is in place. */
export const retiredFolder = (root: string, section: string, pid: number): string => join(root, `.${section}.${pid}.old`);

const commitRecord = (root: string, pid: number): string => join(root, `.commit.${pid}.json`);

/** A record of the build in process 1234, or what was being written of it. */
export const COMMIT_RECORD = /^\.commit\.(\d+)\.json(\.\d+-\d+\.tmp)?$/;

export async function writeCommitRecord(root: string, sections: readonly CommittedSection[]): Promise<void> {
  const record = sections.map(({ section, update }) => (update ? { section, update } : { section }));
  await replaceFile(commitRecord(root, process.pid), JSON.stringify(record));
}

export async function removeCommitRecord(root: string): Promise<void> {
  await rm(commitRecord(root, process.pid), { force: true });
}

/**
 * Finishes the commit the build in process `pid` recorded and did not end: each section it names
 * whose staging folder is still there is put in place, and its manifest distrusted (the files it
 * records may not be the ones in place), so the next build compares it afresh; which files are
 * gea's is kept: those recorded, those the update put in place, all of a section swapped in whole.
 */
export async function finishCommit(root: string, pid: number): Promise<void> {
  const file = commitRecord(root, pid);
  let sections: CommittedSection[] = [];
  try {
    sections = JSON.parse(await readFile(file, 'utf8')) as CommittedSection[];
  } catch {
    // Unreadable: nothing to finish here; the next build's comparison with the files in place puts them right.
  }
  for (const { section, update } of sections) {
    const staging = stagingFolder(root, section, pid);
    const target = join(root, section);
    if (existsSync(staging)) {
      if (update) await finishUpdate(staging, target, update);
      else await finishSwap(staging, target, retiredFolder(root, section, pid));
    }
    const written = update ? update.replaced : await filesUnder(target).catch(() => []);
    await distrustManifest(root, section, written);
  }
  await rm(file, { force: true });
}

async function finishSwap(staging: string, target: string, retired: string): Promise<void> {
  if (existsSync(target)) {
    await rm(retired, { recursive: true, force: true });
    await rename(target, retired);
  }
  await rename(staging, target);
}

/** Moves in every staged file still in `staging` and removes what is no longer made; what was moved aside is left for the leftovers. */
async function finishUpdate(staging: string, target: string, { replaced, removed }: SectionUpdate): Promise<void> {
  for (const path of removed) if (kindAt(pathIn(target, path)) === 'file') await rm(pathIn(target, path), { force: true });
  await removeEmptyFolders(target, foldersHolding(removed));
  for (const path of replaced) {
    const from = pathIn(staging, path);
    if (!existsSync(from)) continue;
    const to = pathIn(target, path);
    // A folder that gives way to a file holds only files no longer made.
    if (kindAt(to) === 'folder') await rm(to, { recursive: true, force: true });
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
  await rm(staging, { recursive: true, force: true });
}
