// Loads the documents of each workspace folder that `gea check` would read (gea.yaml `sources`,
// skipping node_modules and the out folder), not every .gea file below it, and validates them
// on the first build so every file has its diagnostics from the start.
import { relative, sep } from 'node:path';
import { DefaultWorkspaceManager, URI, type BuildOptions, type FileSystemNode, type LangiumSharedCoreServices } from 'langium';
import type { ServerWorkspaces } from './server-workspaces.js';

export class GeaWorkspaceManager extends DefaultWorkspaceManager {
  override initialBuildOptions: BuildOptions = { validation: true };

  constructor(
    services: LangiumSharedCoreServices,
    private readonly workspaces: ServerWorkspaces,
  ) {
    super(services);
  }

  protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
    const workspace = await this.workspaces.load(folder.fsPath);
    uris.push(...workspace.files.map((file) => URI.parse(file)));
  }

  /** A file that appears later is read unless it is in node_modules or its workspace's out folder, as `gea check` would. */
  override shouldIncludeEntry(entry: FileSystemNode): boolean {
    if (!super.shouldIncludeEntry(entry)) return false;
    const workspace = this.workspaces.of(entry.uri.toString());
    const path = relative(workspace.root, entry.uri.fsPath).split(sep);
    const out = workspace.config.out.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    return !path.includes('node_modules') && !out.every((part, index) => path[index] === part);
  }
}
