// Marks a view's nodes and edges with the findings on what they draw, so a reviewer sees the
// violations on the picture. Each finding that holds at a plateau the view shows marks one place:
// the edges that draw the statement it is in, else the node that stands for its element.
import type { Finding } from '../findings/finding.js';
import type { SourceRange } from '../model/types.js';
import { compare, type GraphParts } from './graph-builder.js';
import type { FindingMark } from './view-graph.js';

const WORST_FIRST = ['error', 'warning', 'info'] as const;

export function markFindings(parts: GraphParts, findings: readonly Finding[], plateaus: readonly string[]): GraphParts {
  const holding = findings.filter((finding) => finding.plateaus.length === 0 || finding.plateaus.some((id) => plateaus.includes(id)));
  const byUri = groupBy(holding, (finding) => finding.source.uri);
  const onEdges = new Set<Finding>();
  const edges = parts.edges.map((edge) => {
    const found = new Set<Finding>();
    for (const statement of edge.statements ?? [])
      for (const finding of byUri.get(statement.uri) ?? []) if (within(finding.source, statement)) found.add(finding);
    for (const finding of found) onEdges.add(finding);
    return found.size > 0 ? { ...edge, findings: markOf(found) } : edge;
  });
  const byElement = groupBy(
    holding.filter((finding) => finding.element !== undefined && !onEdges.has(finding)),
    (finding) => finding.element!,
  );
  const nodes = parts.nodes.map((node) => {
    const found = new Set((node.standsFor ?? [node.id]).flatMap((id) => byElement.get(id) ?? []));
    return found.size > 0 ? { ...node, findings: markOf(found) } : node;
  });
  return { ...parts, nodes, edges };
}

/** The worst unwaived severity, whether any is waived, and the rule ids. */
export function markOf(findings: Iterable<Finding>): FindingMark {
  const all = [...findings];
  const unwaived = new Set(all.filter((finding) => !finding.waived).map((finding) => finding.severity));
  const severity = WORST_FIRST.find((level) => unwaived.has(level));
  return {
    ...(severity ? { severity } : {}),
    waived: all.some((finding) => finding.waived),
    rules: [...new Set(all.map((finding) => finding.rule))].sort(compare),
  };
}

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.uri === outer.uri && !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: SourceRange['start'], b: SourceRange['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
