// A projection's `byId`, read through the whole model's: the element an id names there, as it
// stands at the plateau, if it exists there. Building a map of its own cost every projection a
// set per element (21 000 at national scale) for lookups that a build makes by the thousand and a
// check by the handful.
import type { Element } from './types.js';

export class ProjectedIds implements ReadonlyMap<string, Element> {
  private count: number | undefined;

  constructor(
    private readonly whole: ReadonlyMap<string, Element>,
    /** Whole-model element → its copy at the plateau, for the elements that exist there. */
    private readonly copies: ReadonlyMap<Element, Element>,
  ) {}

  get(id: string): Element | undefined {
    const element = this.whole.get(id);
    return element && this.copies.get(element);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    if (this.count === undefined) {
      let count = 0;
      for (const element of this.whole.values()) if (this.copies.has(element)) count++;
      this.count = count;
    }
    return this.count;
  }

  *entries(): MapIterator<[string, Element]> {
    for (const [id, element] of this.whole) {
      const copy = this.copies.get(element);
      if (copy) yield [id, copy];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Element> {
    for (const [, element] of this.entries()) yield element;
  }

  forEach(callback: (value: Element, key: string, map: ReadonlyMap<string, Element>) => void, thisArg?: unknown): void {
    for (const [id, element] of this.entries()) callback.call(thisArg, element, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, Element]> {
    return this.entries();
  }
}
