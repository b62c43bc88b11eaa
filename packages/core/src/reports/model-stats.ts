// What a model holds, counted: elements per kind, per agency (what it owns, provides and operates)
// and per plateau (what exists there). Every declaration counts: LANGUAGE.md keeps both of a
// duplicated name in the model (a `duplicate-name` error), so stats shows both (decision 0083).
import { compareText } from '../findings/finding.js';
import { owningAgency } from '../gap/owning-agency.js';
import { modelAt } from '../model/model-at.js';
import type { Agency, Element, ElementKind, SemanticModel } from '../model/types.js';

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
  /** Where it is declared (`file:line`), for a full name declared more than once: the rows are told apart by it. */
  readonly declared?: string;
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
  /** By full name (then source order): one row per agency declared. */
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
  return Object.fromEntries(STATS_KINDS.map((kind) => [kind, collections[kind].length])) as Record<ElementKind, number>;
}

/**
 * Counted as the scorecard groups elements (owningAgency), over the whole model. References resolve
 * to the first declaration of a name, so what a second declaration of an agency's name owns is
 * counted on the first's row.
 */
function agencyStats(model: SemanticModel): AgencyStats[] {
  const counts = new Map<Agency, { systems: number; data: number; interfaces: number; operates: number }>();
  for (const agency of model.agencies) counts.set(agency, { systems: 0, data: 0, interfaces: 0, operates: 0 });
  for (const element of model.elements) {
    const agency = owningAgency(element);
    const count = agency && counts.get(agency);
    if (!count) continue;
    if (element.kind === 'system') count.systems++;
    else if (element.kind === 'data') count.data++;
    else if (element.kind === 'interface') count.interfaces++;
    else if (element.kind === 'platform' || element.kind === 'trust') count.operates++;
  }
  const declarations = new Map<string, number>();
  for (const agency of model.agencies) declarations.set(agency.id, (declarations.get(agency.id) ?? 0) + 1);
  const where = (agency: Agency) => `${model.relativePaths.get(agency.source.uri) ?? agency.source.uri}:${agency.source.start.line + 1}`;
  // model.agencies is in source order; a stable sort keeps it among declarations of one name.
  return [...counts]
    .sort(([a], [b]) => compareText(a.id, b.id))
    .map(([agency, count]) => ({
      agency: agency.id,
      ...(declarations.get(agency.id)! > 1 ? { declared: where(agency) } : {}),
      ...count,
    }));
}
