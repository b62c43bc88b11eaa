// The D2 rendering of a view (https://d2lang.com): the title as a text shape at the top, a container
// per group holding its nodes, a shape per node kind, a line per relation kind, and classes for kind,
// classification and status, as the Mermaid rendering has. Keys are ASCII identifiers (D2 would read
// the dots of a full name as nesting); each shape's tooltip keeps the full name.
import type { NodeKind, ViewGraph } from '@gea-arch/core';
import { diagramWords } from '../chrome/words.js';
import { D2Classes } from './d2-classes.js';
import { d2String } from './d2-text.js';
import { assignIdentifiers, type IdentifierRules } from './identifiers.js';
import { EDGE_LINE, classificationOf, edgeLines, groupMarkers, markerLine, nodeMarkers } from './text-cues.js';
import { outlineView, type OutlineGroup, type OutlineNode } from './view-outline.js';

/** D2 keys are case-insensitive and at most 518 characters long. */
const D2_KEYS: IdentifierRules = { caseInsensitive: true, maxLength: 200 };

const SHAPE: Readonly<Record<NodeKind, string>> = {
  agency: 'rectangle',
  system: 'rectangle',
  data: 'cylinder',
  document: 'document',
  interface: 'hexagon',
  platform: 'package',
  trust: 'oval',
};

export function renderD2(graph: ViewGraph): string {
  const words = diagramWords(graph.locale);
  const outline = outlineView(graph, assignIdentifiers(graph, D2_KEYS));
  const classes = new D2Classes();
  // An edge names its ends by their path from the root: `g_agency.g_platform.n_system`.
  const paths = new Map<string, string>();
  const shapes: string[] = [];
  const writeNode = ({ node, ident }: OutlineNode, parentPath: string | undefined, depth: number): void => {
    paths.set(ident, parentPath === undefined ? ident : `${parentPath}.${ident}`);
    const text = [node.label, node.detail, markerLine(nodeMarkers(node, words))].filter(
      (line): line is string => line !== undefined && line !== '',
    );
    const classification = classificationOf(node);
    const colour = classification === undefined ? `kind_${node.kind}` : `classified_${classification}`;
    shapes.push(
      `${indent(depth)}${ident}: ${d2String(text)} {`,
      `${indent(depth + 1)}shape: ${SHAPE[node.kind]}`,
      `${indent(depth + 1)}tooltip: ${d2String([node.id])}`,
      `${indent(depth + 1)}class: ${classes.value([colour, ...D2Classes.ofStatus(node.status)])}`,
      `${indent(depth)}}`,
    );
  };
  const writeGroup = ({ group, ident, nodes, groups }: OutlineGroup, parentPath: string | undefined, depth: number): void => {
    const path = parentPath === undefined ? ident : `${parentPath}.${ident}`;
    paths.set(ident, path);
    const title = [group.label, markerLine(groupMarkers(group, words))].filter((line): line is string => line !== undefined);
    shapes.push(
      `${indent(depth)}${ident}: ${d2String(title)} {`,
      `${indent(depth + 1)}tooltip: ${d2String([group.id])}`,
      `${indent(depth + 1)}class: ${classes.value([`group_${group.kind}`, ...D2Classes.ofStatus(group.status)])}`,
    );
    for (const child of nodes) writeNode(child, path, depth + 1);
    for (const child of groups) writeGroup(child, path, depth + 1);
    shapes.push(`${indent(depth)}}`);
  };
  for (const node of outline.nodes) writeNode(node, undefined, 0);
  for (const group of outline.groups) writeGroup(group, undefined, 0);
  const edges = outline.edges.map(({ edge, from, to }) => {
    const line = classes.value(D2Classes.ofLine(EDGE_LINE[edge.kind]));
    const label = d2String(edgeLines(edge, words));
    return `${paths.get(from)!} -> ${paths.get(to)!}: ${label}${line === undefined ? '' : ` {class: ${line}}`}`;
  });
  const title = [`title: ${d2String([graph.title])} {`, '  shape: text', '  near: top-center', '  style: {font-size: 20; bold: true}', '}'];
  const lines = ['direction: right', ...title, ...classes.statements(), ...shapes, ...edges];
  return `${lines.join('\n')}\n`;
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
