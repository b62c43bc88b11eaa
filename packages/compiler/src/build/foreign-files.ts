// Files in a section of the out folder that gea did not write (a `CNAME` put in out/site/, notes in
// out/diagrams/): a build leaves them in place and warns of each once. Which gea wrote is what the
// section's manifest records; which were warned of is kept beside it, in
// `out/.cache/sections/<section>.foreign.json` (decision 0072).
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from './replace-file.js';

/** What a section holds that gea did not write, by path in the section (with `/`), in code-unit order. */
export interface ForeignFiles {
  readonly paths: readonly string[];
  /** Those no earlier build warned of. */
  readonly unsaid: readonly string[];
  /** Whether the record of those warned of is to change (files came or went). */
  readonly changed: boolean;
}

function saidFile(outDir: string, section: string): string {
  return join(outDir, '.cache', 'sections', `${section}.foreign.json`);
}

/** The foreign files of `section` earlier builds warned of; none when there is no record or it cannot be read. */
export async function readSaidForeign(outDir: string, section: string): Promise<ReadonlySet<string>> {
  try {
    return new Set(JSON.parse(await readFile(saidFile(outDir, section), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

/** `paths` (sorted) against those warned of before. */
export function foreignFiles(paths: readonly string[], said: ReadonlySet<string>): ForeignFiles {
  const unsaid = paths.filter((path) => !said.has(path));
  return { paths, unsaid, changed: unsaid.length > 0 || paths.length !== said.size };
}

/** Records that the build warned of `foreign` (all the section holds now), or forgets the record when there are none. */
export async function recordSaidForeign(outDir: string, section: string, foreign: ForeignFiles): Promise<void> {
  if (!foreign.changed) return;
  const file = saidFile(outDir, section);
  if (foreign.paths.length === 0) return rm(file, { force: true });
  await mkdir(join(file, '..'), { recursive: true });
  await replaceFile(file, JSON.stringify(foreign.paths));
}
