// duplicate-data: two agencies keeping what looks like the same data (same key, mostly the same
// fields) is a possible once-only violation. Each later asset is reported once, naming the first
// earlier match and counting the others, from running tallies per shape (asset-shapes.ts) rather
// than by comparing every pair: n alike assets give at most n - 1 findings.
import type { Agency, Data } from '../model/types.js';
import type { RuleWords } from '../words/words.js';
import type { Shape } from './asset-shapes.js';
import { isRepeat } from '../model/declarations-by-id.js';
import type { Report, Rule } from './rule.js';

export const duplicateData: Rule<'duplicate-data'> = {
  id: 'duplicate-data',
  severity: 'warning',
  check({ model, facts, words }, report) {
    const { inSourceOrder, shapes, repeated } = facts.assetShapes();
    const tallies = new Map<Shape, ShapeTally>();
    inSourceOrder.forEach((data, order) => {
      // A second declaration of an id is `duplicate-name`'s: neither a copy nor a source of one.
      if (isRepeat(model, data)) return;
      const shape = shapes[order]!;
      // The only asset of its shape, which looks like no other: nothing to compare, nor to tally.
      if (shape.alike.length === 0 && !repeated.has(shape)) return;
      const owner = data.owner?.target;
      if (!owner) return;
      const asset: Seen = { data, owner, order };
      const matches = earlierMatches(asset, shape, tallies);
      if (matches) reportCopy(asset, matches, words, report);
      let tally = tallies.get(shape);
      if (!tally) tallies.set(shape, (tally = { count: 0, byOwner: new Map(), first: asset }));
      tally.count++;
      tally.byOwner.set(owner, (tally.byOwner.get(owner) ?? 0) + 1);
      if (!tally.firstOfAnotherOwner && owner !== tally.first.owner) tally.firstOfAnotherOwner = asset;
    });
  },
};

/** An asset met in the sweep: its owner at this plateau and its place in source order. */
interface Seen {
  readonly data: Data;
  readonly owner: Agency;
  readonly order: number;
}

/** The assets of one shape met so far at this plateau. */
interface ShapeTally {
  count: number;
  readonly byOwner: Map<Agency, number>;
  readonly first: Seen;
  /** The first asset whose owner is not the first's: with `first`, the earliest of any owner but one. */
  firstOfAnotherOwner?: Seen;
}

interface Matches {
  readonly first: Seen;
  readonly count: number;
}

/** The earlier assets of other owners of the asset's shape and the shapes alike: assets of alike shapes all match. */
function earlierMatches(asset: Seen, shape: Shape, tallies: ReadonlyMap<Shape, ShapeTally>): Matches | undefined {
  let first: Seen | undefined;
  let count = 0;
  const add = (candidate: Shape): void => {
    const tally = tallies.get(candidate);
    if (!tally) return;
    const ofOtherOwners = tally.count - (tally.byOwner.get(asset.owner) ?? 0);
    if (ofOtherOwners === 0) return;
    const earliest = tally.first.owner !== asset.owner ? tally.first : tally.firstOfAnotherOwner!;
    if (!first || earliest.order < first.order) first = earliest;
    count += ofOtherOwners;
  };
  add(shape);
  for (const alike of shape.alike) add(alike);
  return first ? { first, count } : undefined;
}

function reportCopy(asset: Seen, { first, count }: Matches, words: RuleWords['duplicate-data'], report: Report): void {
  const { data, owner } = asset;
  const earlier = first.data;
  const earlierNames = new Set(earlier.fields.map((field) => field.name));
  const earlierKeys = new Set(earlier.fields.filter((field) => field.key).map((field) => field.name));
  const names = [...new Set(data.fields.map((field) => field.name))];
  report({
    message: words.lookalike({
      data: data.id,
      owner: owner.id,
      earlier: earlier.id,
      earlierOwner: first.owner.id,
      others: count - 1,
      keys: [...new Set(data.fields.filter((field) => field.key && earlierKeys.has(field.name)).map((field) => field.name))],
      fields: names.filter((name) => earlierNames.has(name)),
      smaller: Math.min(names.length, earlierNames.size),
    }),
    source: data.head,
    element: data,
  });
}
