// Finds the workspace a command was given (a folder, a gea.yaml, or .gea files), reads its
// settings and lists its source files in a stable order.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_CONFIG, parseConfig, type WorkspaceConfig } from './config.js';

export interface Workspace {
  /** Absolute path of the workspace folder. */
  readonly root: string;
  /** Absolute path of gea.yaml, when there is one. */
  readonly configFile?: string;
  readonly config: WorkspaceConfig;
  /** Source files relative to `root`, with `/`, in code-unit order (the "source order" of files). */
  readonly files: readonly string[];
}

/** A problem with what the command was given: no such path, no sources. Exit code 2. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

export const CONFIG_FILE = 'gea.yaml';

export async function loadWorkspace(targets: readonly string[] = ['.'], cwd = process.cwd()): Promise<Workspace> {
  const paths = (targets.length > 0 ? targets : ['.']).map((target) => resolve(cwd, target));
  const kinds = await Promise.all(paths.map(kindOf));
  paths.forEach((path, index) => {
    if (kinds[index] === 'missing') throw new WorkspaceError(`no such file or folder: ${relative(cwd, path) || path}`);
  });

  if (paths.length === 1 && kinds[0] === 'folder') return fromFolder(paths[0]!);
  if (paths.length === 1 && isYaml(paths[0]!)) return fromConfig(paths[0]!);

  const folders = paths.filter((_, index) => kinds[index] === 'folder');
  if (folders.length > 0) {
    throw new WorkspaceError('give one workspace folder, one gea.yaml, or .gea files — not several folders or a mix');
  }
  const notSource = paths.find((path) => extname(path) !== '.gea');
  if (notSource) throw new WorkspaceError(`not a .gea file: ${relative(cwd, notSource)}; give a folder, a gea.yaml or .gea files`);
  const root = commonFolder(paths);
  const configFile = resolve(root, CONFIG_FILE);
  const config = existsSync(configFile) ? await readConfig(configFile) : DEFAULT_CONFIG;
  const files = [...new Set(paths.map((path) => toRelative(root, path)))].sort(compareText);
  return { root, configFile: existsSync(configFile) ? configFile : undefined, config, files };
}

async function fromFolder(root: string): Promise<Workspace> {
  const configFile = resolve(root, CONFIG_FILE);
  if (existsSync(configFile)) return fromConfig(configFile);
  return withSources(root, undefined, DEFAULT_CONFIG);
}

async function fromConfig(configFile: string): Promise<Workspace> {
  return withSources(dirname(configFile), configFile, await readConfig(configFile));
}

async function withSources(root: string, configFile: string | undefined, config: WorkspaceConfig): Promise<Workspace> {
  const out = config.out.replace(/\\/g, '/').replace(/\/+$/, '');
  const found = await glob([...config.sources], {
    cwd: root,
    ignore: ['**/node_modules/**', `${out}/**`],
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
  });
  const files = found.filter((file) => file.endsWith('.gea')).map((file) => file.replace(/\\/g, '/')).sort(compareText);
  if (files.length === 0) {
    throw new WorkspaceError(`no .gea files in ${root} (sources: ${config.sources.join(', ')}); write one, or run \`gea init\``);
  }
  return { root, configFile, config, files };
}

async function readConfig(file: string): Promise<WorkspaceConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new WorkspaceError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}

async function kindOf(path: string): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

function isYaml(path: string): boolean {
  return basename(path) === CONFIG_FILE || /\.ya?ml$/.test(path);
}

function commonFolder(paths: readonly string[]): string {
  const split = paths.map((path) => dirname(path).split(sep));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.join(sep) || sep;
}

export function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
