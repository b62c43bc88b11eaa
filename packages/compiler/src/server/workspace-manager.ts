// Loads the documents of each workspace folder that `gea check` would read (gea.yaml `sources`,
// skipping node_modules and the out folder), not every .gea file below it, and validates them
// on the first build so every file has its diagnostics from the start. An editor that names no
// workspace folders but a root (`rootUri`, else `rootPath`, as many clients send) has that folder.
import { basename, relative, sep } from 'node:path';
import { DefaultWorkspaceManager, URI, type BuildOptions, type FileSystemNode, type LangiumSharedCoreServices } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { sourcePaths } from '../workspace/source-paths.js';
import type { ServerWorkspaces } from './server-workspaces.js';

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
   * A file that appears later (or is closed) is read if it is one of its workspace's sources, as
   * `gea check` would read it (gea.yaml `sources`; node_modules and the out folder skipped); a
   * folder unless it is one of those two.
   */
  override shouldIncludeEntry(entry: FileSystemNode): boolean {
    if (!super.shouldIncludeEntry(entry)) return false;
    const workspace = this.workspaces.of(entry.uri.toString());
    const path = relative(workspace.root, entry.uri.fsPath).split(sep);
    if (entry.isFile) return sourcePaths(workspace.config)(path.join('/'));
    const out = workspace.config.out.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    return !path.includes('node_modules') && !out.every((part, index) => path[index] === part);
  }
}
