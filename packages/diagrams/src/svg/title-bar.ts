// The title bar across the top of a diagram: the view's title, with the plateau it shows (and,
// for gap views, the plateau it is compared with) when the title does not already say so.
import type { DiagramWords, ViewGraph } from '@gea-arch/core';
import { lineHeight, textWidth } from '../text-measure.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { baseline } from './text-lines.js';

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const PADDING_Y = 12;

export interface TitleText {
  readonly title: string;
  readonly subtitle?: string;
}

export function titleText(graph: ViewGraph, words: DiagramWords): TitleText {
  const { plateau, compareFrom } = graph;
  const mentions = (label: string) => graph.title.includes(label);
  let title = graph.title;
  if (plateau && !compareFrom && !mentions(plateau.label)) title += ` — ${plateau.label} (${plateau.date})`;
  let subtitle: string | undefined;
  if (plateau && compareFrom && !(mentions(plateau.label) && mentions(compareFrom.label))) {
    subtitle = `${compareFrom.label} (${compareFrom.date}) ${words.gapArrow} ${plateau.label} (${plateau.date})`;
  }
  return subtitle === undefined ? { title } : { title, subtitle };
}

export function titleBarHeight(text: TitleText): number {
  const subtitle = text.subtitle === undefined ? 0 : lineHeight(SUBTITLE_SIZE) + 2;
  return PADDING_Y * 2 + lineHeight(TITLE_SIZE) + subtitle;
}

export function titleBarWidth(text: TitleText): number {
  return Math.max(textWidth(text.title, TITLE_SIZE, true), text.subtitle === undefined ? 0 : textWidth(text.subtitle, SUBTITLE_SIZE));
}

/** The bar spanning `width`, text starting at `left`. */
export function renderTitleBar(text: TitleText, width: number, left: number): string {
  const height = titleBarHeight(text);
  const parts = [
    `<g class="title">`,
    `<rect class="title-bar" x="0" y="0" width="${num(width)}" height="${num(height)}"/>`,
    `<text class="bold" x="${num(left)}" y="${num(baseline(PADDING_Y, TITLE_SIZE, 0))}" font-size="${TITLE_SIZE}">${escapeXml(text.title)}</text>`,
  ];
  if (text.subtitle !== undefined) {
    const top = PADDING_Y + lineHeight(TITLE_SIZE) + 2;
    parts.push(
      `<text class="muted" x="${num(left)}" y="${num(baseline(top, SUBTITLE_SIZE, 0))}" font-size="${SUBTITLE_SIZE}">${escapeXml(text.subtitle)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('\n');
}
