// A report as an HTML page of its own: UTF-8 declared (a browser opening the file from disk
// guesses otherwise, and Cyrillic comes out garbled), its language and title, a small print-friendly
// style; nothing fetched.
import { escapeHtml } from './html.js';

export interface HtmlPage {
  readonly lang: string;
  /** Plain text; escaped here. */
  readonly title: string;
  /** HTML already. */
  readonly body: string;
}

const STYLE = [
  'body{font-family:"Noto Sans",system-ui,sans-serif;line-height:1.45;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}',
  'table{border-collapse:collapse;margin:.5rem 0 1rem}',
  'th,td{border:1px solid #c8ccd1;padding:.25rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#f2f4f7}',
  'code{font-size:.92em}',
  '@media (prefers-color-scheme:dark){body{color:#e6e8eb;background:#15181c}th{background:#252a31}th,td{border-color:#3d444d}a{color:#8ab4f8}}',
].join('\n');

export function htmlPage(page: HtmlPage): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    page.body.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
