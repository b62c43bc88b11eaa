// Places the wrapped lines of a TextBlock as SVG text: one baseline per line, computed from the
// font's ascender and descender so that the lines sit where the layout measured them.
import type { Fonts } from '../fonts/fonts.js';
import type { TextBlock } from '../layout/types.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';

/** Height the lines of `block` take, stacked. */
export function blockHeight(fonts: Fonts, block: TextBlock): number {
  return block.lines.length * fonts.lineHeight(block.fontSize);
}

/** Baseline of line `index` of a block whose first line's box starts at `top`. */
export function baseline(fonts: Fonts, top: number, fontSize: number, index: number): number {
  const height = fonts.lineHeight(fontSize);
  return top + index * height + (height - fonts.glyphHeight * fontSize) / 2 + fonts.ascent * fontSize;
}

export interface TextPlacement {
  /** Horizontal anchor: the centre for `middle`, the left edge for `start`. */
  readonly x: number;
  /** Top of the first line's box. */
  readonly top: number;
  readonly anchor: 'middle' | 'start';
  /** Classes besides `bold` (which the block decides). */
  readonly className: string;
}

/** The block as one `<text>` with a `<tspan>` per line. */
export function textElement(fonts: Fonts, block: TextBlock, at: TextPlacement): string {
  const classes = [at.className, block.bold ? 'bold' : ''].filter((name) => name.length > 0).join(' ');
  const spans = block.lines
    .map((line, index) => `<tspan x="${num(at.x)}" y="${num(baseline(fonts, at.top, block.fontSize, index))}">${escapeXml(line)}</tspan>`)
    .join('');
  const anchor = at.anchor === 'middle' ? ' text-anchor="middle"' : '';
  // Lines are spans with nothing between them: a screen reader (and find in page) would run the last word of one into the next.
  const spoken = block.lines.length > 1 ? ` aria-label="${escapeXml(block.lines.join(' '))}"` : '';
  return `<text class="${classes}" font-size="${num(block.fontSize)}"${anchor}${spoken}>${spans}</text>`;
}

/** A line through each line of a centred block, for eliminated elements. */
export function strikeThrough(fonts: Fonts, block: TextBlock, centreX: number, top: number): string {
  return block.lines
    .map((line, index) => {
      const half = fonts.width(line, block.fontSize, block.bold) / 2;
      const y = baseline(fonts, top, block.fontSize, index) - 0.3 * block.fontSize;
      return `<path class="strike" d="M${num(centreX - half)} ${num(y)}H${num(centreX + half)}"/>`;
    })
    .join('');
}
