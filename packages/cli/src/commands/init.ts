// `gea init [dir]`: a small, valid starter workspace to begin from.
import { relative, resolve } from 'node:path';
import { writeStarterWorkspace } from '@gea-arch/compiler';
import type { Io } from '../terminal.js';

export async function init(dir: string, io: Io): Promise<number> {
  const written = await writeStarterWorkspace(resolve(io.cwd, dir));
  const shown = written.map((file) => relative(io.cwd, file) || file);
  const target = relative(io.cwd, resolve(io.cwd, dir)) || '.';
  io.stdout(`wrote ${shown.join(' and ')}\nnext: gea check ${target}\n`);
  return 0;
}
