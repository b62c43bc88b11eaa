// duplicate-data: two agencies keeping what looks like the same data (same key, mostly the same
// fields) is a possible once-only violation. Each later asset is reported once, naming the first
// earlier match and counting the others, from running tallies per shape (asset-shapes.ts) rather
// than by comparing every pair: n alike assets give at most n - 1 findings.
import type { Agency, Data } from '../model/types.js';
import type { Shape } from './asset-shapes.js';
import type { Report, Rule } from './rule.js';

export const duplicateData: Rule<'duplicate-data'> = {
  id: 'duplicate-data',
  severity: 'warning',
  check(ctx, report) {
    const { inSourceOrder, shapeOf } = ctx.facts.assetShapes();
    const tallies = new Map<Shape, ShapeTally>();
    inSourceOrder.forEach((data, order) => {
      const owner = ctx.live(data.owner);
      if (!owner || !ctx.exists(data)) return;
      const shape = shapeOf.get(data)!;
      const asset: Seen = { data, owner, order };
      const matches = earlierMatches(asset, [shape, ...shape.alike], tallies);
      if (matches) reportCopy(asset, matches, report);
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

/** The earlier assets of other owners among the given shapes: assets of alike shapes all match. */
function earlierMatches(asset: Seen, shapes: readonly Shape[], tallies: ReadonlyMap<Shape, ShapeTally>): Matches | undefined {
  let first: Seen | undefined;
  let count = 0;
  for (const shape of shapes) {
    const tally = tallies.get(shape);
    if (!tally) continue;
    const ofOtherOwners = tally.count - (tally.byOwner.get(asset.owner) ?? 0);
    if (ofOtherOwners === 0) continue;
    const earliest = tally.first.owner !== asset.owner ? tally.first : tally.firstOfAnotherOwner!;
    if (!first || earliest.order < first.order) first = earliest;
    count += ofOtherOwners;
  }
  return first ? { first, count } : undefined;
}

function reportCopy(asset: Seen, { first, count }: Matches, report: Report): void {
  const { data, owner } = asset;
  const earlier = first.data;
  const earlierNames = new Set(earlier.fields.map((field) => field.name));
  const earlierKeys = new Set(earlier.fields.filter((field) => field.key).map((field) => field.name));
  const names = [...new Set(data.fields.map((field) => field.name))];
  const common = names.filter((name) => earlierNames.has(name));
  const sharedKeys = [...new Set(data.fields.filter((field) => field.key && earlierKeys.has(field.name)).map((field) => field.name))];
  const smaller = Math.min(names.length, earlierNames.size);
  const others = count - 1;
  const andOthers = others === 0 ? '' : ` (and of ${others} other ${others === 1 ? 'asset' : 'assets'})`;
  report({
    message:
      `data asset \`${data.id}\` of \`${owner.id}\` looks like a copy of \`${earlier.id}\` of \`${first.owner.id}\`${andOthers}: ` +
      `both are keyed by ${list(sharedKeys)} and share the field names ${list(common)}, ${common.length} of the smaller asset's ${smaller}; ` +
      `if it is the same data, consume it from \`${earlier.id}\`'s master through an interface and keep only what is your own, otherwise waive this with a reason`,
    source: data.head,
    element: data,
  });
}

function list(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
