// The title bar across the top of a diagram: the view's title, with the plateau it shows (and,
// for gap views, the plateau it is compared with) when the title does not already say so.
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { baseline } from './text-lines.js';
import { drawableText } from '../fonts/wrap-text.js';

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const PADDING_Y = 12;
/** Between the two plateaus of a gap view (Noto Sans has no `→`). */
const GAP_ARROW = '»';

export interface TitleText {
  readonly title: string;
  readonly subtitle?: string;
}

export function titleText(graph: ViewGraph): TitleText {
  const { plateau, compareFrom } = graph;
  const mentions = (label: string) => graph.title.includes(label);
  let title = graph.title;
  if (plateau && !compareFrom && !mentions(plateau.label)) title += ` — ${plateau.label} (${plateau.date})`;
  let subtitle: string | undefined;
  if (plateau && compareFrom && !(mentions(plateau.label) && mentions(compareFrom.label))) {
    subtitle = `${compareFrom.label} (${compareFrom.date}) ${GAP_ARROW} ${plateau.label} (${plateau.date})`;
  }
  return subtitle === undefined ? { title } : { title, subtitle };
}

export function titleBarHeight(fonts: Fonts, text: TitleText): number {
  const subtitle = text.subtitle === undefined ? 0 : fonts.lineHeight(SUBTITLE_SIZE) + 2;
  return PADDING_Y * 2 + fonts.lineHeight(TITLE_SIZE) + subtitle;
}

export function titleBarWidth(fonts: Fonts, given: TitleText): number {
  const text = drawable(fonts, given);
  return Math.max(fonts.width(text.title, TITLE_SIZE, true), text.subtitle === undefined ? 0 : fonts.width(text.subtitle, SUBTITLE_SIZE));
}

/** The bar spanning `width`, text starting at `left`. */
export function renderTitleBar(fonts: Fonts, given: TitleText, width: number, left: number): string {
  const text = drawable(fonts, given);
  const height = titleBarHeight(fonts, text);
  const parts = [
    `<g class="title">`,
    `<rect class="title-bar" x="0" y="0" width="${num(width)}" height="${num(height)}"/>`,
    `<text class="bold" x="${num(left)}" y="${num(baseline(fonts, PADDING_Y, TITLE_SIZE, 0))}" font-size="${TITLE_SIZE}">${escapeXml(text.title)}</text>`,
  ];
  if (text.subtitle !== undefined) {
    const top = PADDING_Y + fonts.lineHeight(TITLE_SIZE) + 2;
    parts.push(
      `<text class="muted" x="${num(left)}" y="${num(baseline(fonts, top, SUBTITLE_SIZE, 0))}" font-size="${SUBTITLE_SIZE}">${escapeXml(text.subtitle)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('\n');
}

function drawable(fonts: Fonts, text: TitleText): TitleText {
  const title = drawableText(fonts, text.title);
  return text.subtitle === undefined ? { title } : { title, subtitle: drawableText(fonts, text.subtitle) };
}
