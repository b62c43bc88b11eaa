// Section files whose content is made when it is read, and made again each time: a section of
// hundreds of megabytes (the specs of a national model: 39 000 files, 330 MB) is then never in
// memory all at once, since staging reads and writes one file at a time. The paths are known
// up front, so counting, listing and linking to the files cost nothing. A file may be made
// elsewhere (a PNG drawn in a worker thread): staging asks for a few of those ahead, with `read`.
// A file staging kept in place unchanged (its digest as recorded) is read back from there, not
// made again, when a later section reads it (the site inlines the drawings).
import { readFileSync } from 'node:fs';

type Content = string | Uint8Array;

type Maker<C> = ({ readonly now: () => C } | { readonly later: () => Promise<C> }) & {
  readonly from?: () => string | undefined;
  readonly text?: boolean;
};

export interface MakerOptions {
  /**
   * A digest of everything the file is made from (for a drawing: its view, its layout's key and
   * gea's code). Staging keeps the file in place when its digest is the one recorded for it, without
   * making it again. Undefined when it cannot be told: the file is made.
   */
  readonly madeFrom?: () => string | undefined;
  /** The content is text: a file read back from where staging kept it is decoded as UTF-8. */
  readonly text?: boolean;
}

export class LazyFiles<C extends Content = Content> implements ReadonlyMap<string, C> {
  private readonly makers = new Map<string, Maker<C>>();
  /** Path → where staging kept it, unchanged. */
  private readonly kept = new Map<string, string>();

  /** Adds (or replaces) the file at `path`, made by `make` whenever it is read. */
  set(path: string, make: () => C, options: MakerOptions = {}): this {
    this.makers.set(path, { now: make, from: options.madeFrom, text: options.text });
    this.kept.delete(path);
    return this;
  }

  /** Adds (or replaces) the file at `path`, made elsewhere by `make` whenever it is read: `read` it. */
  setMadeLater(path: string, make: () => Promise<C>, options: MakerOptions = {}): this {
    this.makers.set(path, { later: make, from: options.madeFrom, text: options.text });
    this.kept.delete(path);
    return this;
  }

  /**
   * Staging kept the file at `path` as `file`, unchanged since it was made from what `madeFrom`
   * says: reading the path reads that file (while it is there).
   */
  keptAs(path: string, file: string): void {
    if (this.makers.get(path)?.from) this.kept.set(path, file);
  }

  /** What the file at `path` is made from, when its maker said. */
  madeFrom(path: string): string | undefined {
    return this.makers.get(path)?.from?.();
  }

  /** The file at `path`, however it is made. */
  async read(path: string): Promise<C | undefined> {
    const maker = this.makers.get(path);
    if (!maker) return undefined;
    return this.readKept(path, maker) ?? ('now' in maker ? maker.now() : maker.later());
  }

  /** Whether the file at `path` is made elsewhere (read it with `read`). */
  madeElsewhere(path: string): boolean {
    const maker = this.makers.get(path);
    return maker !== undefined && 'later' in maker;
  }

  /** The file at `path`; one made elsewhere cannot be read this way. */
  get(path: string): C | undefined {
    const maker = this.makers.get(path);
    if (!maker) return undefined;
    const kept = this.readKept(path, maker);
    if (kept !== undefined) return kept;
    if ('now' in maker) return maker.now();
    throw new Error(`${path} is made elsewhere: read it with read()`);
  }

  /** The content of the file staging kept `path` as; undefined (make it) when there is none or it cannot be read. */
  private readKept(path: string, maker: Maker<C>): C | undefined {
    const file = this.kept.get(path);
    if (file === undefined) return undefined;
    try {
      const bytes = readFileSync(file);
      return (maker.text ? bytes.toString('utf8') : bytes) as C;
    } catch {
      this.kept.delete(path);
      return undefined;
    }
  }

  has(path: string): boolean {
    return this.makers.has(path);
  }

  get size(): number {
    return this.makers.size;
  }

  keys(): MapIterator<string> {
    return this.makers.keys();
  }

  *entries(): MapIterator<[string, C]> {
    for (const path of this.makers.keys()) yield [path, this.get(path)!];
  }

  *values(): MapIterator<C> {
    for (const path of this.makers.keys()) yield this.get(path)!;
  }

  forEach(callback: (value: C, key: string, map: ReadonlyMap<string, C>) => void, thisArg?: unknown): void {
    for (const path of this.makers.keys()) callback.call(thisArg, this.get(path)!, path, this);
  }

  [Symbol.iterator](): MapIterator<[string, C]> {
    return this.entries();
  }
}
