// The index behind duplicate-data: data assets grouped by shape (their field names and key names),
// and which shapes look alike, so that the rule compares shapes rather than every pair of assets.
import { compareText } from '../findings/finding.js';
import type { PlateauModel } from '../model/model-at.js';
import { compareSourceRanges } from '../model/source-order.js';
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
}

interface MutableShape extends Shape {
  alike: Shape[];
}

const WHOLE_SHAPES = new WeakMap<SemanticModel, AssetShapes>();

/**
 * The index of a model, or of a plateau's from its whole model's (made once): an asset's fields,
 * and so its shape and place, are the same at every plateau; only whether it exists there is not.
 */
export function assetShapes(model: SemanticModel | PlateauModel): AssetShapes {
  if (!('whole' in model)) return shapesOf(model);
  let whole = WHOLE_SHAPES.get(model.whole);
  if (!whole) WHOLE_SHAPES.set(model.whole, (whole = shapesOf(model.whole)));
  const inSourceOrder: Data[] = [];
  const shapes: Shape[] = [];
  whole.inSourceOrder.forEach((data, index) => {
    const here = model.at(data);
    if (!here) return;
    inSourceOrder.push(here);
    shapes.push(whole.shapes[index]!);
  });
  return { inSourceOrder, shapes };
}

function shapesOf(model: SemanticModel): AssetShapes {
  const keyed = model.data.filter((data) => signatureOf(data) !== undefined);
  const inSourceOrder = keyed.sort((a, b) => compareSourceRanges(model, a.source, b.source));
  const bySignature = new Map<string, MutableShape>();
  const shapes: MutableShape[] = [];
  for (const data of inSourceOrder) {
    const { names, keys, signature } = signatureOf(data)!;
    let shape = bySignature.get(signature);
    if (!shape) bySignature.set(signature, (shape = { names, keys, alike: [] }));
    shapes.push(shape);
  }
  linkAlikeShapes([...bySignature.values()]);
  return { inSourceOrder, shapes };
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

/** Finds alike shapes through an index from key name to shapes, so only shapes that share a key are compared. */
function linkAlikeShapes(shapes: readonly MutableShape[]): void {
  const byKey = new Map<string, MutableShape[]>();
  for (const shape of shapes) {
    for (const key of shape.keys) {
      const sharing = byKey.get(key);
      if (sharing) sharing.push(shape);
      else byKey.set(key, [shape]);
    }
  }
  for (const shape of shapes) {
    // Most shapes share their one key with no other: no set of candidates is made for them.
    if (shape.keys.length === 1) {
      for (const other of byKey.get(shape.keys[0]!)!) if (other !== shape && looksAlike(shape, other)) shape.alike.push(other);
      continue;
    }
    const candidates = new Set<MutableShape>();
    for (const key of shape.keys) for (const other of byKey.get(key)!) if (other !== shape) candidates.add(other);
    for (const other of candidates) if (looksAlike(shape, other)) shape.alike.push(other);
  }
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
