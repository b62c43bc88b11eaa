// `include`, `exclude` and `tags` of a declared view: which of the computed nodes stay. An agency
// named in a filter stands for everything drawn in it.
import type { Element, SemanticModel } from '../model/types.js';
import type { GraphParts } from './graph-builder.js';
import { owningAgency } from './graph-builder.js';

export interface ViewFilters {
  readonly include: readonly Element[];
  readonly exclude: readonly Element[];
  readonly tags: readonly string[];
}

export function applyFilters(parts: GraphParts, filters: ViewFilters, model: SemanticModel): GraphParts {
  const keep = filterOf(filters, model);
  if (!keep) return parts;
  const nodes = parts.nodes.filter((node) => keep(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = parts.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to));
  const used = new Set(nodes.map((node) => node.group));
  for (const group of parts.groups) if (used.has(group.id) && group.parent) used.add(group.parent);
  const groups = parts.groups.filter(
    (group) => used.has(group.id) || parts.groups.some((child) => child.parent === group.id && used.has(child.id)),
  );
  return { nodes, groups, edges };
}

/**
 * Whether the element with an id stays in a view with `filters`; undefined when the view has none.
 * A landscape draws only the systems that stay: of a national landscape, a view of three agencies.
 */
export function filterOf(filters: ViewFilters, model: SemanticModel): ((id: string) => boolean) | undefined {
  if (filters.include.length === 0 && filters.exclude.length === 0 && filters.tags.length === 0) return undefined;
  const included = new Set(filters.include.map((element) => element.id));
  const excluded = new Set(filters.exclude.map((element) => element.id));
  const matches = (ids: Set<string>, element: Element) => ids.has(element.id) || ids.has(owningAgency(element)?.id ?? '');
  const keep = (id: string) => {
    const element = model.byId.get(id);
    if (!element) return false;
    if (included.size > 0 && !matches(included, element)) return false;
    if (matches(excluded, element)) return false;
    if (filters.tags.length > 0) {
      const tags = new Set([...element.tags, ...(owningAgency(element)?.tags ?? [])]);
      if (!filters.tags.some((tag) => tags.has(tag))) return false;
    }
    return true;
  };
  return keep;
}
