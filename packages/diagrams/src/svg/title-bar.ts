// The title bar across the top of a diagram: the view's title, with the plateau it shows (and,
// for gap views, the plateau it is compared with) when the title does not already say so. A title
// wider than the drawing wraps, and the bar grows in height: a long title does not widen the picture.
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { wrapText } from '../fonts/wrap-text.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { baseline } from './text-lines.js';

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const PADDING_Y = 12;
/** Between the title's lines and the subtitle's. */
const SUBTITLE_GAP = 2;
/** Between the two plateaus of a gap view (Noto Sans has no `→`). */
const GAP_ARROW = '»';

export interface TitleText {
  readonly title: string;
  readonly subtitle?: string;
}

/** The title bar's text wrapped to a width: the title's lines (bold), then the subtitle's (none without one). */
export interface TitleLines {
  readonly title: readonly string[];
  readonly subtitle: readonly string[];
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

/** `text` in lines no wider than `maxWidth` (characters the fonts cannot draw given stand-ins). */
export function titleLines(fonts: Fonts, text: TitleText, maxWidth: number): TitleLines {
  return {
    title: wrapText(fonts, text.title, maxWidth, TITLE_SIZE, true),
    subtitle: text.subtitle === undefined ? [] : wrapText(fonts, text.subtitle, maxWidth, SUBTITLE_SIZE),
  };
}

export function titleBarHeight(fonts: Fonts, lines: TitleLines): number {
  const subtitle = lines.subtitle.length === 0 ? 0 : SUBTITLE_GAP + lines.subtitle.length * fonts.lineHeight(SUBTITLE_SIZE);
  return PADDING_Y * 2 + lines.title.length * fonts.lineHeight(TITLE_SIZE) + subtitle;
}

/** The widest line. */
export function titleBarWidth(fonts: Fonts, lines: TitleLines): number {
  return Math.max(
    ...lines.title.map((line) => fonts.width(line, TITLE_SIZE, true)),
    ...lines.subtitle.map((line) => fonts.width(line, SUBTITLE_SIZE)),
  );
}

/** The bar spanning `width`, text starting at `left`: one `<text>` per line. */
export function renderTitleBar(fonts: Fonts, lines: TitleLines, width: number, left: number): string {
  const line = (className: string, size: number, top: number) => (text: string, index: number) =>
    `<text class="${className}" x="${num(left)}" y="${num(baseline(fonts, top, size, index))}" font-size="${size}">${escapeXml(text)}</text>`;
  const subtitleTop = PADDING_Y + lines.title.length * fonts.lineHeight(TITLE_SIZE) + SUBTITLE_GAP;
  return [
    `<g class="title">`,
    `<rect class="title-bar" x="0" y="0" width="${num(width)}" height="${num(titleBarHeight(fonts, lines))}"/>`,
    ...lines.title.map(line('bold', TITLE_SIZE, PADDING_Y)),
    ...lines.subtitle.map(line('muted', SUBTITLE_SIZE, subtitleTop)),
    '</g>',
  ].join('\n');
}
