// Workspace-relative paths of the documents, by URI. The loader knows them; where it does not say,
// a document's path is taken relative to the folder that all the documents' URIs share.

/** `given` wins where it names a document; the others are relative to the shared folder. */
export function documentPaths(uris: readonly string[], given?: ReadonlyMap<string, string>): Map<string, string> {
  const folder = sharedFolder(uris.filter((uri) => !given?.has(uri)));
  const paths = new Map<string, string>();
  for (const uri of uris) paths.set(uri, given?.get(uri) ?? decoded(uri.slice(folder.length)));
  return paths;
}

/** The longest prefix up to a `/` that every URI starts with (`file:///ws/` for `file:///ws/a.gea`). */
function sharedFolder(uris: readonly string[]): string {
  if (uris.length === 0) return '';
  let prefix = uris[0]!.slice(0, uris[0]!.lastIndexOf('/') + 1);
  for (const uri of uris) {
    while (!uri.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix;
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
