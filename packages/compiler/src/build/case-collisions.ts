// Output files whose paths differ only by case (`agency/TAX.html`, `agency/tax.html`: two agencies
// `TAX` and `tax`, distinct names in the language): on Windows and macOS, and on most file shares a
// site is published to, they are one file, and the later overwrites the earlier.

/** Each path that differs only by case from an earlier one, with that earlier one. */
export function caseCollisions(paths: Iterable<string>): Array<readonly [earlier: string, later: string]> {
  const seen = new Map<string, string>();
  const collisions: Array<readonly [string, string]> = [];
  for (const path of paths) {
    const folded = caseFolded(path);
    const earlier = seen.get(folded);
    if (earlier === undefined) seen.set(folded, path);
    else collisions.push([earlier, path]);
  }
  return collisions;
}

/** A name as a file system that ignores case (and Unicode normalization) compares it. */
export function caseFolded(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
