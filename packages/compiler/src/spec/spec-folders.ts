// The folder of an interface's specs in out/specs/: its full name, unless that is an entry the
// section has of its own (an interface `agreements`, or `json` in namespace `catalog`), which
// would mix its files into the consumers' drafts or stand where `catalog.json` is written.
const SECTION_ENTRIES = new Set(['agreements', 'catalog.json', 'open-data.json']);
const SUFFIX = '.interface';

export function specFolderOf(interfaceId: string): string {
  return SECTION_ENTRIES.has(interfaceId) ? `${interfaceId}${SUFFIX}` : interfaceId;
}

/** The interface whose folder this is. */
export function interfaceOfSpecFolder(folder: string): string {
  const id = folder.endsWith(SUFFIX) ? folder.slice(0, -SUFFIX.length) : folder;
  return SECTION_ENTRIES.has(id) ? id : folder;
}
