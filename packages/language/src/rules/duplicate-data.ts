// duplicate-data: two agencies keeping what looks like the same data (same key, mostly the same
// fields) is a possible once-only violation. Assets are indexed by key field name, so only
// assets that share a key are compared.
import type { Data, SemanticModel } from '../model/types.js';
import { compareSourceRanges } from '../model/source-order.js';
import type { Rule } from './rule.js';

export const duplicateData: Rule = {
  id: 'duplicate-data',
  severity: 'warning',
  summary: 'Two agencies do not keep data assets with the same key and mostly the same fields.',
  explanation: `The once-only principle says that the state collects a piece of information once, in
one authoritative register, and everyone else reuses it. Two data assets of different agencies
(owners) that have a \`key\` field of the same name and, in common, at least half of the field
names of the smaller asset are probably the same data collected twice. Reported once, at the
later of the two in source order, naming the earlier. If the data really is the same, consume
it from its master through an interface and keep only what is your own; if it is not, waive
the finding with a reason.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr field register_no string key field surname string }
  data taxpayer "Татвар төлөгч" {
    owner mta
    field register_no string key
    field surname string
    field tin string
  }

Good (the tax authority keeps only its own data and reuses the citizen register):
  data taxpayer "Татвар төлөгч" { owner mta field tin string key field register_no string }
  system tax_registry "Татварын бүртгэл" { owner mta masters taxpayer consumes gasr_citizen_lookup { … } }`,
  check(ctx, report) {
    const index = assetIndex(ctx.model);
    const byKey = new Map<string, Data[]>();
    for (const data of index.inSourceOrder) {
      const owner = ctx.live(data.owner);
      if (!owner || !ctx.exists(data)) continue;
      const { names, keys } = index.shapes.get(data)!;
      const reported = new Set<Data>();
      for (const key of keys) {
        let earlierWithKey = byKey.get(key);
        if (!earlierWithKey) byKey.set(key, (earlierWithKey = []));
        for (const earlier of earlierWithKey) {
          if (reported.has(earlier) || ctx.live(earlier.owner) === owner) continue;
          const other = index.shapes.get(earlier)!;
          const common = [...names].filter((name) => other.names.has(name));
          const smaller = Math.min(names.size, other.names.size);
          if (2 * common.length < smaller) continue;
          reported.add(earlier);
          const sharedKeys = keys.filter((name) => other.keys.includes(name));
          report({
            message:
              `data asset \`${data.id}\` of \`${owner.id}\` looks like a copy of \`${earlier.id}\` of \`${ctx.live(earlier.owner)!.id}\`: ` +
              `both are keyed by ${list(sharedKeys)} and share the field names ${list(common)}, ${common.length} of the smaller asset's ${smaller}; ` +
              `if it is the same data, consume it from \`${earlier.id}\`'s master through an interface and keep only what is your own, otherwise waive this with a reason`,
            source: data.head,
            element: data,
          });
        }
        earlierWithKey.push(data);
      }
    }
  },
};

interface Shape {
  /** Distinct field names. */
  readonly names: ReadonlySet<string>;
  /** Distinct names of `key` fields. */
  readonly keys: readonly string[];
}

interface AssetIndex {
  /** Data assets by document URI, then position. */
  readonly inSourceOrder: readonly Data[];
  readonly shapes: ReadonlyMap<Data, Shape>;
}

const indexes = new WeakMap<SemanticModel, AssetIndex>();

function assetIndex(model: SemanticModel): AssetIndex {
  let index = indexes.get(model);
  if (index) return index;
  const inSourceOrder = [...model.data].sort((a, b) => compareSourceRanges(model, a.source, b.source));
  const shapes = new Map<Data, Shape>();
  for (const data of model.data) {
    shapes.set(data, {
      names: new Set(data.fields.map((field) => field.name)),
      keys: [...new Set(data.fields.filter((field) => field.key).map((field) => field.name))],
    });
  }
  index = { inSourceOrder, shapes };
  indexes.set(model, index);
  return index;
}

function list(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
