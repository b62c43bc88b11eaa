// Small HTML builders the site adds to those of the reports (../report/html.ts): void elements,
// links, code and definition lists. Every text and attribute value is escaped here.
import { element, escapeHtml } from '../report/html.js';

/** `<tag attributes>` without content or end tag (input, meta). */
export function voidElement(tag: string, attributes: Readonly<Record<string, string | undefined>>): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attrs}>`;
}

/** A link whose content is HTML already. */
export function link(href: string, html: string, attributes: Readonly<Record<string, string | undefined>> = {}): string {
  return element('a', { href, ...attributes }, html);
}

/** A web address from the model as a link when it is one a reader can follow safely (http, https, mailto); else as text. */
export function externalLink(url: string): string {
  return /^(?:https?:|mailto:)/i.test(url.trim()) ? link(url.trim(), escapeHtml(url), { rel: 'external noopener' }) : escapeHtml(url);
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/** A definition list of label and value pairs (HTML both); pairs with an empty value are left out. */
export function definitions(rows: ReadonlyArray<readonly [string, string | undefined]>): string {
  const shown = rows.filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== '');
  return element('dl', { class: 'props' }, ...shown.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`));
}

/** A section with a heading (id for anchors) and content. */
export function section(id: string, heading: string, ...content: string[]): string {
  return element('section', { id, 'aria-labelledby': `${id}-h` }, element('h2', { id: `${id}-h` }, heading), ...content);
}
