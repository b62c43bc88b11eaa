// Reads Markdown the way a forge renders it (markdown-it: CommonMark with GFM tables) into what the
// report tests assert on: the headings, the tables with their cells' text, and the links.
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

export interface MarkdownTable {
  readonly headers: string[];
  readonly rows: string[][];
}

export interface MarkdownDocument {
  readonly headings: Array<{ readonly level: number; readonly text: string }>;
  readonly tables: MarkdownTable[];
  /** Every link's destination. */
  readonly links: string[];
  /** The HTML markdown-it renders (with raw HTML allowed, as forges allow <details>). */
  readonly html: string;
  /** Raw HTML tokens other than <details>, <summary> and their ends. */
  readonly rawHtml: string[];
}

const parser = new MarkdownIt({ html: true });

/** The text a reader sees in an inline token: text and code, without markup. */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : '')).join('');
}

export function readMarkdown(markdown: string): MarkdownDocument {
  const tokens = parser.parse(markdown, {});
  const headings: MarkdownDocument['headings'] = [];
  const tables: MarkdownTable[] = [];
  const links: string[] = [];
  const rawHtml: string[] = [];
  let table: { headers: string[]; rows: string[][] } | undefined;
  let row: string[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'heading_open') headings.push({ level: Number(token.tag.slice(1)), text: inlineText(tokens[index + 1]) });
    if (token.type === 'table_open') table = { headers: [], rows: [] };
    if (token.type === 'table_close' && table) {
      tables.push(table);
      table = undefined;
    }
    if (token.type === 'tr_open') row = [];
    if (token.type === 'tr_close' && table && row) {
      if (table.headers.length === 0) table.headers = row;
      else table.rows.push(row);
      row = undefined;
    }
    if ((token.type === 'th_open' || token.type === 'td_open') && row) row.push(inlineText(tokens[index + 1]));
    if (token.type === 'html_block' && !/^<\/?(details|summary)>/.test(token.content.trim())) rawHtml.push(token.content);
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') links.push(child.attrGet('href') ?? '');
      if (child.type === 'html_inline') rawHtml.push(child.content);
    }
  }
  return { headings, tables, links, html: parser.render(markdown), rawHtml };
}
