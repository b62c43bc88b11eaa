// Output paths that can be written here but not on every system the repository is checked out on or
// a site is published to. Paths that differ only by case (`agency/TAX.html`, `agency/tax.html`: two
// agencies `TAX` and `tax`, distinct names in the language) are one file on Windows and macOS, and on
// most file shares, so the later overwrites the earlier. A name Windows reserves for a device
// (`interface con` gives `specs/con/`, `view nul` gives `diagrams/nul.svg`) cannot be made there at all.

export interface UnportablePaths {
  /** Each path that differs only by case from an earlier one, with that earlier one. */
  readonly caseCollisions: ReadonlyArray<readonly [earlier: string, later: string]>;
  /**
   * Each path up to and with its first part that Windows reserves, once (`con/` for
   * `con/README.md` and `con/openapi.yaml`; `nul.svg`), in the order of the paths.
   */
  readonly windowsReserved: readonly string[];
}

/**
 * Device names, in any case and with any extension (`nul.svg`, `Con.tar.gz`): Windows also takes
 * the superscript digits ¹ ² ³ for COM and LPT ports.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?:\.|$)/i;

/** What of `paths` (relative, with `/`) some systems cannot write as they are. */
export function unportablePaths(paths: Iterable<string>): UnportablePaths {
  const seen = new Map<string, string>();
  const caseCollisions: Array<readonly [string, string]> = [];
  const windowsReserved = new Set<string>();
  for (const path of paths) {
    const folded = caseFolded(path);
    const earlier = seen.get(folded);
    if (earlier === undefined) seen.set(folded, path);
    else caseCollisions.push([earlier, path]);
    const reserved = windowsReservedPart(path);
    if (reserved !== undefined) windowsReserved.add(reserved);
  }
  return { caseCollisions, windowsReserved: [...windowsReserved] };
}

/** A name as a file system that ignores case (and Unicode normalization) compares it. */
export function caseFolded(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** `path` up to and with its first part Windows reserves (a folder's with its `/`); undefined if none. */
function windowsReservedPart(path: string): string | undefined {
  const parts = path.split('/');
  const index = parts.findIndex((part) => WINDOWS_RESERVED.test(part));
  if (index === -1) return undefined;
  return parts.slice(0, index + 1).join('/') + (index < parts.length - 1 ? '/' : '');
}
