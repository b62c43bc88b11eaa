// The Mermaid rendering of a view: a `flowchart LR` with the title in front matter, a subgraph per
// group, a shape per node kind, a line per relation kind, and classes for kind, classification and status.
// A text over Mermaid's limits says so in a note at its top, after the title (decision 0066).
import type { MermaidExcess, NodeKind, ViewGraph } from '@gea-arch/core';
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

/**
 * What Mermaid refuses by default: a flowchart of more edges than `maxEdges`, and a text of more
 * characters than `maxTextSize` (counted without the front matter and `%%` comments). Both are
 * settings only the page that loads Mermaid can raise, not a diagram; GitHub and GitLab keep them.
 */
export const MERMAID_LIMITS: Readonly<Record<MermaidExcess['measure'], number>> = { edges: 500, characters: 50_000 };

/** A Mermaid text's size as Mermaid measures it against MERMAID_LIMITS. */
export type MermaidSize = Readonly<Record<MermaidExcess['measure'], number>>;

/** What of `size` is over Mermaid's limits. */
export function mermaidExcesses(size: MermaidSize): MermaidExcess[] {
  return (['edges', 'characters'] as const)
    .filter((measure) => size[measure] > MERMAID_LIMITS[measure])
    .map((measure) => ({ measure, value: size[measure], limit: MERMAID_LIMITS[measure] }));
}

export function renderMermaid(graph: ViewGraph): string {
  return mermaidDrawing(graph).text;
}

/** The Mermaid text of a view, and its size as Mermaid measures it (without the note it may carry). */
export function mermaidDrawing(graph: ViewGraph): { readonly text: string; readonly size: MermaidSize } {
  const words = diagramWords(graph.locale);
  const outline = outlineView(graph);
  const classes = new MermaidClasses();
  const lines = ['flowchart LR'];
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
  const body = `${lines.join('\n')}\n`;
  const size = { edges: outline.edges.length, characters: body.length };
  const excesses = mermaidExcesses(size);
  // Mermaid reads front matter only at the very start, so the note comes after it; being a comment,
  // it is not counted against the limit on characters.
  const note = excesses.length === 0 ? [] : [`%% ${oneLine(words.mermaidNote({ view: graph.id, excesses }))}`];
  const head = ['---', `title: ${yamlString(graph.title)}`, '---', ...note].join('\n');
  return { text: `${head}\n${body}`, size };
}

/** The title as a YAML double-quoted scalar (JSON's escapes are YAML's), on one line. */
function yamlString(text: string): string {
  return JSON.stringify(oneLine(text).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** Text with its line breaks and control characters as spaces: a `%%` comment ends at the line's end. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ');
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
