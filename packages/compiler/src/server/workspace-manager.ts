// Loads the documents of each workspace folder that `gea check` would read (gea.yaml `sources`,
// skipping node_modules and the out folder), not every .gea file below it, and validates them
// on the first build so every file has its diagnostics from the start.
import { DefaultWorkspaceManager, URI, type BuildOptions, type LangiumSharedCoreServices } from 'langium';
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
}
