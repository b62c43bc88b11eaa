// Model strings in the editor's Markdown (hovers, completion details): written as literal text, so
// that a name, description, reason or certificate subject holding `*`, `[…](…)`, `<b>` or a
// backtick shows as typed and makes no emphasis, link, HTML or code. The reports' escapes (core's
// `md`), with pipes escaped too: a hover is no table, and lines of pipes would make one.
import { md, type Element } from '@gea-arch/core';

/** A model string as literal inline Markdown, on one line. */
export function markdownText(value: string): string {
  return escapePipes(md.text(value));
}

/** A model string of several lines (a description) as literal Markdown, its line breaks kept. */
function markdownLines(value: string): string {
  return value
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(markdownText)
    .filter((line) => line !== '')
    .join('\\\n');
}

/** A message as gea writes them (prose with ids in backticks, model strings in double quotes): the ids code, the rest literal text. */
export function markdownMessage(value: string): string {
  return escapePipes(md.message(value));
}

/** An element's description as the editor shows it (in `locale`, else its first), written as literal Markdown. */
export function descriptionMarkdown(element: Element, locale: string): string | undefined {
  const description = element.descriptions[locale] ?? Object.values(element.descriptions)[0];
  return description === undefined ? undefined : markdownLines(description);
}

function escapePipes(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}
