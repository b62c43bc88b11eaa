// A cache file of lines headed by the identity of the code that wrote it (remembered values, layout
// summaries): read by that code only, and replaced whole, so that a reader never sees half of it.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The lines below the header when `identity` wrote `path`; none when other code did or it cannot be read. */
export function readLinesFile(path: string, identity: string): string[] {
  try {
    const [first, ...lines] = readFileSync(path, 'utf8').split('\n');
    return first === JSON.stringify(identity) ? lines : [];
  } catch {
    return [];
  }
}

/** Replaces `path` with `lines` headed by `identity`; a file that cannot be written is left unwritten. */
export function writeLinesFile(path: string, identity: string, lines: readonly string[]): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, `${[JSON.stringify(identity), ...lines].join('\n')}\n`);
    renameSync(temporary, path);
  } catch {
    // Not remembered: the next build does without.
    rmSync(temporary, { force: true });
  }
}
