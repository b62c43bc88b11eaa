// Facts that several rules need, computed once per model so that the whole rule set stays linear
// in the size of the model. They are structural and ignore plateaus: a rule still asks
// `ctx.live(…)` / `ctx.exists(…)` for what exists at the plateau it checks.
import type { Agency, Data, Element, Interface, Payload, Platform, SemanticModel, System } from '../model/types.js';
import type { Classification } from '../validation/vocabulary.js';

export const CLASSIFICATION_RANK: Readonly<Record<Classification, number>> = { public: 0, internal: 1, restricted: 2, secret: 3 };

export interface ModelFacts {
  /** Field names an interface carries, per data asset (all its fields when a payload lists none). */
  carriedFields(api: Interface): ReadonlyMap<Data, ReadonlySet<string>>;
  /** Whether a field of a data asset counts as personal (its flag, or the asset's `privacy`). */
  isPersonalField(data: Data, fieldName: string): boolean;
  /** Whether an interface carries any personal field. */
  carriesPersonalData(api: Interface): boolean;
  /** The most classified data asset an interface carries, or `undefined` when it carries none. */
  highestCarriedClassification(api: Interface): Classification | undefined;
  /** The owning agency of a system, data asset or interface (through its provider). */
  ownerOf(element: Element): Agency | undefined;
}

export function isExchange(platform: Platform | undefined): boolean {
  return platform?.platformKind === 'exchange';
}

export function computeFacts(_model: SemanticModel): ModelFacts {
  const carried = new Map<Interface, Map<Data, Set<string>>>();
  const carriedFields = (api: Interface): Map<Data, Set<string>> => {
    let byData = carried.get(api);
    if (byData) return byData;
    byData = new Map();
    for (const payload of api.payloads) addPayload(byData, payload);
    carried.set(api, byData);
    return byData;
  };
  const isPersonalField = (data: Data, fieldName: string): boolean =>
    data.privacy !== 'none' || data.fields.some((field) => field.name === fieldName && field.personal);
  const personal = new Map<Interface, boolean>();
  return {
    carriedFields,
    isPersonalField,
    carriesPersonalData(api) {
      let result = personal.get(api);
      if (result === undefined) {
        result = [...carriedFields(api)].some(([data, names]) => [...names].some((name) => isPersonalField(data, name)));
        personal.set(api, result);
      }
      return result;
    },
    highestCarriedClassification(api) {
      let highest: Classification | undefined;
      for (const data of carriedFields(api).keys()) {
        if (highest === undefined || CLASSIFICATION_RANK[data.classification] > CLASSIFICATION_RANK[highest]) highest = data.classification;
      }
      return highest;
    },
    ownerOf(element) {
      switch (element.kind) {
        case 'system':
        case 'data':
          return element.owner?.target;
        case 'interface':
          return element.provider?.target?.owner?.target;
        default:
          return undefined;
      }
    },
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

/** The system's owning agency; convenient where a rule compares agencies. */
export function ownerAgency(system: System | undefined): Agency | undefined {
  return system?.owner?.target;
}
