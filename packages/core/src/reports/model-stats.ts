// What a model holds, counted: elements per kind, per agency (what it owns, provides and operates)
// and per plateau (what exists there). Each full name counts once, so a duplicate declaration (an
// error `gea check` reports) does not inflate the numbers.
import { compareText } from '../findings/finding.js';
import { owningAgency } from '../gap/owning-agency.js';
import { modelAt } from '../model/model-at.js';
import type { Element, ElementKind, SemanticModel } from '../model/types.js';

/** The kinds in the order stats lists them: agencies and their estate first, then what frames them. */
export const STATS_KINDS = [
  'agency',
  'system',
  'data',
  'interface',
  'platform',
  'trust',
  'law',
  'plateau',
  'view',
  'waiver',
] as const satisfies readonly ElementKind[];

/** How many elements of each kind, keyed in STATS_KINDS order. */
export type KindCounts = Readonly<Record<ElementKind, number>>;

export interface AgencyStats {
  /** The agency's full name. */
  readonly agency: string;
  /** Systems it owns. */
  readonly systems: number;
  /** Data assets it owns. */
  readonly data: number;
  /** Interfaces its systems provide. */
  readonly interfaces: number;
  /** Platforms and trust services it operates. */
  readonly operates: number;
}

export interface PlateauStats {
  readonly plateau: string;
  readonly date: string;
  /** The elements that exist at the plateau. */
  readonly kinds: KindCounts;
}

export interface ModelStats {
  /** Every element declared, at any plateau. */
  readonly kinds: KindCounts;
  /** By full name. */
  readonly agencies: readonly AgencyStats[];
  /** By date; the implicit `now` when the model declares no plateau. */
  readonly plateaus: readonly PlateauStats[];
}

export function modelStats(model: SemanticModel): ModelStats {
  return {
    kinds: kindCounts(model),
    agencies: agencyStats(model),
    plateaus: model.plateaus.map((plateau) => ({ plateau: plateau.id, date: plateau.date, kinds: kindCounts(modelAt(model, plateau)) })),
  };
}

function kindCounts(model: SemanticModel): KindCounts {
  const collections: Readonly<Record<ElementKind, readonly Element[]>> = {
    agency: model.agencies,
    system: model.systems,
    data: model.data,
    interface: model.interfaces,
    platform: model.platforms,
    trust: model.trusts,
    law: model.laws,
    // The implicit `now` stands in for a plateau; it is not declared.
    plateau: model.plateaus.filter((plateau) => !plateau.implicit),
    view: model.views,
    waiver: model.waivers,
  };
  return Object.fromEntries(STATS_KINDS.map((kind) => [kind, distinctNames(collections[kind])])) as Record<ElementKind, number>;
}

function distinctNames(elements: readonly Element[]): number {
  return new Set(elements.map((element) => element.id)).size;
}

/** Counted as the scorecard groups elements (owningAgency), over the whole model. */
function agencyStats(model: SemanticModel): AgencyStats[] {
  const counts = new Map<string, { systems: number; data: number; interfaces: number; operates: number }>();
  for (const agency of model.agencies) counts.set(agency.id, { systems: 0, data: 0, interfaces: 0, operates: 0 });
  for (const element of model.elements) {
    if (model.byId.get(element.id) !== element) continue;
    const agency = owningAgency(element);
    const count = agency && counts.get(agency.id);
    if (!count) continue;
    if (element.kind === 'system') count.systems++;
    else if (element.kind === 'data') count.data++;
    else if (element.kind === 'interface') count.interfaces++;
    else if (element.kind === 'platform' || element.kind === 'trust') count.operates++;
  }
  return [...counts].sort(([a], [b]) => compareText(a, b)).map(([agency, count]) => ({ agency, ...count }));
}
