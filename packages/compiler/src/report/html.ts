// Writing HTML fragments that no model string can break: every text escaped, messages with their
// backticked ids as <code>.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&${ENTITIES[ch]};`);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };

/** A gea message (prose with ids in backticks) as HTML: the backticked parts in <code>. */
export function messageHtml(value: string): string {
  return value
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

/** An element: `<tag attributes>children</tag>`, attributes escaped; children are HTML already. */
export function element(tag: string, attributes: Readonly<Record<string, string | undefined>>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

/** A table with a header row; cells are HTML already. */
export function tableHtml(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', { scope: 'col' }, header))));
  const body = element('tbody', {}, ...rows.map((row) => element('tr', {}, ...row.map((cell) => element('td', {}, cell)))));
  return element('table', {}, head, body);
}
