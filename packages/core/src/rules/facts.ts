// Facts and indexes that rules need about the model at one plateau, each computed once (on first
// use) so that the whole rule set stays linear in the size of the model: what interfaces carry,
// what systems master and receive, and duplicate-data's index of asset shapes.
import type { Data, Interface, Payload, Platform, SemanticModel, System } from '../model/types.js';
import type { Classification } from '../model/vocabulary.js';
import { assetShapes, type AssetShapes } from './asset-shapes.js';

export const CLASSIFICATION_RANK: Readonly<Record<Classification, number>> = { public: 0, internal: 1, restricted: 2, secret: 3 };

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

export interface ModelFacts {
  /** Field names an interface carries, per data asset (all its fields when a payload lists none). */
  carriedFields(api: Interface): ReadonlyMap<Data, ReadonlySet<string>>;
  /** Whether a field of a data asset counts as personal (its flag, or the asset's `privacy`). */
  isPersonalField(data: Data, fieldName: string): boolean;
  /** The data assets an interface carries with personal fields. */
  personalDataCarried(api: Interface): readonly Data[];
  /** The data assets an interface carries that are `restricted` or `secret`. */
  classifiedDataCarried(api: Interface): readonly Data[];
  /** The data assets a system masters. */
  masteredData(system: System): ReadonlySet<Data>;
  /** What a system receives through the interfaces it consumes (its own interfaces do not count). */
  receivedData(system: System): ReceivedData;
  /** Keyed data assets in source order, grouped by shape (duplicate-data's index). */
  assetShapes(): AssetShapes;
}

export function isExchange(platform: Platform | undefined): boolean {
  return platform?.platformKind === 'exchange';
}

export function computeFacts(model: SemanticModel): ModelFacts {
  const personalFieldNames = once((data: Data) => new Set(data.fields.filter((field) => field.personal).map((field) => field.name)));
  const isPersonalField = (data: Data, fieldName: string): boolean => data.privacy !== 'none' || personalFieldNames(data).has(fieldName);
  const carriedFields = once((api: Interface) => {
    const byData = new Map<Data, Set<string>>();
    for (const payload of api.payloads) addPayload(byData, payload);
    return byData;
  });
  const personalDataCarried = once((api: Interface) =>
    [...carriedFields(api)].filter(([data, names]) => [...names].some((name) => isPersonalField(data, name))).map(([data]) => data),
  );
  const classifiedDataCarried = once((api: Interface) =>
    [...carriedFields(api).keys()].filter((data) => CLASSIFICATION_RANK[data.classification] >= CLASSIFICATION_RANK.restricted),
  );
  const masteredData = once(
    (system: System) => new Set(system.masters.flatMap((masters) => (masters.data.target ? [masters.data.target] : []))),
  );
  const receivedData = once((system: System) => received(system, carriedFields));
  let shapes: AssetShapes | undefined;
  return {
    carriedFields,
    isPersonalField,
    personalDataCarried,
    classifiedDataCarried,
    masteredData,
    receivedData,
    assetShapes: () => (shapes ??= assetShapes(model)),
  };
}

/** A function of one key that computes each value once. */
function once<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}

function addPayload(byData: Map<Data, Set<string>>, payload: Payload): void {
  const data = payload.data.target;
  if (!data) return;
  let names = byData.get(data);
  if (!names) byData.set(data, (names = new Set()));
  if (payload.allFields) for (const field of data.fields) names.add(field.name);
  else for (const field of payload.fields) if (field.target) names.add(field.target.name);
}

/**
 * What a system receives. A data asset that arrives through one interface shares that
 * interface's set of names; a set of its own is made only when a second interface adds to it.
 */
function received(system: System, carriedFields: ModelFacts['carriedFields']): ReceivedData {
  const fields = new Map<Data, ReadonlySet<string>>();
  const merged = new Set<Data>();
  const throughExchange = new Set<Data>();
  let known = true;
  for (const consumption of system.consumes) {
    const api = consumption.interface.target;
    if (!api) {
      known = false;
      continue;
    }
    if (api.provider?.target === system) continue;
    // A platform that is unresolved or absent here counts as an exchange: other rules report it.
    const exchange = api.via !== undefined && (api.via.target === undefined || isExchange(api.via.target));
    for (const [data, names] of carriedFields(api)) {
      if (exchange) throughExchange.add(data);
      const already = fields.get(data);
      if (!already) {
        fields.set(data, names);
        continue;
      }
      let into = already as Set<string>;
      if (!merged.has(data)) {
        into = new Set(already);
        fields.set(data, into);
        merged.add(data);
      }
      for (const name of names) into.add(name);
    }
  }
  return { fields, throughExchange, known };
}
