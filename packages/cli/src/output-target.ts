// Where `-o FILE` may write: never over what a workspace is read from. A command's output replaces
// its target whole, so `gea check -o m.gea` (or a glob typo, `-o *.gea`) would replace the model
// with its findings; every command with `-o FILE` asks here first (decision 0065).
import { basename, resolve } from 'node:path';
import type { Workspace } from '@gea-arch/compiler';
import { realPath } from '@gea-arch/compiler/check';
import { shownPath, type Io } from './terminal.js';
import { UsageError } from './usage-error.js';

/** A `-o` refused because writing there would replace a source or settings file. */
export class RefusedOutputTarget extends UsageError {}

/**
 * The file `-o` names, as an absolute path; a RefusedOutputTarget (exit 2) when it is one of the
 * files `workspace` is read from, or is named as a source (`*.gea`) or settings (`gea.yaml`) are —
 * also through a symbolic link, which the write would follow.
 */
export function outputTarget(option: string | undefined, io: Io, workspace: Workspace): string | undefined {
  if (option === undefined) return undefined;
  const target = resolve(io.cwd, option);
  const real = realPath(target);
  const path = shownPath(io, target);
  // A source reached through another link is caught by its name below: every source is a .gea file.
  const { configFile } = workspace;
  const read = new Set([
    ...(configFile ? [configFile, realPath(configFile)] : []),
    ...workspace.files.map((file) => resolve(workspace.root, file)),
  ]);
  if (read.has(target) || read.has(real)) throw new RefusedOutputTarget((words) => words.cli.usage.outputIsInput({ path }));
  if (namedAsInput(target) || namedAsInput(real)) throw new RefusedOutputTarget((words) => words.cli.usage.outputNamedAsInput({ path }));
  return target;
}

/** Whether a file is named as a workspace reads it: a source (`.gea`) or settings (`gea.yaml`), in any case. */
export function namedAsInput(path: string): boolean {
  const name = basename(path).toLowerCase();
  return name.endsWith('.gea') || name === 'gea.yaml';
}
