// `gea init [dir]`: a small, valid starter workspace to begin from, and the commands to run next.
import { relative, resolve, sep } from 'node:path';
import { writeStarterWorkspace } from '@gea-arch/compiler';
import type { Io } from '../terminal.js';

export async function init(dir: string, io: Io): Promise<number> {
  const written = await writeStarterWorkspace(resolve(io.cwd, dir));
  const shown = written.map((file) => relative(io.cwd, file) || file);
  const target = relative(io.cwd, resolve(io.cwd, dir)).split(sep).join('/');
  // `npx gea` finds gea installed in the project (node_modules/.bin) as well as in a gea checkout.
  const steps = [...(target ? [`cd ${shellWord(target)}`] : []), 'npx gea check', 'npx gea build'];
  io.stdout(`wrote ${shown.join(' and ')}\nnext:\n${steps.map((step) => `  ${step}\n`).join('')}`);
  return 0;
}

/** A path as one shell word: quoted only when it needs to be. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
