// Collects the nodes, groups and edges of one view without duplicates and hands them out in a
// stable order, so the same model always gives the same graph.
import type { Element, SemanticModel, SourceRange } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import type { EdgeKind, Status, ViewEdge, ViewGroup, ViewNode } from './view-graph.js';
import { sharedWithStatuses } from './status.js';
import { badgesOf, detailOf, hrefOf, labelOf, nodeKindOf, tooltipOf, type DiagramWords } from './element-text.js';

export type GroupBy = 'agency' | 'platform' | 'none';

/** A node while a view is computed: also the elements it stands for (itself, or what was folded into it). */
export interface DrawnNode extends ViewNode {
  readonly standsFor?: readonly string[];
}

/** An edge while a view is computed: also where the statements it draws are written. */
export interface DrawnEdge extends ViewEdge {
  readonly statements?: readonly SourceRange[];
  /** A consumption edge's interfaces, as its label names them: the legs through a platform name them again. */
  readonly interfaces?: readonly string[];
}

export interface GraphParts {
  readonly nodes: DrawnNode[];
  readonly groups: ViewGroup[];
  readonly edges: DrawnEdge[];
}

/** What a node shows besides what the element says: an agency standing for its systems. */
export interface NodeExtras {
  readonly detail?: string;
  readonly count?: number;
  readonly standsFor?: readonly string[];
  readonly status?: Status;
}

export interface EdgeOptions {
  readonly label?: string;
  readonly status: Status;
  readonly tooltip: string;
  /** Tells apart edges of one kind between the same two nodes. */
  readonly key?: string;
  /** Where the statements the edge draws are written: findings inside them mark the edge. */
  readonly statements?: readonly SourceRange[];
  /** How many relations the edge stands for, when more than one. */
  readonly count?: number;
  /** The exchange platform the consumptions it draws run via. */
  readonly via?: string;
  /** The interfaces' names, when the label lists interfaces. */
  readonly interfaces?: readonly string[];
}

export class GraphBuilder {
  private readonly nodes = new Map<string, DrawnNode>();
  private readonly groups = new Map<string, ViewGroup>();
  private readonly edges = new Map<string, DrawnEdge>();
  private readonly words: DiagramWords;

  constructor(
    private readonly model: SemanticModel,
    private readonly locale: string,
    private readonly groupBy: GroupBy,
    private readonly statusOf: (element: Element) => Status,
  ) {
    this.words = wordsFor(locale).diagrams;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds an element as a node (inside its agency or platform group, per `groupBy`). */
  addNode(element: Element, extras: NodeExtras = NO_EXTRAS): void {
    if (this.nodes.has(element.id)) return;
    const node = extras === NO_EXTRAS ? this.groupedNodeOf(element) : this.inGroup(element, this.makeNode(element, extras));
    if (node) this.nodes.set(element.id, node);
  }

  /** The element's node inside its group, shared by the views with these statuses, locale and grouping; its group drawn in this one. */
  private groupedNodeOf(element: Element): DrawnNode | undefined {
    const grouped = sharedWithStatuses(GROUPED_NODES, this.statusOf, `${this.locale} ${this.groupBy}`);
    if (!grouped.has(element)) grouped.set(element, this.inGroup(element, this.nodeOf(element)));
    const node = grouped.get(element);
    if (node) this.groupFor(element);
    return node;
  }

  private inGroup(element: Element, node: DrawnNode | undefined): DrawnNode | undefined {
    return node && { ...node, group: this.groupFor(element)?.id };
  }

  /** The node an element is drawn as, outside any group (added to no view). */
  nodeOf(element: Element, extras: NodeExtras = NO_EXTRAS): DrawnNode | undefined {
    if (extras !== NO_EXTRAS) return this.makeNode(element, extras);
    const nodes = sharedWithStatuses(NODES, this.statusOf, this.locale);
    if (!nodes.has(element)) nodes.set(element, this.makeNode(element, extras));
    return nodes.get(element);
  }

  private makeNode(element: Element, extras: NodeExtras): DrawnNode | undefined {
    const kind = nodeKindOf(element);
    if (!kind) return undefined;
    return {
      id: element.id,
      kind,
      label: labelOf(element, this.locale, this.model),
      detail: extras.detail ?? detailOf(element, this.words),
      classification: element.kind === 'data' || element.kind === 'interface' ? element.classification : undefined,
      status: extras.status ?? this.statusOf(element),
      badges: badgesOf(element),
      tooltip: tooltipOf(element, this.locale, this.model, this.words),
      href: hrefOf(element),
      ...(extras.count !== undefined ? { count: extras.count } : {}),
      ...(extras.standsFor ? { standsFor: extras.standsFor } : {}),
    };
  }

  /** Adds an edge between two nodes drawn; the same edge added again adds its statements. */
  addEdge(kind: EdgeKind, from: Element, to: Element, options: EdgeOptions): void {
    if (!this.nodes.has(from.id) || !this.nodes.has(to.id) || from.id === to.id) return;
    const base = `${kind}:${from.id}->${to.id}`;
    const key = options.key ? `${base}@${options.key}` : base;
    const existing = this.edges.get(key);
    if (existing) {
      if (options.statements) this.edges.set(key, { ...existing, statements: [...(existing.statements ?? []), ...options.statements] });
      return;
    }
    this.edges.set(key, {
      id: key,
      from: from.id,
      to: to.id,
      kind,
      label: options.label,
      status: options.status,
      tooltip: options.tooltip,
      // An interface states its `provider`; every other relation is stated by the element it starts at.
      href: hrefOf(kind === 'provides' ? to : from),
      ...(options.count !== undefined && options.count > 1 ? { count: options.count } : {}),
      ...(options.via ? { via: options.via } : {}),
      ...(options.statements ? { statements: options.statements } : {}),
      ...(options.interfaces ? { interfaces: options.interfaces } : {}),
    });
  }

  /** The nodes, groups and edges, sorted by id; edge ids made short and stable (`kind:a->b`, `#2` …). */
  parts(): GraphParts {
    // Keys sorted as strings (code unit order, as `compare`) without a comparator: a third quicker.
    const nodes = [...this.nodes.keys()].sort().map((id) => this.nodes.get(id)!);
    const used = new Set(nodes.map((node) => node.group).filter((id): id is string => id !== undefined));
    withAncestors(used, (id) => this.groups.get(id)?.parent);
    const groups = [...this.groups.keys()]
      .filter((id) => used.has(id))
      .sort()
      .map((id) => this.groups.get(id)!);
    const inKeyOrder = [...this.edges.keys()].sort().map((key) => this.edges.get(key)!);
    return { nodes, groups, edges: withEdgeIds(inKeyOrder) };
  }

  private groupFor(element: Element): ViewGroup | undefined {
    if (this.groupBy === 'none' || element.kind === 'agency') return undefined;
    if (this.groupBy === 'platform') {
      const platform = element.kind === 'system' ? element.hosting?.target : element.kind === 'interface' ? element.via?.target : undefined;
      return platform ? this.ensureGroup(platform, 'platform') : undefined;
    }
    const agency = owningAgency(element);
    return agency ? this.ensureGroup(agency, 'agency') : undefined;
  }

  private ensureGroup(element: Element, kind: 'agency' | 'platform'): ViewGroup {
    const existing = this.groups.get(element.id);
    if (existing) return existing;
    const parentAgency = element.kind === 'agency' ? element.parent?.target : undefined;
    const group: ViewGroup = {
      id: element.id,
      kind,
      label: labelOf(element, this.locale, this.model),
      status: this.statusOf(element),
      parent: undefined,
      tooltip: tooltipOf(element, this.locale, this.model, this.words),
      href: hrefOf(element),
    };
    this.groups.set(element.id, group);
    if (parentAgency && this.groupBy === 'agency') {
      this.ensureGroup(parentAgency, 'agency');
      this.groups.set(element.id, { ...group, parent: parentAgency.id });
    }
    return this.groups.get(element.id)!;
  }
}

const NO_EXTRAS: NodeExtras = {};

/** The nodes elements are drawn as, by the statuses and locale of the views that draw them. */
const NODES = new WeakMap<object, Map<string, Map<Element, DrawnNode | undefined>>>();

/**
 * The same inside their group, by the statuses, locale and grouping of the views that draw them:
 * a national model's views add 130 000 nodes, each a copy of the element's node with its group.
 */
const GROUPED_NODES = new WeakMap<object, Map<string, Map<Element, DrawnNode | undefined>>>();

/** The agency a node is drawn in: owner of systems and data, provider's owner for interfaces, operator of platforms and trust services. */
export function owningAgency(element: Element): Element | undefined {
  switch (element.kind) {
    case 'system':
    case 'data':
      return element.owner?.target;
    case 'interface':
      return element.provider?.target?.owner?.target;
    case 'platform':
    case 'trust':
      return element.operator?.target;
    default:
      return undefined;
  }
}

/**
 * Adds to `groups` the groups that hold them, up through `parentOf`. A climb stops at a group
 * already in: its parents are in, or will be (agencies' parents may loop).
 */
export function withAncestors(groups: Set<string>, parentOf: (id: string) => string | undefined): void {
  for (const id of [...groups])
    for (let parent = parentOf(id); parent !== undefined && !groups.has(parent); parent = parentOf(parent)) groups.add(parent);
}

/** Edges (in a stable order) with short, stable ids: `kind:a->b`, then `kind:a->b#2`, … */
export function withEdgeIds<T extends ViewEdge>(edges: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const base = `${edge.kind}:${edge.from}->${edge.to}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...edge, id: count === 1 ? base : `${base}#${count}` };
  });
}

export function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compare(a.id, b.id));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
