// Box sizes from measured text: a node's label and detail wrapped to a maximum width plus the room
// the renderer asks for its shape and badges (node-chrome), a group's bold title, an edge's label.
import { rowWidth } from '../chrome/badges.js';
import { edgeLabelText } from '../chrome/findings.js';
import { nodeBadges, nodeChrome, type Insets } from '../chrome/node-chrome.js';
import { diagramWords, type DiagramWords } from '../chrome/words.js';
import type { Fonts } from '../fonts/fonts.js';
import { wrapText } from '../fonts/wrap-text.js';
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';
import type { TextBlock } from './types.js';

/** Text inside a node box: the label, the detail under it (the badge row goes above, in the chrome). */
export const NODE_TEXT = {
  labelFontSize: 13,
  detailFontSize: 11,
  /** Widest a line of label or detail text may be before it wraps. */
  maxTextWidth: 200,
  paddingX: 12,
  paddingY: 8,
  /** Between the label and the detail lines (as the renderer draws them). */
  detailGap: 2,
  minWidth: 96,
  minHeight: 40,
} as const;

/** A group's bold title sits in a header band inside its box, above its children. */
export const GROUP_TEXT = {
  fontSize: 13,
  maxTextWidth: 280,
  paddingX: 12,
  /** Above the title, and between the title and the children. */
  paddingY: 8,
  /** Around the children on the left, right and bottom. */
  padding: 12,
} as const;

/** Edge labels: small text in a padded box that ELK places clear of nodes and other labels. */
export const EDGE_LABEL = {
  fontSize: 11,
  maxTextWidth: 160,
  paddingX: 4,
  paddingY: 2,
} as const;

/** How much an interface hexagon's slanted sides take from its badge row (the renderer's `point`, at most 12). */
const INTERFACE_SLANT = 12;

export interface NodeSize {
  readonly width: number;
  readonly height: number;
  readonly label: TextBlock;
  readonly detail?: TextBlock;
  /** Room for the shape's features and the badge row, as the renderer asks for it. */
  readonly chrome: Insets;
}

export interface GroupSize {
  readonly label: TextBlock;
  /** Smallest box that holds the title. */
  readonly minWidth: number;
  /** Header band: padding, title lines, padding; the children start below it. */
  readonly headerHeight: number;
}

export interface EdgeLabelSize {
  readonly text: TextBlock;
  /** When the label is drawn as a number (its text is in the legend's key): that number. */
  readonly key?: number;
  readonly width: number;
  readonly height: number;
}

/** Every size a view's layout needs, in the graph's order. */
export interface ViewSizes {
  readonly nodes: readonly NodeSize[];
  readonly groups: readonly GroupSize[];
  readonly edgeLabels: readonly (EdgeLabelSize | undefined)[];
}

/** Wraps `text` at `maxWidth` and measures the widest line. */
export function measureTextBlock(fonts: Fonts, text: string, fontSize: number, bold: boolean, maxWidth: number): TextBlock {
  // An element's name is wrapped alike in every view it is in (five or so at national scale).
  let blocks = TEXT_BLOCKS.get(fonts);
  if (!blocks || blocks.size >= TEXT_BLOCKS_KEPT) TEXT_BLOCKS.set(fonts, (blocks = new Map()));
  const key = `${fontSize}|${bold ? 'b' : 'r'}|${maxWidth}|${text}`;
  let block = blocks.get(key);
  if (!block) {
    const lines = wrapText(fonts, text, maxWidth, fontSize, bold);
    const width = Math.max(...lines.map((line) => fonts.width(line, fontSize, bold)));
    block = Object.freeze({ lines: Object.freeze(lines), fontSize, bold, width: ceilTenth(width) });
    blocks.set(key, block);
  }
  return block;
}

/** Text blocks measured with each set of fonts, by size, weight, width and text; started afresh when full. */
const TEXT_BLOCKS = new WeakMap<Fonts, Map<string, TextBlock>>();
const TEXT_BLOCKS_KEPT = 100_000;

/** Height of a text block's lines. */
export function textBlockHeight(fonts: Fonts, block: TextBlock): number {
  return block.lines.length * fonts.lineHeight(block.fontSize);
}

export function sizeNode(fonts: Fonts, node: ViewNode, words: DiagramWords): NodeSize {
  const label = measureTextBlock(fonts, node.label, NODE_TEXT.labelFontSize, false, NODE_TEXT.maxTextWidth);
  const detail =
    node.detail === undefined || node.detail === ''
      ? undefined
      : measureTextBlock(fonts, node.detail, NODE_TEXT.detailFontSize, false, NODE_TEXT.maxTextWidth);
  const chrome = nodeChrome(node);
  const contentWidth = Math.max(label.width, detail?.width ?? 0, badgeRowWidth(fonts, node, words));
  let contentHeight = textBlockHeight(fonts, label);
  if (detail) contentHeight += NODE_TEXT.detailGap + textBlockHeight(fonts, detail);
  const width = Math.max(NODE_TEXT.minWidth, contentWidth + 2 * NODE_TEXT.paddingX + chrome.left + chrome.right);
  const height = Math.max(NODE_TEXT.minHeight, contentHeight + 2 * NODE_TEXT.paddingY + chrome.top + chrome.bottom);
  return { width: Math.ceil(width), height: Math.ceil(height), label, ...(detail ? { detail } : {}), chrome };
}

/**
 * Width the text area needs for the node's badge row: all of it while that is no wider than a
 * label may be (else the renderer shows the tags that fit and `+n`), and at least the required
 * status and classification marks; an interface's slanted sides take some more.
 */
function badgeRowWidth(fonts: Fonts, node: ViewNode, words: DiagramWords): number {
  const badges = nodeBadges(node, words);
  if (badges.length === 0) return 0;
  const required = rowWidth(
    fonts,
    badges.filter((badge) => badge.required),
  );
  const all = Math.min(rowWidth(fonts, badges), NODE_TEXT.maxTextWidth);
  return Math.max(required, all) + (node.kind === 'interface' ? INTERFACE_SLANT : 0);
}

export function sizeGroup(fonts: Fonts, group: ViewGroup): GroupSize {
  const label = measureTextBlock(fonts, group.label, GROUP_TEXT.fontSize, true, GROUP_TEXT.maxTextWidth);
  return {
    label,
    minWidth: Math.ceil(label.width + 2 * GROUP_TEXT.paddingX),
    headerHeight: Math.ceil(textBlockHeight(fonts, label) + 2 * GROUP_TEXT.paddingY),
  };
}

/** The label box ELK places for an edge, or undefined for an edge without a label. */
export function sizeEdgeLabel(fonts: Fonts, edge: ViewEdge): EdgeLabelSize | undefined {
  const label = edgeLabelText(edge);
  if (label === undefined) return undefined;
  const text = measureTextBlock(fonts, label, EDGE_LABEL.fontSize, false, EDGE_LABEL.maxTextWidth);
  return {
    text,
    width: Math.ceil(text.width + 2 * EDGE_LABEL.paddingX),
    height: Math.ceil(textBlockHeight(fonts, text) + 2 * EDGE_LABEL.paddingY),
  };
}

/**
 * Labels as numbers: each distinct label text numbered 1, 2, … in the order edges first carry it
 * (edges with the same text share its number), each number in a small box on its edge; the
 * legend's key gives each number's text.
 */
export function numberedEdgeLabels(fonts: Fonts, graph: Pick<ViewGraph, 'edges'>): (EdgeLabelSize | undefined)[] {
  const keys = new Map<string, number>();
  return graph.edges.map((edge) => {
    const label = edgeLabelText(edge);
    if (label === undefined) return undefined;
    const key = keys.get(label) ?? keys.size + 1;
    keys.set(label, key);
    const text = measureTextBlock(fonts, String(key), EDGE_LABEL.fontSize, true, EDGE_LABEL.maxTextWidth);
    return {
      text,
      key,
      width: Math.ceil(text.width + 2 * EDGE_LABEL.paddingX),
      height: Math.ceil(textBlockHeight(fonts, text) + 2 * EDGE_LABEL.paddingY),
    };
  });
}

function ceilTenth(value: number): number {
  return Math.ceil(value * 10 - 1e-9) / 10;
}

export function sizeView(fonts: Fonts, graph: Pick<ViewGraph, 'locale' | 'nodes' | 'groups' | 'edges'>): ViewSizes {
  const words = diagramWords(graph.locale);
  return {
    nodes: graph.nodes.map((node) => sizeNode(fonts, node, words)),
    groups: graph.groups.map((group) => sizeGroup(fonts, group)),
    edgeLabels: graph.edges.map((edge) => sizeEdgeLabel(fonts, edge)),
  };
}
