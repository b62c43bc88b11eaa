// Values a build worked out from a view, remembered by a digest of the view for the next build by
// the same code (remembered layout keys, Mermaid sizes): one `digest value` line each in a lines
// file (lines-file.ts). A value asked for is kept for the next build; one remembered but not asked
// for is forgotten.
import { join } from 'node:path';
import { readLinesFile, writeLinesFile } from './lines-file.js';

export class RememberedValues {
  private readonly asked = new Map<string, string>();

  private constructor(
    private readonly path: string,
    private readonly identity: string,
    private readonly known: ReadonlyMap<string, string>,
  ) {}

  /**
   * The values remembered in `cacheDir`'s `file` by code of `identity` that `accepts` takes; none
   * when it was other code or nothing can be read.
   */
  static read(cacheDir: string, file: string, identity: string, accepts: (value: string) => boolean): RememberedValues {
    const known = new Map<string, string>();
    for (const line of readLinesFile(join(cacheDir, file), identity)) {
      const [digest, value] = line.split(' ');
      if (digest && value && accepts(value)) known.set(digest, value);
    }
    return new RememberedValues(join(cacheDir, file), identity, known);
  }

  /** The value for `digest`: asked for already, remembered, or worked out by `compute`. */
  valueOf(digest: string, compute: () => string): string {
    let value = this.asked.get(digest) ?? this.known.get(digest);
    if (value === undefined) value = compute();
    this.asked.set(digest, value);
    return value;
  }

  /** Writes the values asked for, for the next build. */
  write(): void {
    writeLinesFile(
      this.path,
      this.identity,
      [...this.asked].map(([digest, value]) => `${digest} ${value}`),
    );
  }
}
