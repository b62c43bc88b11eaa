// Collects the nodes, groups and edges of one view without duplicates and hands them out in a
// stable order, so the same model always gives the same graph.
import type { Element, SemanticModel } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import type { EdgeKind, Status, ViewEdge, ViewGroup, ViewNode } from './view-graph.js';
import { badgesOf, detailOf, hrefOf, labelOf, nodeKindOf, tooltipOf, type DiagramWords } from './element-text.js';

export type GroupBy = 'agency' | 'platform' | 'none';

export interface GraphParts {
  readonly nodes: ViewNode[];
  readonly groups: ViewGroup[];
  readonly edges: ViewEdge[];
}

export class GraphBuilder {
  private readonly nodes = new Map<string, ViewNode>();
  private readonly groups = new Map<string, ViewGroup>();
  private readonly edges = new Map<string, ViewEdge>();
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
  addNode(element: Element): void {
    if (this.nodes.has(element.id)) return;
    const kind = nodeKindOf(element);
    if (!kind) return;
    const group = this.groupFor(element);
    this.nodes.set(element.id, {
      id: element.id,
      kind,
      label: labelOf(element, this.locale, this.model),
      detail: detailOf(element, this.words),
      classification: element.kind === 'data' || element.kind === 'interface' ? element.classification : undefined,
      status: this.statusOf(element),
      group: group?.id,
      badges: badgesOf(element),
      tooltip: tooltipOf(element, this.locale, this.model, this.words),
      href: hrefOf(element),
    });
  }

  addEdge(kind: EdgeKind, from: Element, to: Element, options: { label?: string; status: Status; tooltip: string; key?: string }): void {
    if (!this.nodes.has(from.id) || !this.nodes.has(to.id) || from.id === to.id) return;
    const base = `${kind}:${from.id}->${to.id}`;
    const key = options.key ? `${base}@${options.key}` : base;
    if (this.edges.has(key)) return;
    this.edges.set(key, {
      id: key,
      from: from.id,
      to: to.id,
      kind,
      label: options.label,
      status: options.status,
      tooltip: options.tooltip,
    });
  }

  /** The nodes, groups and edges, sorted by id; edge ids made short and stable (`kind:a->b`, `#2` …). */
  parts(): GraphParts {
    const nodes = sortById([...this.nodes.values()]);
    const used = new Set(nodes.map((node) => node.group).filter((id): id is string => id !== undefined));
    for (const id of [...used])
      for (let parent = this.groups.get(id)?.parent; parent; parent = this.groups.get(parent)?.parent) used.add(parent);
    const groups = sortById([...this.groups.values()].filter((group) => used.has(group.id)));
    const edges: ViewEdge[] = [];
    const seen = new Map<string, number>();
    const inKeyOrder = [...this.edges].sort(([a], [b]) => compare(a, b)).map(([, edge]) => edge);
    for (const edge of inKeyOrder) {
      const base = `${edge.kind}:${edge.from}->${edge.to}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      edges.push({ ...edge, id: count === 1 ? base : `${base}#${count}` });
    }
    return { nodes, groups, edges };
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

function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compare(a.id, b.id));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
