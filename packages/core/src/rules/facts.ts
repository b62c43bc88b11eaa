// Facts and indexes that rules need, computed once per model (on first use) so that the whole
// rule set stays linear in the size of the model. They are structural and ignore plateaus: a rule still asks
// `ctx.live(…)` / `ctx.exists(…)` for what exists at the plateau it checks.
import type { Data, Interface, Payload, Platform, SemanticModel } from '../model/types.js';
import type { Classification } from '../model/vocabulary.js';
import { assetShapes, type AssetShapes } from './asset-shapes.js';

export const CLASSIFICATION_RANK: Readonly<Record<Classification, number>> = { public: 0, internal: 1, restricted: 2, secret: 3 };

export interface ModelFacts {
  /** Field names an interface carries, per data asset (all its fields when a payload lists none). */
  carriedFields(api: Interface): ReadonlyMap<Data, ReadonlySet<string>>;
  /** Whether a field of a data asset counts as personal (its flag, or the asset's `privacy`). */
  isPersonalField(data: Data, fieldName: string): boolean;
  /** Keyed data assets in source order, grouped by shape (duplicate-data's index). */
  assetShapes(): AssetShapes;
}

export function isExchange(platform: Platform | undefined): boolean {
  return platform?.platformKind === 'exchange';
}

export function computeFacts(model: SemanticModel): ModelFacts {
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
  let shapes: AssetShapes | undefined;
  return { carriedFields, isPersonalField, assetShapes: () => (shapes ??= assetShapes(model)) };
}

function addPayload(byData: Map<Data, Set<string>>, payload: Payload): void {
  const data = payload.data.target;
  if (!data) return;
  let names = byData.get(data);
  if (!names) byData.set(data, (names = new Set()));
  if (payload.allFields) for (const field of data.fields) names.add(field.name);
  else for (const field of payload.fields) if (field.target) names.add(field.target.name);
}
