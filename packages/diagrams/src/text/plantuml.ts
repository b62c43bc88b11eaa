// The PlantUML rendering of a view: a component-style diagram with the title, a `rectangle` per
// agency and a `node` per platform holding their elements, an element keyword per node kind,
// stereotypes for classification, status and badges, and an arrow per relation kind.
import type { NodeKind, Status, ViewGraph, ViewGroup } from '@gea-arch/core';
import { diagramWords } from '../chrome/words.js';
import { plantUmlLabel, plantUmlStereotype } from './plantuml-text.js';
import { GROUP_PAINT, nodePaint, type Paint } from './text-palette.js';
import { EDGE_LINE, STATUS_BORDER, edgeLines, groupMarkers, nodeMarkers, type LinePattern } from './text-cues.js';
import { outlineView, type OutlineGroup, type OutlineNode } from './view-outline.js';

const ELEMENT: Readonly<Record<NodeKind, string>> = {
  agency: 'rectangle',
  system: 'component',
  data: 'database',
  document: 'file',
  interface: 'interface',
  platform: 'node',
  trust: 'storage',
};

const GROUP_ELEMENT: Readonly<Record<ViewGroup['kind'], string>> = { agency: 'rectangle', platform: 'node' };

const ARROW: Readonly<Record<LinePattern, string>> = { solid: '-->', dotted: '..>', thick: '==>' };

export interface PlantUmlOptions {
  /** The font family PlantUML is asked to set text in; Noto Sans, the one gea ships, by default. */
  readonly fontFamily?: string;
}

// No `skinparam wrapWidth`: with it PlantUML decodes character references twice (`&#38;#34;` came out as `"`).
const HEADER = ['skinparam defaultFontSize 13', 'skinparam shadowing false', 'left to right direction'];

export function renderPlantUml(graph: ViewGraph, options: PlantUmlOptions = {}): string {
  const words = diagramWords(graph.locale);
  const outline = outlineView(graph);
  const font = `skinparam defaultFontName "${plantUmlLabel([options.fontFamily ?? 'Noto Sans'])}"`;
  const lines = ['@startuml', font, ...HEADER, `title ${plantUmlLabel([graph.title])}`];
  const writeNode = ({ node, ident }: OutlineNode, depth: number): void => {
    const text = plantUmlLabel(node.detail === undefined || node.detail === '' ? [node.label] : [node.label, node.detail]);
    const stereotypes = nodeMarkers(node, words).map((marker) => ` <<${plantUmlStereotype(marker)}>>`);
    lines.push(
      `${indent(depth)}${ELEMENT[node.kind]} "${text}" as ${ident}${stereotypes.join('')} ${inlineStyle(nodePaint(node), node.status)}`,
    );
  };
  const writeGroup = ({ group, ident, nodes, groups }: OutlineGroup, depth: number): void => {
    const stereotypes = groupMarkers(group, words).map((marker) => ` <<${plantUmlStereotype(marker)}>>`);
    const style = inlineStyle(GROUP_PAINT[group.kind], group.status);
    lines.push(
      `${indent(depth)}${GROUP_ELEMENT[group.kind]} "${plantUmlLabel([group.label])}" as ${ident}${stereotypes.join('')} ${style} {`,
    );
    for (const child of nodes) writeNode(child, depth + 1);
    for (const child of groups) writeGroup(child, depth + 1);
    lines.push(`${indent(depth)}}`);
  };
  for (const node of outline.nodes) writeNode(node, 0);
  for (const group of outline.groups) writeGroup(group, 0);
  for (const { edge, from, to } of outline.edges) {
    lines.push(`${from} ${ARROW[EDGE_LINE[edge.kind]]} ${to} : "${plantUmlLabel(edgeLines(edge, words))}"`);
  }
  lines.push('@enduml');
  return `${lines.join('\n')}\n`;
}

/** `#fill;line:stroke` and, for a status other than active or kept, a dashed, dotted or bold border. */
function inlineStyle(paint: Paint, status: Status): string {
  const border = STATUS_BORDER[status];
  return `${paint.fill};line:${paint.stroke.slice(1)}${border === undefined ? '' : `;line.${border}`}`;
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
