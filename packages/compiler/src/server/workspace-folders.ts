// Workspace folders the editor adds or removes while the server runs (a multi-root window): an
// added folder's files are read as `gea check` would read them; a removed folder's files are
// dropped with their diagnostics, but for those open in the editor or another folder's.
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { fileUri, type ServerWorkspaces } from './server-workspaces.js';

/** Reads the added folders and lets go of the removed ones; `forget` clears what is said on a file no longer read (a gea.yaml). */
export async function changeWorkspaceFolders(
  event: WorkspaceFoldersChangeEvent,
  shared: LangiumSharedServices,
  workspaces: ServerWorkspaces,
  forget: (uris: string[]) => void,
): Promise<void> {
  const dropped: string[] = [];
  for (const folder of event.removed) {
    const workspace = workspaces.unload(URI.parse(folder.uri).fsPath);
    if (!workspace) continue;
    dropped.push(...workspace.files);
    forget([fileUri(workspace.configFile)]);
  }
  const added: URI[] = [];
  for (const folder of event.added) {
    const workspace = await workspaces.load(URI.parse(folder.uri).fsPath);
    added.push(...workspace.files.map((file) => URI.parse(file)));
  }
  const kept = (uri: string) =>
    shared.workspace.TextDocuments.get(uri) !== undefined || workspaces.all().some((workspace) => workspace.files.includes(uri));
  const removed = dropped.filter((uri) => !kept(uri)).map((uri) => URI.parse(uri));
  if (added.length > 0 || removed.length > 0) await shared.workspace.DocumentBuilder.update(added, removed);
}
