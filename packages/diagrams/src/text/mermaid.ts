// The Mermaid rendering of a view: a `flowchart LR` with the title in front matter, a subgraph per
// group, a shape per node kind, a line per relation kind, and classes for kind, classification and status.
import type { NodeKind, ViewGraph } from '@gea-arch/core';
import { diagramWords } from '../chrome/words.js';
import { MermaidClasses } from './mermaid-classes.js';
import { mermaidLabel } from './mermaid-text.js';
import { EDGE_LINE, classificationOf, edgeLines, groupMarkers, markerLine, nodeMarkers, type LinePattern } from './text-cues.js';
import { outlineView, type OutlineGroup, type OutlineNode } from './view-outline.js';

const SHAPE: Readonly<Record<NodeKind, readonly [open: string, close: string]>> = {
  agency: ['(', ')'],
  system: ['[', ']'],
  data: ['[(', ')]'],
  document: ['[/', '/]'],
  interface: ['{{', '}}'],
  platform: ['[[', ']]'],
  trust: ['([', '])'],
};

const ARROW: Readonly<Record<LinePattern, string>> = { solid: '-->', dotted: '-.->', thick: '==>' };

export function renderMermaid(graph: ViewGraph): string {
  const words = diagramWords(graph.locale);
  const outline = outlineView(graph);
  const classes = new MermaidClasses();
  const lines = ['---', `title: ${yamlString(graph.title)}`, '---', 'flowchart LR'];
  const writeNode = ({ node, ident }: OutlineNode, depth: number): void => {
    const [open, close] = SHAPE[node.kind];
    const text = [node.label, node.detail, markerLine(nodeMarkers(node, words))].filter(
      (line): line is string => line !== undefined && line !== '',
    );
    lines.push(`${indent(depth)}${ident}${open}"${mermaidLabel(text)}"${close}`);
    const classification = classificationOf(node);
    classes.add(classification === undefined ? `kind_${node.kind}` : `classified_${classification}`, ident);
    classes.addStatus(node.status, ident);
  };
  const writeGroup = ({ group, ident, nodes, groups }: OutlineGroup, depth: number): void => {
    const title = [group.label, markerLine(groupMarkers(group, words))].filter((line): line is string => line !== undefined);
    lines.push(`${indent(depth)}subgraph ${ident}["${mermaidLabel(title)}"]`);
    for (const child of nodes) writeNode(child, depth + 1);
    for (const child of groups) writeGroup(child, depth + 1);
    lines.push(`${indent(depth)}end`);
    classes.add(`group_${group.kind}`, ident);
    classes.addStatus(group.status, ident);
  };
  for (const node of outline.nodes) writeNode(node, 1);
  for (const group of outline.groups) writeGroup(group, 1);
  for (const { edge, from, to } of outline.edges) {
    lines.push(`  ${from} ${ARROW[EDGE_LINE[edge.kind]]}|"${mermaidLabel(edgeLines(edge, words))}"| ${to}`);
  }
  lines.push(...classes.statements());
  return `${lines.join('\n')}\n`;
}

/** The title as a YAML double-quoted scalar (JSON's escapes are YAML's), on one line. */
function yamlString(text: string): string {
  const oneLine = text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return JSON.stringify(oneLine);
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
