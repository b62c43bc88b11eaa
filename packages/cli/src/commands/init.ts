// `gea init [dir]`: a small, valid starter workspace to begin from, and the commands to run next.
import { relative, resolve, sep } from 'node:path';
import { writeStarterWorkspace } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { checkWordLocale, chosenLocale } from '../options.js';
import { shownPath, type Io } from '../terminal.js';

export interface InitOptions {
  readonly locale?: string;
}

export async function init(dir: string, options: InitOptions, io: Io): Promise<number> {
  checkWordLocale(options.locale);
  const locale = chosenLocale(options.locale, io.env);
  const words = wordsFor(locale).cli.init;
  const written = await writeStarterWorkspace(resolve(io.cwd, dir), { locale, shown: (path) => shownPath(io, path) });
  const shown = written.map((file) => relative(io.cwd, file) || file);
  const target = relative(io.cwd, resolve(io.cwd, dir)).split(sep).join('/');
  // `npx gea` finds gea installed in the project (node_modules/.bin) as well as in a gea checkout.
  const steps = [...(target ? [`cd ${shellWord(target)}`] : []), 'npx gea check', 'npx gea build'];
  io.stdout(`${words.wrote({ files: shown })}\n${words.next}\n${steps.map((step) => `  ${step}\n`).join('')}`);
  return 0;
}

/** A path as one shell word: quoted only when it needs to be. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
