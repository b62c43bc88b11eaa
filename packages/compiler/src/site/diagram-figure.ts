// A diagram on a page: the SVG inline in a focusable viewport with zoom buttons (site.js pans and
// zooms it and keeps its links clickable), or, when it is too large to open instantly, a link to
// the file in the diagrams section.
import type { ViewGraph } from '@gea-arch/core';
import { element, escapeHtml } from '../report/html.js';
import { say } from './bilingual.js';
import { inlineSvg } from './inline-svg.js';
import type { SiteContext } from './site-context.js';

/** SVGs larger than this are linked rather than inlined (bytes of UTF-16 text, near enough). */
export const INLINE_SVG_MAX = 700_000;

export function diagramFigure(view: ViewGraph, site: SiteContext, root: string, prefix: string): string {
  const svg = site.diagrams?.get(`${view.id}.svg`);
  if (typeof svg !== 'string') return '';
  if (svg.length > INLINE_SVG_MAX) {
    return element(
      'p',
      { class: 'diagram-link' },
      say((w) => w.site.view.tooLarge),
      ' ',
      element('a', { href: `${root}../diagrams/${view.id}.svg` }, `<code>${escapeHtml(`${view.id}.svg`)}</code>`),
    );
  }
  const button = (action: string, symbol: string, label: string) =>
    element(
      'button',
      { type: 'button', 'data-zoom': action },
      `<span aria-hidden="true">${symbol}</span>`,
      element('span', { class: 'visually-hidden' }, label),
    );
  return element(
    'figure',
    { class: 'diagram', 'data-diagram': view.id },
    element(
      'div',
      { class: 'diagram-tools' },
      button(
        'in',
        '+',
        say((w) => w.site.view.zoomIn),
      ),
      button(
        'out',
        '−',
        say((w) => w.site.view.zoomOut),
      ),
      button(
        'reset',
        '⤢',
        say((w) => w.site.view.reset),
      ),
    ),
    element('div', { class: 'viewport', tabindex: '0', role: 'group', 'aria-label': view.title }, inlineSvg(svg, prefix, root)),
    element(
      'figcaption',
      {},
      site.viewTitleHtml(view),
      ' — ',
      say((w) => w.site.view.hint),
    ),
  );
}
