// Facts and indexes that rules need about the model at one plateau, each computed once (on first
// use) so that the whole rule set stays linear in the size of the model: what interfaces carry,
// what systems master and receive, and duplicate-data's index of asset shapes.
import type { Data, Interface, Payload, Platform, SemanticModel, System } from '../model/types.js';
import type { Classification, ValueSet } from '../model/vocabulary.js';
import { assetShapes, type AssetShapes } from './asset-shapes.js';
import { meantBy } from './near-misses.js';

export const CLASSIFICATION_RANK: Readonly<Record<Classification, number>> = { public: 0, internal: 1, restricted: 2, secret: 3 };

/**
 * Whether the element's classification is written but is none of the fixed set (`publik`): that is
 * a `syntax` error, and the rules do not read it as the unstated default (RULES.md: a rule that needs
 * a property does not fire where its value could not be read).
 */
export function classificationUnreadable(element: Pick<Data, 'sources' | 'classificationStated'>): boolean {
  return !element.classificationStated && element.sources.has('classification');
}

/**
 * Whether a property of `holder` taking values of `set` was written with a value (of a list, any
 * value) that is none of the set (`kind exchnage`, `levels advanced, qualifed`): as for the
 * classification, the `syntax` error is the one finding, and a rule does not fire on what that
 * value, spelt right, might have been.
 */
export function unreadable(holder: { readonly unreadable?: readonly ValueSet[] } | undefined, set: ValueSet): boolean {
  return holder?.unreadable?.includes(set) ?? false;
}

export interface ReceivedData {
  /** The data assets the system receives. */
  readonly assets: ReadonlySet<Data>;
  /** The field names the system receives of a data asset; undefined when it receives none of it. */
  fieldsOf(data: Data): ReadonlySet<string> | undefined;
  /**
   * Data assets received through an interface that runs via an exchange platform, or via a
   * platform that is unresolved or absent here (that is reported by other rules, not guessed at).
   */
  readonly throughExchange: ReadonlySet<Data>;
  /**
   * False when some consumed interface, or an asset one carries, is unresolved or absent at this plateau, or a
   * `consumes`, `input`, `output` or `payload` names nothing: what the system receives is then unknown, and
   * rules that need it stay silent.
   */
  readonly known: boolean;
}

export interface ModelFacts {
  /** The data assets an interface carries, in the order its payloads first name them. */
  carriedData(api: Interface): readonly Data[];
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
  /**
   * False when a `masters` of the system names an asset that is undeclared or absent here, or names
   * nothing (`masters` alone): what it masters is not known.
   */
  mastersKnown(system: System): boolean;
  /**
   * Data assets that a `masters` naming something undeclared may have meant (`masters citizn`:
   * `citizen`); every asset while a `masters` names nothing.
   */
  mastersMisspelt(): ReadonlySet<Data>;
  /** What a system receives through the interfaces it consumes (its own interfaces do not count). */
  receivedData(system: System): ReceivedData;
  /** Keyed data assets in source order, grouped by shape (duplicate-data's index). */
  assetShapes(): AssetShapes;
}

export function isExchange(platform: Platform | undefined): boolean {
  return platform?.platformKind === 'exchange';
}

/**
 * Whether an interface's `via` counts as an exchange platform for the rules that ask for one: a
 * platform of kind `exchange`, and one that is unresolved or absent here, whose kind could not be
 * read, or a `via` written with no platform after it (other findings say so; a rule does not guess at it).
 */
export function countsAsExchange(api: Pick<Interface, 'via' | 'sources'>): boolean {
  const via = api.via;
  if (via === undefined) return api.sources.has('via');
  const platform = via.target;
  return platform === undefined || isExchange(platform) || unreadable(platform, 'platformKind');
}

export function computeFacts(model: SemanticModel): ModelFacts {
  const personalFieldNames = once((data: Data) => new Set(data.fields.filter((field) => field.personal).map((field) => field.name)));
  const isPersonalField = (data: Data, fieldName: string): boolean => data.privacy !== 'none' || personalFieldNames(data).has(fieldName);
  const carriedFields = once((api: Interface) => {
    const byData = new Map<Data, Set<string>>();
    for (const payload of api.payloads) addPayload(byData, payload);
    return byData;
  });
  const carriedData = once((api: Interface) => {
    const carried: Data[] = [];
    for (const payload of api.payloads) {
      const data = payload.data.target;
      if (data && !carried.includes(data)) carried.push(data);
    }
    return carried;
  });
  // Straight from the payloads: the name sets of `carriedFields` are made only for rules that compare names.
  const carriesPersonal = (api: Interface, data: Data): boolean =>
    api.payloads.some(
      (payload) =>
        payload.data.target === data &&
        (payload.allFields
          ? data.fields.some((field) => isPersonalField(data, field.name))
          : payload.fields.some((field) => field.target !== undefined && isPersonalField(data, field.target.name))),
    );
  const personalDataCarried = once((api: Interface) => carriedData(api).filter((data) => carriesPersonal(api, data)));
  const classifiedDataCarried = once((api: Interface) =>
    carriedData(api).filter((data) => CLASSIFICATION_RANK[data.classification] >= CLASSIFICATION_RANK.restricted),
  );
  const masteredData = once((system: System) => {
    const mastered = new Set<Data>();
    for (const masters of system.masters) if (masters.data.target) mastered.add(masters.data.target);
    return mastered;
  });
  const mastersKnown = once(
    (system: System) => !system.namingNothing?.includes('masters') && system.masters.every((masters) => masters.data.target !== undefined),
  );
  const receivedData = once((system: System) => received(system, carriedData, carriedFields));
  let shapes: AssetShapes | undefined;
  let misspelt: ReadonlySet<Data> | undefined;
  return {
    carriedData,
    carriedFields,
    isPersonalField,
    personalDataCarried,
    classifiedDataCarried,
    masteredData,
    mastersKnown,
    mastersMisspelt: () =>
      (misspelt ??= model.systems.some((system) => system.namingNothing?.includes('masters'))
        ? new Set(model.data)
        : meantBy(
            model.systems.flatMap((system) => system.masters.map((masters) => masters.data)),
            model.data,
          )),
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
 * What a system receives: the assets at once; the field names of an asset when first asked, shared
 * with the one interface that carries them or, when several do, their union.
 */
function received(system: System, carriedData: ModelFacts['carriedData'], carriedFields: ModelFacts['carriedFields']): ReceivedData {
  const apis: Interface[] = [];
  const assets = new Set<Data>();
  const throughExchange = new Set<Data>();
  // A `consumes` naming nothing may have named any interface.
  let known = !system.namingNothing?.includes('consumes');
  for (const consumption of system.consumes) {
    const api = consumption.interface.target;
    if (!api) {
      known = false;
      continue;
    }
    if (api.provider?.target === system) continue;
    // A payload naming an asset undeclared or absent here: what the interface carries is not known.
    // So does an `input`, `output` or `payload` naming nothing.
    if (api.namingNothing || api.payloads.some((payload) => payload.data.target === undefined)) known = false;
    apis.push(api);
    const exchange = countsAsExchange(api);
    for (const data of carriedData(api)) {
      assets.add(data);
      if (exchange) throughExchange.add(data);
    }
  }
  const fieldsOf = once((data: Data): ReadonlySet<string> | undefined => {
    let union: ReadonlySet<string> | undefined;
    for (const api of apis) {
      const names = carriedFields(api).get(data);
      if (!names) continue;
      union = union === undefined ? names : new Set([...union, ...names]);
    }
    return union;
  });
  return { assets, fieldsOf, throughExchange, known };
}
