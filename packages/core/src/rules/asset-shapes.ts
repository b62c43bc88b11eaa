// The index behind duplicate-data: data assets grouped by shape (their field names and key names),
// and which shapes look alike, so that the rule compares shapes rather than every pair of assets.
import { compareText } from '../findings/finding.js';
import type { PlateauModel } from '../model/model-at.js';
import { compareSourceRanges } from '../model/source-order.js';
import { lineageOf } from '../model/model-lineage.js';
import type { Data, SemanticModel } from '../model/types.js';

/** Data assets with the same distinct field names and the same distinct key names. */
export interface Shape {
  /** Distinct field names, sorted by code unit (`compareText`). */
  readonly names: readonly string[];
  /** Distinct names of `key` fields, in the order first written; never empty. */
  readonly keys: readonly string[];
  /**
   * The other shapes whose assets look like copies of this one's: they have a key name in common
   * and, in common, at least half of the field names of the smaller shape. (Two assets of one
   * shape always look alike.)
   */
  readonly alike: readonly Shape[];
}

export interface AssetShapes {
  /** The data assets that have a key field, in source order (workspace-relative path, then line). */
  readonly inSourceOrder: readonly Data[];
  /** Each of those assets' shape, at the same index. */
  readonly shapes: readonly Shape[];
  /** The shapes that more than one asset of the whole model has. */
  readonly repeated: ReadonlySet<Shape>;
}

interface MutableShape extends Shape {
  alike: Shape[];
}

/** A whole model's index, with the table of shapes it was made with and how many of them its assets have. */
interface WholeShapes extends AssetShapes {
  readonly table: ShapeTable;
  readonly inUse: number;
}

const WHOLE_SHAPES = new WeakMap<SemanticModel, WholeShapes>();

/**
 * The index of a model, or of a plateau's from its whole model's (made once): an asset's fields,
 * and so its shape and place, are the same at every plateau; only whether it exists there is not.
 */
export function assetShapes(model: SemanticModel | PlateauModel): AssetShapes {
  if (!('whole' in model)) return shapesOf(model, new ShapeTable(), model.data);
  let whole = WHOLE_SHAPES.get(model.whole);
  if (!whole) WHOLE_SHAPES.set(model.whole, (whole = wholeShapesOf(model.whole)));
  const inSourceOrder: Data[] = [];
  const shapes: Shape[] = [];
  whole.inSourceOrder.forEach((data, index) => {
    const here = model.at(data);
    if (!here) return;
    inSourceOrder.push(here);
    shapes.push(whole.shapes[index]!);
  });
  return { inSourceOrder, shapes, repeated: whole.repeated };
}

/** How many shapes the table behind a whole model's index holds (for tests: it is made again when it grows well past those in use). */
export function shapesInTable(model: SemanticModel): number | undefined {
  return WHOLE_SHAPES.get(model)?.table.size;
}

/**
 * A whole model's index. A kept model updated from one whose index was made (the language
 * server's, model-lineage.ts) has it from that one's: the assets of the documents an edit did not
 * touch are the same, and keep their shapes; the table gains the shapes of the new assets.
 */
function wholeShapesOf(model: SemanticModel): WholeShapes {
  const lineage = lineageOf(model);
  const before = lineage && WHOLE_SHAPES.get(lineage.previous);
  // A table grown well past the shapes in use (edits leave shapes no asset has) is made again.
  if (!before || before.table.size > 2 * before.inUse + 100) {
    return shapesOf(model, new ShapeTable(), model.data);
  }
  const { removed, added } = lineage.change;
  const kept = before.inSourceOrder.filter((data) => !removed.has(data));
  const addedData = [...added].filter((element): element is Data => element.kind === 'data');
  return shapesOf(model, before.table, [...kept, ...addedData]);
}

/** The keyed assets among `data` in source order, and their shapes from `table`. */
function shapesOf(model: SemanticModel, table: ShapeTable, data: readonly Data[]): WholeShapes {
  const keyed = data.filter((asset) => signatureOf(asset) !== undefined);
  // After an update, nearly in order already: a few compares per asset.
  const inSourceOrder = keyed.sort((a, b) => compareSourceRanges(model, a.source, b.source));
  const shapes = inSourceOrder.map((asset) => table.shapeOf(signatureOf(asset)!));
  const seen = new Set<Shape>();
  const repeated = new Set<Shape>();
  for (const shape of shapes) {
    if (seen.has(shape)) repeated.add(shape);
    else seen.add(shape);
  }
  return { table, inUse: seen.size, inSourceOrder, shapes, repeated };
}

/**
 * Shapes by signature, each linked to those it looks alike when it is first met: through an index
 * from key name to shapes, so only shapes that share a key are compared. A shape whose assets are
 * gone stays (a kept model's table outlives edits): the rule finds none of its assets and passes on.
 */
class ShapeTable {
  private readonly bySignature = new Map<string, MutableShape>();
  private readonly byKey = new Map<string, MutableShape[]>();

  /** How many shapes the table holds, some perhaps no longer any asset's. */
  get size(): number {
    return this.bySignature.size;
  }

  shapeOf({ names, keys, signature }: AssetSignature): Shape {
    let shape = this.bySignature.get(signature);
    if (shape) return shape;
    shape = { names, keys, alike: [] };
    this.bySignature.set(signature, shape);
    for (const other of this.sharingAKey(shape)) {
      if (!looksAlike(shape, other)) continue;
      shape.alike.push(other);
      other.alike.push(shape);
    }
    for (const key of keys) {
      const sharing = this.byKey.get(key);
      if (sharing) sharing.push(shape);
      else this.byKey.set(key, [shape]);
    }
    return shape;
  }

  private sharingAKey(shape: Shape): Iterable<MutableShape> {
    // Most shapes have one key: no set of candidates is made for them.
    if (shape.keys.length === 1) return this.byKey.get(shape.keys[0]!) ?? [];
    const candidates = new Set<MutableShape>();
    for (const key of shape.keys) for (const other of this.byKey.get(key) ?? []) candidates.add(other);
    return candidates;
  }
}

/** What makes a data asset's shape: its distinct field names (sorted) and key names (as first written). */
interface AssetSignature {
  readonly names: readonly string[];
  readonly keys: readonly string[];
  readonly signature: string;
}

/**
 * Each asset's signature, made once (null: it has no key field): the language server's model
 * keeps the assets of the documents an edit did not touch, so after an edit only the edited
 * documents' are made again.
 */
const SIGNATURES = new WeakMap<Data, AssetSignature | null>();

function signatureOf(data: Data): AssetSignature | undefined {
  let made = SIGNATURES.get(data);
  if (made === undefined) SIGNATURES.set(data, (made = newSignature(data)));
  return made ?? undefined;
}

function newSignature(data: Data): AssetSignature | null {
  const names: string[] = [];
  const keys: string[] = [];
  const sortedKeys: string[] = [];
  for (const { name, key } of data.fields) {
    insertSorted(names, name);
    if (key && insertSorted(sortedKeys, name)) keys.push(name);
  }
  return keys.length === 0 ? null : { names, keys, signature: `${names.join(' ')}\u0000${sortedKeys.join(' ')}` };
}

/**
 * Puts `name` in its place in the sorted list unless it is there; true if it was not. A data
 * asset has a few fields: sorting each list as it is made is many times cheaper than calling
 * `sort` on ten thousand lists of three.
 */
function insertSorted(sorted: string[], name: string): boolean {
  let index = sorted.length;
  while (index > 0 && sorted[index - 1]! > name) index--;
  if (index > 0 && sorted[index - 1] === name) return false;
  sorted.splice(index, 0, name);
  return true;
}

/** At least half of the smaller shape's field names in common (a key name among them). */
function looksAlike(a: Shape, b: Shape): boolean {
  const smaller = Math.min(a.names.length, b.names.length);
  // Both lists are sorted: one walk through them counts the names they share.
  let common = 0;
  for (let i = 0, j = 0; i < a.names.length && j < b.names.length;) {
    const order = compareText(a.names[i]!, b.names[j]!);
    if (order === 0) common++;
    if (order <= 0) i++;
    if (order >= 0) j++;
  }
  return 2 * common >= smaller;
}
