// What the CLI knows about where it writes: colour only on a terminal without NO_COLOR, progress
// only for work that takes over a second (elsewhere, as in a CI log, a line every ten seconds),
// output files written whole or not at all, paths shown from the current folder.
import { chmod, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';

export interface Io {
  readonly stdout: (text: string) => void;
  /** Binary output (a PNG to a pipe). */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour on a terminal, unless NO_COLOR is set to something (no-color.org: an empty one does not count) or TERM is dumb. */
export function useColor(io: Io, tty: boolean): boolean {
  return tty && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** A path as the user can click or type it where they are: relative to the current folder, with `/`. */
export function shownPath(io: Io, path: string): string {
  return (relative(io.cwd, resolve(io.cwd, path)) || '.').split(sep).join('/');
}

/** Writes beside the target and renames, so a reader never sees half a file. */
export async function writeFileAtomically(path: string, content: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  // Through a symbolic link to the file it names, keeping that file's permissions, as `>` would.
  const target = await realpath(resolve(path)).catch(() => resolve(path));
  const mode = await stat(target).then(
    (found) => (found.isFile() ? found.mode & 0o7777 : undefined),
    () => undefined,
  );
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    // Tidying up must not hide why the write failed.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError(target, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/** An output file that could not be written; the previous one, if any, is left as it was unless `earlierRemoved`. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    /** Whether what an earlier run left at `path` was removed (a `-o` of a run that failed, decision 0072). */
    readonly earlierRemoved = false,
  ) {
    super(`cannot write ${path}: ${code}`);
  }
}

/** Where standard error is not a terminal (a CI log), a progress line at most this often. */
export const PROGRESS_LOG_EVERY_MS = 10_000;

/**
 * Progress on stderr once work has taken a second: on a terminal one line, rewritten; elsewhere
 * (a CI log) a line every ten seconds, so a long build shows it is alive without filling the log.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private logged = this.started;
  private drawn = 0;

  constructor(private readonly io: Io) {}

  update(message: string): void {
    const now = Date.now();
    if (!this.io.stderrIsTty) {
      if (now - this.logged < PROGRESS_LOG_EVERY_MS) return;
      this.logged = now;
      this.io.stderr(`${message}…\n`);
      return;
    }
    // A terminal redraws a tenth of a second at most: staging reports every file (68 000 at national scale).
    if (now - this.started < 1000 || now - this.drawn < 100) return;
    this.drawn = now;
    this.io.stderr(`\r\u001b[2K${message}…`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.io.stderr('\r\u001b[2K');
    this.shown = false;
  }
}
