// The gea workspaces a language server serves: one per workspace folder, read from its gea.yaml
// the way the CLI reads it (sources, locales, severities, evaluation date), so the server sees
// the files and settings `gea check` sees. Documents outside every folder form one of their own.
import { dirname, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { ConfigError, DEFAULT_CONFIG, type ConfigProblem, type WorkspaceConfig } from '../workspace/config.js';
import { CONFIG_FILE, loadWorkspace, sourcesOf, WorkspaceError } from '../workspace/load-workspace.js';

export interface ServerWorkspace {
  /** Absolute path of the folder. */
  readonly root: string;
  readonly config: WorkspaceConfig;
  /** URIs of its source files (as Langium writes them), in the order of `gea check`. */
  readonly files: readonly string[];
  /** gea.yaml problems, when it could not be read. */
  readonly configProblems: readonly ConfigProblem[];
  readonly configFile: string;
}

/** What the editor may set over gea.yaml. */
export interface EditorSettings {
  /** The language of messages; gea.yaml `locale` by default. */
  readonly locale?: string;
  /** The evaluation date (certificate expiry); gea.yaml `evaluation-date`, else today. */
  readonly evaluationDate?: string;
}

export class ServerWorkspaces {
  private readonly folders = new Map<string, ServerWorkspace>();

  /** Reads (or reads again) the workspace of a folder. */
  async load(folder: string): Promise<ServerWorkspace> {
    const configFile = `${folder}${sep}${CONFIG_FILE}`;
    let workspace: ServerWorkspace;
    try {
      const loaded = await loadWorkspace([folder], folder);
      workspace = {
        root: loaded.root,
        config: loaded.config,
        files: loaded.files.map((file) => fileUri(`${loaded.root}${sep}${file}`)),
        configProblems: [],
        configFile: loaded.configFile ?? configFile,
      };
    } catch (error) {
      if (!(error instanceof ConfigError) && !(error instanceof WorkspaceError)) throw error;
      // A gea.yaml in error: its problems are shown on it, and the files are read with what of it
      // could be read (the defaults for the rest), so that the editor still has the model.
      const configProblems = error instanceof ConfigError ? error.problems : [];
      const config = (error instanceof ConfigError ? error.readable : undefined) ?? DEFAULT_CONFIG;
      const files = error instanceof ConfigError ? await sourcesOf(folder, config) : [];
      workspace = {
        root: folder,
        config,
        files: files.map((file) => fileUri(`${folder}${sep}${file}`)),
        configProblems,
        configFile: configProblems[0]?.file ?? configFile,
      };
    }
    this.folders.set(folder, workspace);
    this.roots.clear();
    return workspace;
  }

  /** Forgets the workspace of a folder the editor no longer has; the workspace it was, if any. */
  unload(folder: string): ServerWorkspace | undefined {
    const workspace = this.folders.get(folder);
    this.folders.delete(folder);
    this.roots.clear();
    return workspace;
  }

  all(): ServerWorkspace[] {
    return [...this.folders.values()];
  }

  /** The root of the workspace of each document asked about, until a workspace is read again. */
  private readonly roots = new Map<string, string>();

  /** The root of the workspace a document belongs to, remembered (the name index asks for each of a model's declarations). */
  rootOf(uri: string): string {
    let root = this.roots.get(uri);
    if (root === undefined) this.roots.set(uri, (root = this.of(uri).root));
    return root;
  }

  /** The workspace a document (or folder) belongs to: the innermost folder holding it, else its own folder's. */
  of(uri: string): ServerWorkspace {
    const path = pathOf(uri);
    let best: ServerWorkspace | undefined;
    for (const workspace of this.folders.values()) {
      if (path !== undefined && isInside(path, workspace.root) && (!best || workspace.root.length > best.root.length)) best = workspace;
    }
    if (best) return best;
    const root = path !== undefined ? dirname(path) : '/';
    return { root, config: DEFAULT_CONFIG, files: [], configProblems: [], configFile: `${root}${sep}${CONFIG_FILE}` };
  }

  /** A document's path relative to its workspace, with `/`. */
  relativePath(workspace: ServerWorkspace, uri: string): string {
    const path = pathOf(uri);
    return path === undefined ? uri : relative(workspace.root, path).split(sep).join('/');
  }
}

/** A file path as the URI string Langium gives its document. */
export function fileUri(path: string): string {
  return URI.parse(pathToFileURL(path).href).toString();
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? URI.parse(uri).fsPath : undefined;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !rel.startsWith(sep);
}
