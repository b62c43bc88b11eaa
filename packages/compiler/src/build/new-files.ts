// New files put into a folder whole or not at all (`gea import`), staged the way a build stages a
// section of its out folder (./out-folder.ts): a folder that is not there yet is written beside
// itself and renamed into place; one that is (the current folder) gets the files staged inside it
// and moved in one by one, every move undone and every folder made removed when one fails. A
// failure leaves nothing new behind.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { stagingFolder } from './commit-record.js';
import { MoveJournal } from './move-journal.js';
import { pathIn } from './section-folders.js';

/** A file or folder that could not be written, and the system's error code. */
export class NewFilesError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path}: ${code}`);
    this.name = 'NewFilesError';
  }
}

/** `.import.1234.new`: the staging folder inside a folder that is there already. */
const STAGING_NAME = 'import';

/** Writes `files` (relative path with `/` → text) into `folder`; none of them may be there yet. */
export async function writeNewFiles(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const root = resolve(folder);
  const there = existsSync(root);
  const staging = there ? stagingFolder(root, STAGING_NAME, process.pid) : stagingFolder(dirname(root), basename(root), process.pid);
  const journal = new MoveJournal();
  // The first folder on each way that mkdir made: removed again if the files cannot all be put in place.
  const made: string[] = [];
  const makeFolder = async (path: string) => {
    const first = await mkdir(path, { recursive: true });
    if (first) made.push(first);
  };
  let target = root;
  try {
    await makeFolder(dirname(staging));
    await rm(staging, { recursive: true, force: true });
    for (const [path, text] of files) {
      const file = pathIn(staging, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, { flag: 'wx' });
    }
    if (!there) await journal.move(staging, root);
    else {
      for (const path of [...files.keys()].sort()) {
        target = pathIn(root, path);
        await makeFolder(dirname(target));
        // A rename would replace a file that appeared since the caller looked.
        if (existsSync(target)) throw Object.assign(new Error(target), { code: 'EEXIST' });
        await journal.move(pathIn(staging, path), target);
      }
    }
  } catch (error) {
    await journal.undo();
    await rm(staging, { recursive: true, force: true });
    for (const folder of made.reverse()) await rm(folder, { recursive: true, force: true });
    const failed = error as NodeJS.ErrnoException;
    // A folder that could not be made names what is in the way (a file where it should be).
    const path = failed.syscall === 'mkdir' && failed.path && !failed.path.startsWith(staging) ? failed.path : target;
    throw new NewFilesError(path, failed.code ?? String(error));
  }
  await rm(staging, { recursive: true, force: true });
}
