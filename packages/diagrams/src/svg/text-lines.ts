// Places the wrapped lines of a TextBlock as SVG text: one baseline per line, computed from Noto
// Sans' ascender and descender so that the lines sit where the layout measured them.
import type { TextBlock } from '../layout/types.js';
import { lineHeight, textWidth } from '../text-measure.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';

/** Noto Sans vertical metrics, in em (hhea ascender 1069, descender 293, per 1000 units). */
const ASCENT = 1.069;
const GLYPH_HEIGHT = 1.362;

/** Height the lines of `block` take, stacked. */
export function blockHeight(block: TextBlock): number {
  return block.lines.length * lineHeight(block.fontSize);
}

/** Baseline of line `index` of a block whose first line's box starts at `top`. */
export function baseline(top: number, fontSize: number, index: number): number {
  const height = lineHeight(fontSize);
  return top + index * height + (height - GLYPH_HEIGHT * fontSize) / 2 + ASCENT * fontSize;
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
export function textElement(block: TextBlock, at: TextPlacement): string {
  const classes = [at.className, block.bold ? 'bold' : ''].filter((name) => name.length > 0).join(' ');
  const spans = block.lines
    .map((line, index) => `<tspan x="${num(at.x)}" y="${num(baseline(at.top, block.fontSize, index))}">${escapeXml(line)}</tspan>`)
    .join('');
  const anchor = at.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text class="${classes}" font-size="${num(block.fontSize)}"${anchor}>${spans}</text>`;
}

/** A line through each line of a centred block, for eliminated elements. */
export function strikeThrough(block: TextBlock, centreX: number, top: number): string {
  return block.lines
    .map((line, index) => {
      const half = textWidth(line, block.fontSize, block.bold) / 2;
      const y = baseline(top, block.fontSize, index) - 0.3 * block.fontSize;
      return `<path class="strike" d="M${num(centreX - half)} ${num(y)}H${num(centreX + half)}"/>`;
    })
    .join('');
}
