// Section files whose content is made when it is read, and made again each time: a section of
// hundreds of megabytes (the specs of a national model: 39 000 files, 330 MB) is then never in
// memory all at once, since staging reads and writes one file at a time. The paths are known
// up front, so counting, listing and linking to the files cost nothing.

type Content = string | Uint8Array;

export class LazyFiles<C extends Content = Content> implements ReadonlyMap<string, C> {
  private readonly makers = new Map<string, () => C>();

  /** Adds (or replaces) the file at `path`, made by `make` whenever it is read. */
  set(path: string, make: () => C): this {
    this.makers.set(path, make);
    return this;
  }

  get(path: string): C | undefined {
    return this.makers.get(path)?.();
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
    for (const [path, make] of this.makers) yield [path, make()];
  }

  *values(): MapIterator<C> {
    for (const make of this.makers.values()) yield make();
  }

  forEach(callback: (value: C, key: string, map: ReadonlyMap<string, C>) => void, thisArg?: unknown): void {
    for (const [path, make] of this.makers) callback.call(thisArg, make(), path, this);
  }

  [Symbol.iterator](): MapIterator<[string, C]> {
    return this.entries();
  }
}
