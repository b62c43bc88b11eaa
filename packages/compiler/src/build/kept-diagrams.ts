// The ArchiMate document's diagrams as the last build wrote them, kept in `out/.cache/archimate/`
// by what each is made from: a national model's 1 067 generated views are 33 MB of its 123 MB, and
// after an edit most are byte for byte as before. A diagram is made from its view's graph as a
// picture shows it (graph-digests.ts: no tooltips or links, which a diagram does not carry either),
// the geometry it is drawn with (by its key in the layout cache, which holds exactly that geometry,
// so that an unchanged view's is not read), the relationship each edge draws (ids the whole model
// numbers) and gea itself. Diagrams not used by a build are deleted when it ends.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViewLayout } from '@gea-arch/diagrams';
import { drawnGraphDigest } from '@gea-arch/diagrams/node';
import type { DrawnRelationships } from '../archimate/drawn-relationships.js';
import type { KeptDiagrams } from '../archimate/export-archimate.js';

const EXTENSION = '.xml';

/** Kept diagrams are read into blocks of this size. */
const BLOCK_BYTES = 1 << 22;

export class KeptDiagramFiles implements KeptDiagrams {
  private readonly madeFromNow = new Set<string>();
  private block = new Uint8Array(0);
  /** Bytes of `block` given out. */
  private used = 0;

  /**
   * `folder`: where the diagrams are kept; `madeWith`: which gea writes them (build-stamp.ts
   * `toolIdentity`); `reads`: false to make every diagram again and keep it (`--no-cache`);
   * `keyOf`: a layout's key in the layout cache, if it has one.
   */
  constructor(
    private readonly folder: string,
    private readonly madeWith: string,
    private readonly reads = true,
    private readonly keyOf: (layout: ViewLayout) => string | undefined = () => undefined,
  ) {}

  madeFrom(layout: ViewLayout, drawn: DrawnRelationships): string {
    const key = this.keyOf(layout);
    // Without a key, the groups in the order they were placed (the diagram nests them so) and every number placed.
    let relationships = '';
    if (key === undefined) for (const { group } of layout.groups) relationships += `${group.id}\n`;
    for (const edge of layout.graph.edges) {
      const relationship = drawn.get(edge.kind, edge.from, edge.to);
      relationships += relationship ? `${relationship.relationship}${relationship.reversed ? '<' : '>'}\n` : '-\n';
    }
    const digest = createHash('sha256')
      .update(this.madeWith)
      .update('\0')
      .update(drawnGraphDigest(layout.graph))
      .update('\0')
      .update(key === undefined ? geometryOf(layout) : `layout ${key}\0`)
      .update(relationships, 'utf16le')
      .digest('base64url');
    this.madeFromNow.add(digest);
    return digest;
  }

  written(madeFrom: string): Uint8Array | undefined {
    if (!this.reads) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(this.fileOf(madeFrom), 'r');
      const size = fstatSync(fd).size;
      // A diagram is never empty: an empty file is not one.
      if (size === 0) return undefined;
      const bytes = this.room(size);
      let read = 0;
      for (let more = 1; read < bytes.length && more > 0; read += more) more = readSync(fd, bytes, read, bytes.length - read, read);
      return read === bytes.length ? bytes : undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Room for a kept diagram, in a block shared with the next ones: a thousand small arrays, allocated apart, fragment the process's memory. */
  private room(size: number): Uint8Array {
    if (size > BLOCK_BYTES) return new Uint8Array(size);
    if (this.used + size > this.block.length) {
      this.block = new Uint8Array(BLOCK_BYTES);
      this.used = 0;
    }
    const room = this.block.subarray(this.used, this.used + size);
    this.used += size;
    return room;
  }

  /** Keeps a diagram written now, for the next build. A diagram that cannot be kept is written again then. */
  keep(madeFrom: string, bytes: Uint8Array): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      // Named by what it is made from: a file there holds the same bytes whoever wrote it.
      // Whole or not at all: a build killed while keeping one leaves only a `.tmp` file, which pruning deletes.
      const file = this.fileOf(madeFrom);
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
    } catch {
      // The cache is a help, never a reason for a build to fail.
    }
  }

  /** Deletes the kept diagrams no view of this build is made from. */
  prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(EXTENSION) || !this.madeFromNow.has(name.slice(0, -EXTENSION.length)))
        rmSync(join(this.folder, name), { force: true });
    }
  }

  private fileOf(madeFrom: string): string {
    return join(this.folder, `${madeFrom}${EXTENSION}`);
  }
}

/** Every box's and route's numbers, exactly (a digest of the geometry as JSON took a third of a second at national scale). */
function geometryOf(layout: ViewLayout): Uint8Array {
  const numbers: number[] = [layout.width, layout.height];
  for (const placed of [...layout.groups, ...layout.nodes]) numbers.push(placed.x, placed.y, placed.width, placed.height);
  for (const placed of layout.edges) {
    numbers.push(placed.points.length);
    for (const point of placed.points) numbers.push(point.x, point.y);
  }
  return new Uint8Array(Float64Array.from(numbers).buffer);
}
