// Loads the documents of each workspace folder that `gea check` would read (gea.yaml `sources`,
// skipping node_modules and the out folder), not every .gea file below it, and validates them
// on the first build so every file has its diagnostics from the start. An editor that names no
// workspace folders but a root (`rootUri`, else `rootPath`, as many clients send) has that folder.
import { basename, join, relative, sep } from 'node:path';
import { DefaultWorkspaceManager, URI, type BuildOptions, type FileSystemNode, type LangiumSharedCoreServices } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { sourcesOf, WorkspaceError } from '../workspace/load-workspace.js';
import { outFolder, sourcePaths } from '../workspace/source-paths.js';
import { fileUri, type ServerWorkspaces } from './server-workspaces.js';

/** The workspace folders the editor gave, else its root folder, else none. */
export function workspaceFoldersOf(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders) return params.workspaceFolders;
  const root = params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : undefined);
  return root ? [{ uri: root, name: basename(URI.parse(root).fsPath) }] : [];
}

export class GeaWorkspaceManager extends DefaultWorkspaceManager {
  override initialBuildOptions: BuildOptions = { validation: true };

  constructor(
    services: LangiumSharedCoreServices,
    private readonly workspaces: ServerWorkspaces,
  ) {
    super(services);
  }

  override initialize(params: InitializeParams): void {
    this.folders = workspaceFoldersOf(params);
  }

  protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
    const workspace = await this.workspaces.load(folder.fsPath);
    uris.push(...workspace.files.map((file) => URI.parse(file)));
  }

  /**
   * A folder that appears in a workspace (made, copied or moved there; the file watcher names it):
   * the sources below it, as `gea check` reads them. Read as a workspace folder, it became a
   * workspace of its own, its files' names resolving apart from the rest of the model.
   */
  override async searchFolder(folder: URI): Promise<URI[]> {
    const workspace = this.workspaces.of(folder.toString());
    if (!this.workspaces.all().includes(workspace)) return [];
    const below = relative(workspace.root, folder.fsPath).split(sep).join('/');
    try {
      const files = await sourcesOf(workspace.root, workspace.config);
      return files
        .filter((file) => below === '' || file.startsWith(`${below}/`))
        .map((file) => URI.parse(fileUri(join(workspace.root, file))));
    } catch (error) {
      // A folder below that cannot be read: the next change to gea.yaml or the folder reads it again.
      if (error instanceof WorkspaceError) return [];
      throw error;
    }
  }

  /**
   * A file that appears later (or is closed) is read if it is one of its workspace's sources, as
   * `gea check` would read it (gea.yaml `sources`; node_modules and the out folder skipped); a
   * folder unless it is one of those two.
   */
  override shouldIncludeEntry(entry: FileSystemNode): boolean {
    if (!super.shouldIncludeEntry(entry)) return false;
    const workspace = this.workspaces.of(entry.uri.toString());
    const path = relative(workspace.root, entry.uri.fsPath).split(sep);
    if (entry.isFile) return sourcePaths(workspace.config)(path.join('/'));
    const out = outFolder(workspace.config).split('/');
    return !path.includes('node_modules') && !out.every((part, index) => path[index] === part);
  }
}
