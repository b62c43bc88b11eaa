// Finds the workspace a command was given (a folder, a gea.yaml, or .gea files), reads its
// settings and lists its source files in a stable order. Files and folders inside a workspace (a
// gea.yaml in a folder above) are checked with all of it and only their findings reported, as tsc
// does with the nearest tsconfig.json. Errors are said in the locale asked for, else in the
// workspace's (gea.yaml `locale`) once it is known.
import { existsSync, readdir } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { compareText } from '@gea-arch/core';
import { escapePath, glob } from 'tinyglobby';
import { DEFAULT_CONFIG, parseConfig, type WorkspaceConfig } from './config.js';
import { locateInRepository } from './repository-root.js';
import { say, sayingOf, type Saying } from './saying.js';
import { notSources } from './source-paths.js';

export interface Workspace {
  /** Absolute path of the workspace folder. */
  readonly root: string;
  /** Absolute path of gea.yaml, when there is one. */
  readonly configFile?: string;
  readonly config: WorkspaceConfig;
  /** Source files relative to `root`, with `/`, in code-unit order (the "source order" of files). */
  readonly files: readonly string[];
  /**
   * The files whose findings are reported (those named on the command line), a subset of `files`
   * in the same order; every file when absent.
   */
  readonly reported?: readonly string[];
  /** Absolute real path of the git repository root (where `.git` is) holding the workspace, if any. */
  readonly repositoryRoot?: string;
  /**
   * The workspace folder's path from `repositoryRoot`, with `/` ('' at the root), found from its
   * real path: a workspace opened through a symbolic link is where the repository keeps it.
   */
  readonly repositoryPath?: string;
}

/** A problem with what the command was given: no such path, no sources. Exit code 2. */
export class WorkspaceError extends Error {
  /** The message in another locale's words. */
  declare readonly say: Saying;
  /** The locale `message` is in (Mongolian when none was given). */
  declare readonly locale: string | undefined;

  constructor(message: string | Saying, locale?: string) {
    const saying = sayingOf(message);
    super(say(saying, locale));
    this.name = 'WorkspaceError';
    // Not enumerable: two errors that say the same thing still compare equal.
    Object.defineProperties(this, { say: { value: saying }, locale: { value: locale } });
  }
}

export const CONFIG_FILE = 'gea.yaml';

export interface LoadOptions {
  /** The language of errors; gea.yaml `locale` once it is read, else Mongolian. */
  readonly locale?: string;
}

/** How this load says its errors: in the locale asked for, else the workspace's once its config is read. */
class Loader {
  constructor(
    readonly cwd: string,
    private readonly locale: string | undefined,
  ) {}

  error(saying: Saying, config?: WorkspaceConfig): WorkspaceError {
    return new WorkspaceError(saying, this.locale ?? config?.locale);
  }

  async readConfig(file: string): Promise<WorkspaceConfig> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw this.error((words) => words.cli.workspace.cannotRead({ path: file, reason: (error as Error).message }));
    }
    return parseConfig(text, file, this.locale);
  }
}

export async function loadWorkspace(
  targets: readonly string[] = ['.'],
  cwd = process.cwd(),
  options: LoadOptions = {},
): Promise<Workspace> {
  const loader = new Loader(cwd, options.locale);
  const paths = (targets.length > 0 ? targets : ['.']).map((target) => resolve(cwd, target));
  const kinds = await Promise.all(paths.map(kindOf));
  paths.forEach((path, index) => {
    if (kinds[index] === 'missing') throw loader.error((words) => words.cli.workspace.noSuchPath({ path: relative(cwd, path) || path }));
  });

  if (paths.length === 1 && kinds[0] === 'folder') return fromFolder(paths[0]!, loader);
  if (paths.length === 1 && isYaml(paths[0]!)) return fromConfig(paths[0]!, loader);

  const folders = paths.filter((_, index) => kinds[index] === 'folder');
  if (folders.length > 0) throw loader.error((words) => words.cli.workspace.mixedTargets);
  const notSource = paths.find((path) => extname(path) !== '.gea');
  if (notSource) throw loader.error((words) => words.cli.workspace.notSource({ path: relative(cwd, notSource) }));
  return fromSourceFiles(paths, loader);
}

/** Files in a workspace are checked with all of it; files outside any form one of their common folder. */
async function fromSourceFiles(paths: readonly string[], loader: Loader): Promise<Workspace> {
  const { cwd } = loader;
  const configFiles = [...new Set(paths.map((path) => findConfigFile(dirname(path)) ?? ''))];
  if (configFiles.length > 1) {
    throw loader.error((words) => {
      const named = configFiles.map((file) => (file ? relative(cwd, file) || file : words.cli.workspace.noConfig));
      return words.cli.workspace.differentWorkspaces({ configs: named.join(', ') });
    });
  }
  const [configFile] = configFiles;
  if (!configFile) {
    const root = commonFolder(paths);
    return located({ root, config: DEFAULT_CONFIG, files: uniqueSorted(paths.map((path) => toRelative(root, path))) });
  }
  const root = dirname(configFile);
  const reported = uniqueSorted(paths.map((path) => toRelative(root, path)));
  return { ...(await withSources(root, configFile, await loader.readConfig(configFile), loader, reported)), reported };
}

/**
 * A folder with gea.yaml, or without one and outside any workspace, is a workspace. A folder inside
 * one means that workspace, reporting the .gea files below the folder (listed by `sources` or not).
 */
async function fromFolder(folder: string, loader: Loader): Promise<Workspace> {
  const { cwd } = loader;
  const configFile = findConfigFile(folder);
  if (configFile === undefined) return withSources(folder, undefined, DEFAULT_CONFIG, loader);
  if (dirname(configFile) === folder) return fromConfig(configFile, loader);
  const root = dirname(configFile);
  const config = await loader.readConfig(configFile);
  const reported = await findSources(root, [`${escapePath(toRelative(root, folder))}/**/*.gea`], config, loader);
  if (reported.length === 0) {
    throw loader.error(
      (words) => words.cli.workspace.noSourcesBelow({ folder: relative(cwd, folder) || '.', root: relative(cwd, root) || '.' }),
      config,
    );
  }
  return { ...(await withSources(root, configFile, config, loader, reported)), reported };
}

async function fromConfig(configFile: string, loader: Loader): Promise<Workspace> {
  return withSources(dirname(configFile), configFile, await loader.readConfig(configFile), loader);
}

/** The workspace's sources, and `extra` files (workspace-relative) even where `sources` would not list them. */
async function withSources(
  root: string,
  configFile: string | undefined,
  config: WorkspaceConfig,
  loader: Loader,
  extra: readonly string[] = [],
): Promise<Workspace> {
  const files = uniqueSorted([...(await findSources(root, config.sources, config, loader)), ...extra]);
  if (files.length === 0)
    throw loader.error((words) => words.cli.workspace.noSources({ root, sources: config.sources.join(', ') }), config);
  return located({ root, configFile, config, files });
}

/** The source files `config` lists below `root`, relative to it, in source order (none is no error). */
export async function sourcesOf(root: string, config: WorkspaceConfig): Promise<string[]> {
  return uniqueSorted(await findSources(root, config.sources, config, new Loader(root, undefined)));
}

/**
 * .gea files matching `patterns` below `root`, relative to it, skipping node_modules and the out
 * folder. A folder on the way that cannot be read is an error naming it: the glob would skip it.
 */
async function findSources(root: string, patterns: readonly string[], config: WorkspaceConfig, loader: Loader): Promise<string[]> {
  const unreadable: NodeJS.ErrnoException[] = [];
  // What the glob lists folders with, noting each it cannot read (a folder gone meanwhile is no source lost).
  const noting = ((path: string, options: object, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    readdir(path, options, (error, entries) => {
      if (error && error.code !== 'ENOENT') unreadable.push(Object.assign(error, { path }));
      callback(error, entries);
    })) as unknown as typeof readdir;
  const found = await glob([...patterns], {
    cwd: root,
    ignore: notSources(config),
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    fs: { readdir: noting },
  });
  const [first] = unreadable;
  if (first) {
    const folder = relative(loader.cwd, first.path!) || '.';
    const code = first.code ?? first.message;
    throw loader.error((words) => {
      const said = words.cli.workspace;
      return said.cannotReadFolder({ path: folder, reason: said.readReasons[code] ?? said.writeReasons[code] ?? code });
    }, config);
  }
  return found.filter((file) => file.endsWith('.gea')).map((file) => file.replace(/\\/g, '/'));
}

function located(workspace: Workspace): Workspace {
  const repository = locateInRepository(workspace.root);
  return repository === undefined ? workspace : { ...workspace, repositoryRoot: repository.root, repositoryPath: repository.path };
}

/** The nearest gea.yaml in `folder` or a folder above it. */
export function findConfigFile(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

function uniqueSorted(files: readonly string[]): string[] {
  return [...new Set(files)].sort(compareText);
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
