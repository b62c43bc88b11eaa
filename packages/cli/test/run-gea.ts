// Runs the CLI in-process with captured output, as a terminal-less caller would see it. Tests read
// English unless they set GEA_LOCALE (or pass --locale) themselves.
import { run } from '../src/main.js';
import type { Io } from '../src/terminal.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An Io without a terminal that keeps what is written; `output` reads it so far. */
export function capturedIo(
  cwd = process.cwd(),
  env: Record<string, string | undefined> = {},
): { io: Io; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { GEA_LOCALE: 'en', ...env },
    cwd,
  };
  return { io, output: () => ({ stdout, stderr }) };
}

export async function gea(args: readonly string[], cwd = process.cwd(), env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const { io, output } = capturedIo(cwd, env);
  const code = await run(args, io);
  return { code, ...output() };
}
