// The workspace as it was at a git commit: its gea.yaml and sources read from git (the same
// folder, relative to the repository root), compiled as the working tree's would be. Undefined
// when the workspace had no sources at that commit.
import { join, relative, sep } from 'node:path';
import { compareText } from '@gea-arch/core';
import { compileTexts, type Compilation, type CompileOptions } from '../../check/compile.js';
import { DEFAULT_CONFIG, parseConfig } from '../../workspace/config.js';
import { CONFIG_FILE, type Workspace } from '../../workspace/load-workspace.js';
import { realPath } from '../../workspace/repository-root.js';
import { sourcePaths } from '../../workspace/source-paths.js';
import type { Git } from './git.js';

export interface RevisionCompilation {
  readonly compilation: Compilation;
  /** The source texts, by workspace-relative path. */
  readonly texts: ReadonlyMap<string, string>;
}

export async function compileAtCommit(
  git: Git,
  commit: string,
  workspace: Workspace,
  options: CompileOptions,
): Promise<RevisionCompilation | undefined> {
  // From the real path, as git gives its root: a workspace opened through a symbolic link is where git keeps it.
  const folder = relative(git.root, realPath(workspace.root)).split(sep).join('/');
  const prefix = folder === '' ? '' : `${folder}/`;
  const inFolder = git.filesAt(commit, folder).map((path) => path.slice(prefix.length));
  const configText = inFolder.includes(CONFIG_FILE)
    ? git.readAt(commit, [`${prefix}${CONFIG_FILE}`]).get(`${prefix}${CONFIG_FILE}`)
    : undefined;
  const config = configText !== undefined ? parseConfig(configText, join(workspace.root, CONFIG_FILE), options.locale) : DEFAULT_CONFIG;
  const files = inFolder.filter(sourcePaths(config)).sort(compareText);
  if (files.length === 0) return undefined;
  const read = git.readAt(
    commit,
    files.map((file) => `${prefix}${file}`),
  );
  const texts = new Map(files.map((file) => [file, withoutBom(read.get(`${prefix}${file}`) ?? '')]));
  const atCommit: Workspace = {
    root: workspace.root,
    config,
    files,
    ...(workspace.configFile ? { configFile: workspace.configFile } : {}),
  };
  const compilation = await compileTexts(atCommit, [...texts.values()], options);
  return { compilation, texts };
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
