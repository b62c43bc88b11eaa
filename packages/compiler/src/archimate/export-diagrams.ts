// One diagram per view, drawn where the layout placed it: groups (agencies, platforms) as element
// nodes holding their nodes, every box at its absolute position (the exchange format's, which Archi
// turns into positions inside the parent), edges as connections of the relationship they draw with
// the route's bends. An edge with no relationship of its own (agency-to-agency aggregates) is a
// plain line.
import type { View } from '@gea-arch/core';
import type { PlacedEdge, ViewLayout } from '@gea-arch/diagrams';
import type { Diagram, DiagramConnection, DiagramNode, ExchangeProperty, LangString } from './exchange.js';
import type { DrawnRelationships } from './drawn-relationships.js';
import { declarationId, derivedId } from './identifiers.js';
import { KEY, metaKey } from './mapping.js';
import { lifecycleValue, listValue, refName, viewRefs } from './property-values.js';

/** Space around the drawing, so no box touches the diagram's edge. */
const MARGIN = 20;

export interface DiagramSources {
  readonly drawn: DrawnRelationships;
  /** The declared view a layout draws, by view id. */
  readonly declared: ReadonlyMap<string, View>;
  /** Names and documentation of a declared view, in every locale. */
  readonly texts: (view: View) => { readonly names: readonly LangString[]; readonly documentation: readonly LangString[] };
}

export function exportDiagram(layout: ViewLayout, sources: DiagramSources): Diagram {
  const graph = layout.graph;
  const view = graph.declared ? sources.declared.get(graph.id) : undefined;
  const nodeId = (elementId: string) => derivedId('node', graph.id, elementId);
  const groupId = (elementId: string) => derivedId('group', graph.id, elementId);

  const placedGroups = new Map(layout.groups.map((placed) => [placed.group.id, placed]));
  const parentOf = (groupIdOfElement: string | undefined): string | undefined =>
    groupIdOfElement !== undefined && placedGroups.has(groupIdOfElement) ? groupIdOfElement : undefined;
  const children = new Map<string | undefined, DiagramNode[]>();
  const add = (parent: string | undefined, node: DiagramNode) => {
    const siblings = children.get(parent) ?? [];
    siblings.push(node);
    children.set(parent, siblings);
  };
  const groupParent = new Map<string, string | undefined>();
  for (const placed of layout.groups) groupParent.set(placed.group.id, parentOf(placed.group.parent));
  // A group whose parents lead back to it is drawn at the top level.
  for (const group of groupParent.keys()) if (cyclic(group, groupParent)) groupParent.set(group, undefined);

  const box = (placed: { x: number; y: number; width: number; height: number }) => ({
    x: Math.max(0, Math.round(placed.x) + MARGIN),
    y: Math.max(0, Math.round(placed.y) + MARGIN),
    w: Math.max(1, Math.round(placed.width)),
    h: Math.max(1, Math.round(placed.height)),
  });

  for (const placed of layout.nodes) {
    add(parentOf(placed.node.group), {
      id: nodeId(placed.node.id),
      type: 'Element',
      elementRef: declarationId(placed.node.id),
      labels: [],
      nodes: [],
      ...box(placed),
    });
  }
  const build = (parent: string | undefined): DiagramNode[] => {
    const groups = layout.groups
      .filter((placed) => groupParent.get(placed.group.id) === parent)
      .map((placed): DiagramNode => ({
        id: groupId(placed.group.id),
        type: 'Element',
        elementRef: declarationId(placed.group.id),
        labels: [],
        nodes: build(placed.group.id),
        ...box(placed),
      }));
    // Groups first: a node drawn later is in front of them.
    return [...groups, ...(children.get(parent) ?? [])];
  };
  const nodes = build(undefined);

  const taken = new Set<string>();
  const connections = layout.edges.map((placed) => connection(placed, graph.id, graph.locale, sources.drawn, nodeId, taken));
  if (!view) return { ...generatedDiagram(layout), nodes, connections };
  const texts = sources.texts(view);
  return {
    id: declarationId(view.id),
    names: texts.names,
    documentation: texts.documentation,
    properties: viewProperties(view),
    nodes,
    connections,
  };
}

/** The diagram of a generated view (none declared), without its nodes and connections: `written` holds them. */
export function generatedDiagram(layout: ViewLayout, kept?: { readonly written: Uint8Array; readonly madeFrom: string }): Diagram {
  const graph = layout.graph;
  return {
    id: derivedId('view', graph.id),
    names: [{ text: graph.title, lang: graph.locale }],
    documentation: [],
    properties: [],
    nodes: [],
    connections: [],
    ...kept,
  };
}

function connection(
  placed: PlacedEdge,
  viewId: string,
  locale: string,
  drawn: DrawnRelationships,
  nodeId: (elementId: string) => string,
  taken: Set<string>,
): DiagramConnection {
  const { edge } = placed;
  const relationship = drawn.get(edge.kind, edge.from, edge.to);
  const bends = placed.points
    .slice(1, -1)
    .map((point) => ({ x: Math.max(0, Math.round(point.x) + MARGIN), y: Math.max(0, Math.round(point.y) + MARGIN) }));
  const labels = edge.label !== undefined ? [{ text: edge.label, lang: locale }] : [];
  const id = connectionId(viewId, relationship?.relationship, placed, taken);
  if (!relationship) return { id, type: 'Line', source: nodeId(edge.from), target: nodeId(edge.to), labels, bendpoints: bends };
  return {
    id,
    type: 'Relationship',
    relationshipRef: relationship.relationship,
    source: nodeId(relationship.reversed ? edge.to : edge.from),
    target: nodeId(relationship.reversed ? edge.from : edge.to),
    labels,
    bendpoints: relationship.reversed ? [...bends].reverse() : bends,
  };
}

/**
 * `edge..<view>..<relationship id>` (a plain line: its kind and ends): what it draws, not where it
 * comes in the view, so adding an edge leaves the others' ids as they were. An edge drawing what
 * another in the view draws already gets `..2`, `..3`.
 */
function connectionId(viewId: string, relationship: string | undefined, { edge }: PlacedEdge, taken: Set<string>): string {
  // A relationship's id is made of id characters already: not encoded again.
  const base = relationship ? `${derivedId('edge', viewId)}..${relationship}` : derivedId('edge', viewId, edge.kind, edge.from, edge.to);
  let id = base;
  for (let count = 2; taken.has(id); count++) id = `${base}..${count}`;
  taken.add(id);
  return id;
}

/** What a `view` declaration says besides its names, so an import writes it back. */
function viewProperties(view: View): ExchangeProperty[] {
  const compare = view.compare ? [refName(view.compare.from), refName(view.compare.to)].filter(Boolean).join(' ') : undefined;
  const properties: [string, string | undefined][] = [
    [KEY.viewKind, view.viewKind],
    [KEY.of, refName(view.of)],
    [KEY.at, refName(view.at)],
    [KEY.compare, compare || undefined],
    [KEY.include, viewRefs(view.include)],
    [KEY.exclude, viewRefs(view.exclude)],
    [KEY.groupBy, view.groupBy],
    [KEY.depth, view.depth !== undefined ? String(view.depth) : undefined],
    [KEY.tags, view.tags.length > 0 ? listValue(view.tags) : undefined],
    [KEY.url, view.url],
    [KEY.lifecycle, lifecycleValue(view.lifecycle)],
    ...Object.entries(view.meta).map(([key, value]): [string, string] => [metaKey(key), value]),
  ];
  return properties.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([key, value]) => ({ key, value }));
}

function cyclic(start: string, parent: ReadonlyMap<string, string | undefined>): boolean {
  const seen = new Set<string>();
  for (let at = parent.get(start); at !== undefined && !seen.has(at); at = parent.get(at)) {
    if (at === start) return true;
    seen.add(at);
  }
  return false;
}
