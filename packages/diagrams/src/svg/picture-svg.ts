// A drawing gea rendered, rewritten for a rasteriser: each label set as the outlines of the glyphs
// it was measured with, and no hit areas (strokes nobody sees, there for a pointer). resvg reads the
// whole font file again for nearly every glyph it sets (about 2 000 reads of 630 KB for one large
// view, half of its time); outlines defined once and placed with <use> cost it nothing to find.
// Only gea's own markup is rewritten: text in any other form is left for the rasteriser to set.
import type { Fonts } from '../fonts/fonts.js';
import { num } from './format.js';

/** A `<text>` holding plain text or only `<tspan>`s of plain text, as the renderer writes them. */
const TEXT = /<text\b([^>]*)>((?:<tspan\b[^>]*>[^<]*<\/tspan>)+|[^<]*)<\/text>/g;
const TSPAN = /<tspan\b([^>]*)>([^<]*)<\/tspan>/g;
const ATTRIBUTE = /\s([\w-]+)="([^"]*)"/g;
/** The attributes the renderer puts on text; anything else (a style, a transform) is left to resvg. */
const TEXT_ATTRIBUTES = new Set(['class', 'x', 'y', 'font-size', 'text-anchor', 'aria-label']);
const HIT_AREA = /<path class="hit" d="[^"]*"\/>/g;
/** The `text` type selector in the style sheet (not `text-anchor` or a class containing it). */
const TEXT_SELECTOR = /(^|[\s,{}>+~])text(?=[\s,{:.[>+~])/g;
const GLYPHS_CLASS = 'glyphs';

/** `svg` as resvg should draw it for a PNG; an SVG gea did not draw is returned as it is. */
export function pictureSvg(svg: string, fonts: Fonts): string {
  if (!/^<svg\b[^>]*\bclass="gea-diagram"/.test(svg)) return svg;
  const defined = new Map<string, string>();
  const glyphId = (glyph: number, bold: boolean): string | undefined => {
    const id = `gl-${bold ? 'b' : 'r'}${glyph}`;
    if (!defined.has(id)) defined.set(id, fonts.outline(glyph, bold));
    return defined.get(id) === '' ? undefined : id;
  };
  const line = (text: string, x: number, y: number, size: number, anchor: string, bold: boolean): string => {
    const run = fonts.glyphs(collapseSpaces(text), bold);
    const scale = size / run.unitsPerEm;
    const start = anchor === 'middle' ? -run.advance / 2 : anchor === 'end' ? -run.advance : 0;
    let placed = '';
    for (const { glyph, x: pen, y: rise } of run.glyphs) {
      const id = glyphId(glyph, bold);
      if (id) placed += `<use href="#${id}" x="${num(start + pen)}"${rise === 0 ? '' : ` y="${num(rise)}"`}/>`;
    }
    return `<g transform="translate(${num(x)} ${num(y)}) scale(${scale} ${-scale})">${placed}</g>`;
  };
  const drawn = svg.replace(HIT_AREA, '').replace(TEXT, (element, attributeText: string, content: string) => {
    const attributes = attributesOf(attributeText);
    if (!attributes) return element;
    const size = Number(attributes.get('font-size'));
    if (!(size > 0)) return element;
    const anchor = attributes.get('text-anchor') ?? 'start';
    const classes = attributes.get('class') ?? '';
    const bold = classes.split(' ').includes('bold');
    let lines = '';
    if (content.startsWith('<tspan')) {
      for (const [, spanAttributes, text] of content.matchAll(TSPAN)) {
        const at = attributesOf(spanAttributes!);
        const x = Number(at?.get('x'));
        const y = Number(at?.get('y'));
        if (at?.size !== 2 || !Number.isFinite(x) || !Number.isFinite(y)) return element;
        lines += line(unescapeXml(text!), x, y, size, anchor, bold);
      }
    } else {
      const x = Number(attributes.get('x') ?? 0);
      const y = Number(attributes.get('y') ?? 0);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return element;
      lines = line(unescapeXml(content), x, y, size, anchor, bold);
    }
    return `<g class="${[GLYPHS_CLASS, classes].filter(Boolean).join(' ')}">${lines}</g>`;
  });
  const styled = drawn.replace(
    /<style>([^<]*)<\/style>/,
    (_, css: string) => `<style>${css.replace(TEXT_SELECTOR, `$1.${GLYPHS_CLASS}`)}</style>`,
  );
  if (defined.size === 0) return styled;
  const definitions = [...defined].filter(([, path]) => path !== '').map(([id, path]) => `<path id="${id}" d="${path}"/>`);
  return styled.replace(/^<svg\b[^>]*>/, (root) => `${root}<defs>${definitions.join('')}</defs>`);
}

function attributesOf(text: string): Map<string, string> | undefined {
  const attributes = new Map<string, string>();
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) {
    if (!TEXT_ATTRIBUTES.has(name!)) return undefined;
    attributes.set(name!, value!);
  }
  return text.replace(ATTRIBUTE, '').trim() === '' ? attributes : undefined;
}

/** As SVG sets text by default (`xml:space`): runs of white space as one space, none at either end. */
function collapseSpaces(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').trim();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (entity, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
    const codePoint = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
