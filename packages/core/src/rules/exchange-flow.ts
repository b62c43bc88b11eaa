// What moves where at one plateau: the data an interface carries and the data a system receives
// through the interfaces it consumes. Shared by the exchange and consumption rules, computed once
// per plateau (the rule context is one object per plateau) so the rule set stays linear.
import type { Agency, Data, Interface, Payload, System } from '../model/types.js';
import { CLASSIFICATION_RANK, isExchange } from './facts.js';
import type { RuleContext } from './rule.js';

export interface ReceivedData {
  /** Field names the system receives, per data asset. */
  readonly fields: ReadonlyMap<Data, ReadonlySet<string>>;
  /**
   * Data assets received through an interface that runs via an exchange platform, or via a
   * platform that is unresolved or absent here (that is reported by other rules, not guessed at).
   */
  readonly throughExchange: ReadonlySet<Data>;
  /**
   * False when some consumed interface is unresolved or absent at this plateau: what the system
   * receives is then unknown, and rules that need it stay silent.
   */
  readonly known: boolean;
}

type PerPlateau<K, V> = WeakMap<RuleContext, Map<K, V>>;
const receivedCache: PerPlateau<System, ReceivedData> = new WeakMap();
const carriedCache: PerPlateau<Interface, ReadonlyMap<Data, ReadonlySet<string>>> = new WeakMap();
const personalCache: PerPlateau<Interface, readonly Data[]> = new WeakMap();
const classifiedCache: PerPlateau<Interface, readonly Data[]> = new WeakMap();
const masteredCache: PerPlateau<System, ReadonlySet<Data>> = new WeakMap();

/** The value for a key at this plateau, computed once. */
function memo<K, V>(cache: PerPlateau<K, V>, ctx: RuleContext, key: K, compute: () => V): V {
  let byKey = cache.get(ctx);
  if (!byKey) cache.set(ctx, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key)!;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/** What a system receives through the interfaces it consumes at this plateau (its own interfaces do not count). */
export function receivedData(ctx: RuleContext, system: System): ReceivedData {
  return memo(receivedCache, ctx, system, () => {
    const fields = new Map<Data, Set<string>>();
    const throughExchange = new Set<Data>();
    let known = true;
    for (const consumption of system.consumes) {
      if (!ctx.exists(consumption)) continue;
      const api = ctx.live(consumption.interface);
      if (!api) {
        known = false;
        continue;
      }
      if (api.provider?.target === system) continue;
      const platformKnown = !api.via || ctx.live(api.via) !== undefined;
      const exchange = !platformKnown || isExchange(ctx.live(api.via));
      for (const [data, names] of carriedData(ctx, api)) {
        let into = fields.get(data);
        if (!into) fields.set(data, (into = new Set()));
        for (const name of names) into.add(name);
        if (exchange) throughExchange.add(data);
      }
    }
    return { fields, throughExchange, known };
  });
}

/** The field names an interface carries at this plateau, per data asset that exists there. */
export function carriedData(ctx: RuleContext, api: Interface): ReadonlyMap<Data, ReadonlySet<string>> {
  return memo(carriedCache, ctx, api, () => {
    const carried = new Map<Data, ReadonlySet<string>>();
    for (const [data, names] of ctx.facts.carriedFields(api)) if (ctx.exists(data)) carried.set(data, names);
    return carried;
  });
}

/** The data assets (existing at this plateau) an interface carries with personal fields. */
export function personalDataCarried(ctx: RuleContext, api: Interface): readonly Data[] {
  return memo(personalCache, ctx, api, () =>
    [...carriedData(ctx, api)].filter(([data, names]) => [...names].some((name) => ctx.facts.isPersonalField(data, name))).map(([data]) => data),
  );
}

/** The data assets (existing at this plateau) an interface carries that are `restricted` or `secret`. */
export function classifiedDataCarried(ctx: RuleContext, api: Interface): readonly Data[] {
  return memo(classifiedCache, ctx, api, () =>
    [...carriedData(ctx, api).keys()].filter((data) => CLASSIFICATION_RANK[data.classification] >= CLASSIFICATION_RANK.restricted),
  );
}

/** The data assets a system masters at this plateau. */
export function masteredData(ctx: RuleContext, system: System): ReadonlySet<Data> {
  return memo(masteredCache, ctx, system, () => {
    const mastered = new Set<Data>();
    for (const masters of system.masters) {
      const data = ctx.exists(masters) ? ctx.live(masters.data) : undefined;
      if (data) mastered.add(data);
    }
    return mastered;
  });
}

/** The owning agency of a system when it is stated, resolved and exists at this plateau. */
export function liveOwner(ctx: RuleContext, system: System | undefined): Agency | undefined {
  return system ? ctx.live(system.owner) : undefined;
}

/** The agency that provides an interface (its provider's owner), when all of it exists at this plateau. */
export function providingAgency(ctx: RuleContext, api: Interface): Agency | undefined {
  return liveOwner(ctx, ctx.live(api.provider));
}

/** Each data asset an interface carries at this plateau, with the first payload that carries it (payloads are in source order). */
export function firstPayloads(ctx: RuleContext, api: Interface): Map<Data, Payload> {
  const first = new Map<Data, Payload>();
  for (const payload of api.payloads) {
    const data = ctx.live(payload.data);
    if (data && !first.has(data)) first.set(data, payload);
  }
  return first;
}

/** "`a`", "`a` and `b`", "`a`, `b` and `c`" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
