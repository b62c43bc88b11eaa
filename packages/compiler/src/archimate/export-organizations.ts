// The folders of the exported model: Archi's top-level folder per layer, and inside each a folder
// per agency (nested as agencies are) holding what the agency owns, operates or provides.
import type { Agency } from '@gea-arch/core';
import type { Diagram, ExchangeRelationship, LangString, OrganizationItem } from './exchange.js';
import type { ExportedElement } from './export-model.js';
import { FOLDERS } from './mapping.js';

type Layer = keyof typeof FOLDERS;

function layerOf(element: ExportedElement): Layer {
  switch (element.type) {
    case 'BusinessActor':
    case 'BusinessObject':
      return 'business';
    case 'TechnologyService':
      return 'technology';
    case 'Constraint':
      return 'motivation';
    case 'Plateau':
    case 'Gap':
      return 'migration';
    default:
      return 'application';
  }
}

export function exportOrganizations(
  elements: readonly ExportedElement[],
  relationships: readonly ExchangeRelationship[],
  diagrams: readonly Diagram[],
  agencyNames: (agency: Agency) => readonly LangString[],
): OrganizationItem[] {
  const layers: OrganizationItem[] = [];
  for (const layer of ['business', 'application', 'technology', 'motivation', 'migration'] as const) {
    const items = folderTree(
      elements.filter((element) => layerOf(element) === layer),
      agencyNames,
    );
    if (items.length > 0) layers.push({ labels: [{ text: FOLDERS[layer] }], items });
  }
  if (relationships.length > 0) layers.push({ labels: [{ text: FOLDERS.relations }], items: relationships.map(reference) });
  if (diagrams.length > 0) layers.push({ labels: [{ text: FOLDERS.views }], items: diagrams.map(reference) });
  return layers;
}

/** An item naming a concept: one for each of a national model's 180 000 concepts, its empty lists shared. */
function reference(concept: { readonly id: string }): OrganizationItem {
  return { labels: NONE, ref: concept.id, items: NONE };
}

const NONE: readonly never[] = Object.freeze([]);

/** Agency folders first (each inside its parent's), then what belongs to no agency. */
function folderTree(elements: readonly ExportedElement[], agencyNames: (agency: Agency) => readonly LangString[]): OrganizationItem[] {
  const byAgency = new Map<Agency, ExportedElement[]>();
  const loose: ExportedElement[] = [];
  for (const element of elements) {
    if (!element.agency) {
      loose.push(element);
      continue;
    }
    const owned = byAgency.get(element.agency) ?? [];
    owned.push(element);
    byAgency.set(element.agency, owned);
  }
  // Every agency with something in this layer, and its parents so the folders nest.
  const shown = new Set<Agency>();
  for (const agency of byAgency.keys())
    for (let at: Agency | undefined = agency; at && !shown.has(at); at = at.parent?.declared) shown.add(at);
  const childrenOf = new Map<Agency | undefined, Agency[]>();
  for (const agency of shown) {
    // An agency whose parents form a cycle has none drawn above it: it starts at the top.
    const parent = agency.parent?.declared && shown.has(agency.parent.declared) && !inCycle(agency) ? agency.parent.declared : undefined;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(agency);
    childrenOf.set(parent, siblings);
  }
  const folder = (agency: Agency): OrganizationItem => ({
    labels: agencyNames(agency),
    items: [...(childrenOf.get(agency) ?? []).map(folder), ...(byAgency.get(agency) ?? []).map(reference)],
  });
  return [...(childrenOf.get(undefined) ?? []).map(folder), ...loose.map(reference)];
}

function inCycle(agency: Agency): boolean {
  const seen = new Set<Agency>();
  for (let at: Agency | undefined = agency; at; at = at.parent?.declared) {
    if (seen.has(at)) return at === agency;
    seen.add(at);
  }
  return false;
}
