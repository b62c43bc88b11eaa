// Writing HTML fragments that no model string can break: every text escaped, messages with their
// backticked ids as <code>.
import { messageParts } from '@gea-arch/core';

export function escapeHtml(value: string): string {
  // Most text has nothing to escape: it is returned as it is, without a copy.
  return MARKUP.test(value) ? value.replace(MARKUP_ALL, (ch) => `&${ENTITIES[ch]};`) : value;
}

const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };

/** A gea message (prose with ids in backticks) as HTML: the backticked parts in <code>. */
export function messageHtml(value: string): string {
  return messageParts(value)
    .map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)))
    .join('');
}

/** An element: `<tag attributes>children</tag>`, attributes escaped; children are HTML already. */
export function element(tag: string, attributes: Readonly<Record<string, string | undefined>>, ...children: string[]): string {
  // Loops rather than entries/filter/map/join: a national site makes millions of these.
  let html = `<${tag}`;
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) html += ` ${name}="${escapeHtml(value)}"`;
  }
  html += '>';
  for (const child of children) html += child;
  return `${html}</${tag}>`;
}

/** A table with a header row; cells are HTML already. */
export function tableHtml(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', { scope: 'col' }, header))));
  const body = element('tbody', {}, ...rows.map((row) => element('tr', {}, ...row.map((cell) => element('td', {}, cell)))));
  return element('table', {}, head, body);
}
