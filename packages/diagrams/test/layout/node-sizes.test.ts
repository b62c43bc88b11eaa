import { describe, expect, it } from 'vitest';
import {
  EDGE_LABEL,
  GROUP_TEXT,
  measureTextBlock,
  NODE_TEXT,
  sizeEdgeLabel,
  sizeGroup,
  sizeNode,
  sizeView,
} from '../../src/layout/node-sizes.js';
import { nodeChrome } from '../../src/chrome/node-chrome.js';
import { diagramWords } from '../../src/chrome/words.js';
import { FONTS, lineHeight, textWidth } from '../fonts.js';
import type { ViewNode } from '@gea-arch/core';
import { LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';

const words = diagramWords('mn');

describe('node sizes', () => {
  it('measures a text once per size, weight and width, as it would each time', () => {
    const text = 'Улсын бүртгэлийн ерөнхий газрын иргэний бүртгэлийн систем';
    const wide = measureTextBlock(FONTS, text, 14, false, 400);
    expect(measureTextBlock(FONTS, text, 14, false, 400)).toBe(wide);
    const narrow = measureTextBlock(FONTS, text, 14, false, 150);
    const bold = measureTextBlock(FONTS, text, 14, true, 150);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    expect(bold).toMatchObject({ bold: true });
    expect(bold.width).toBeGreaterThan(0);
    expect(measureTextBlock(FONTS, text, 10, false, 150)).toMatchObject({ fontSize: 10 });
    for (const block of [wide, narrow, bold]) expect(block.lines.join(' ')).toBe(text);
  });

  it('wraps long Cyrillic labels (with Ө and Ү) to lines no wider than 200 px and keeps every word', () => {
    const node = LONG_LABEL_VIEW.nodes.find((n) => n.id === 'a')!;
    const size = sizeNode(FONTS, node, words);
    expect(size.label.lines.length).toBeGreaterThan(2);
    for (const line of size.label.lines) expect(textWidth(line, NODE_TEXT.labelFontSize)).toBeLessThanOrEqual(NODE_TEXT.maxTextWidth);
    expect(size.label.lines.join(' ')).toBe(node.label);
    expect(size.label.lines.join(' ')).toMatch(/Ө.*Ү/);
    expect(size.detail!.lines.join(' ')).toBe(node.detail);
  });

  it('sizes a label with a line break in it as two lines', () => {
    const node = LONG_LABEL_VIEW.nodes.find((n) => n.id === 'a')!;
    const size = (label: string) => sizeNode(FONTS, { ...node, label, detail: undefined }, words);
    const broken = size('Line1\nLine2');
    expect(broken.label.lines).toEqual(['Line1', 'Line2']);
    expect(broken.label.width).toBeLessThan(size('Line1 Line2').label.width);
    expect(broken.height).toBeGreaterThan(size('Line1 Line2').height);
  });

  it('splits a long dotted name with no spaces and keeps every character', () => {
    const node = LONG_LABEL_VIEW.nodes.find((n) => n.id === 'b')!;
    const size = sizeNode(FONTS, node, words);
    expect(size.label.lines.length).toBeGreaterThan(1);
    // (text-measure joins two pieces of a split word that share a line with a space.)
    expect(size.label.lines.join('').replaceAll(' ', '')).toBe(node.label);
    for (const line of size.label.lines) expect(textWidth(line, NODE_TEXT.labelFontSize)).toBeLessThanOrEqual(NODE_TEXT.maxTextWidth);
  });

  it('makes every box hold its measured label and detail with padding and the room its shape and badges need', () => {
    for (const node of [...MIXED_VIEW.nodes, ...LONG_LABEL_VIEW.nodes]) {
      const size = sizeNode(FONTS, node, words);
      const chrome = nodeChrome(node);
      const widest = Math.max(...size.label.lines.map((line) => textWidth(line, NODE_TEXT.labelFontSize)));
      expect(size.label.width).toBeGreaterThanOrEqual(widest);
      expect(size.width).toBeGreaterThanOrEqual(size.label.width + 2 * NODE_TEXT.paddingX + chrome.left + chrome.right);
      expect(size.width).toBeGreaterThanOrEqual((size.detail?.width ?? 0) + 2 * NODE_TEXT.paddingX + chrome.left + chrome.right);
      const textHeight =
        size.label.lines.length * lineHeight(NODE_TEXT.labelFontSize) +
        (size.detail ? NODE_TEXT.detailGap + size.detail.lines.length * lineHeight(NODE_TEXT.detailFontSize) : 0);
      expect(size.height).toBeGreaterThanOrEqual(textHeight + 2 * NODE_TEXT.paddingY + chrome.top + chrome.bottom);
      expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
    }
  });

  it('widens a short node so that its required status and classification marks fit', () => {
    const node: ViewNode = {
      id: 'x',
      kind: 'data',
      label: 'Ү',
      classification: 'restricted',
      status: 'eliminated',
      badges: [],
      tooltip: '',
      href: '',
    };
    const plain = sizeNode(FONTS, { ...node, classification: undefined, status: 'active', kind: 'system' }, words);
    const marked = sizeNode(FONTS, node, words);
    expect(plain.width).toBe(NODE_TEXT.minWidth);
    expect(marked.width).toBeGreaterThan(plain.width);
    expect(marked.height).toBeGreaterThan(plain.height);
  });

  it('gives a group a bold wrapped title, a header band above its children and a width that holds the title', () => {
    const group = LONG_LABEL_VIEW.groups[0]!;
    const size = sizeGroup(FONTS, group);
    expect(size.label.bold).toBe(true);
    expect(size.label.fontSize).toBe(GROUP_TEXT.fontSize);
    expect(size.label.lines.length).toBeGreaterThan(1);
    expect(size.minWidth).toBeGreaterThanOrEqual(size.label.width + 2 * GROUP_TEXT.paddingX);
    expect(size.headerHeight).toBeGreaterThanOrEqual(size.label.lines.length * lineHeight(GROUP_TEXT.fontSize));
  });

  it('sizes edge labels from their measured text, and none for an edge without one', () => {
    const [labelled, plain] = LONG_LABEL_VIEW.edges;
    const size = sizeEdgeLabel(FONTS, labelled!)!;
    expect(size.text.lines.length).toBeGreaterThan(1);
    expect(size.width).toBeGreaterThanOrEqual(size.text.width + 2 * EDGE_LABEL.paddingX);
    expect(size.height).toBeGreaterThanOrEqual(size.text.lines.length * lineHeight(EDGE_LABEL.fontSize));
    expect(sizeEdgeLabel(FONTS, plain!)).toBeUndefined();
  });

  it('sizes a whole view in graph order', () => {
    const sizes = sizeView(FONTS, MIXED_VIEW);
    expect(sizes.nodes).toHaveLength(MIXED_VIEW.nodes.length);
    expect(sizes.groups).toHaveLength(MIXED_VIEW.groups.length);
    expect(sizes.edgeLabels.map((label) => label !== undefined)).toEqual(MIXED_VIEW.edges.map((edge) => edge.label !== undefined));
  });
});
