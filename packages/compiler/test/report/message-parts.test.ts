// Messages keep their ids as code in Markdown and HTML, whatever backticks a quoted model string holds.
import { describe, expect, it } from 'vitest';
import { messageHtml } from '../../src/report/html.js';
import { md, messageParts } from '@gea-arch/core';
import { readMarkdown } from './markdown-reader.js';

const { message } = md;

const CERTIFICATE = 'certificate "Sub`ject" of trust service `ca` is relied on by `s` signs `doc`; replace it';

describe('message parts', () => {
  it('reads ids in backticks as code, and a backtick inside a quoted model string as text', () => {
    expect(messageParts(CERTIFICATE)).toEqual([
      { code: false, text: 'certificate "Sub`ject" of trust service ' },
      { code: true, text: 'ca' },
      { code: false, text: ' is relied on by ' },
      { code: true, text: 's' },
      { code: false, text: ' signs ' },
      { code: true, text: 'doc' },
      { code: false, text: '; replace it' },
    ]);
  });

  it('keeps a stray backtick, an empty pair and an unclosed quote as text', () => {
    expect(messageParts('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(messageParts('a `` b')).toEqual([{ code: false, text: 'a `` b' }]);
    expect(messageParts('label "x `id`')).toEqual([
      { code: false, text: 'label "x ' },
      { code: true, text: 'id' },
    ]);
  });

  it('renders the same code spans in Markdown and HTML', () => {
    const html = messageHtml(CERTIFICATE);
    expect([...html.matchAll(/<code>([^<]*)<\/code>/g)].map((match) => match[1])).toEqual(['ca', 's', 'doc']);
    expect(html).toContain('&quot;Sub`ject&quot;');
    const markdown = readMarkdown(`| m |\n| --- |\n| ${message(CERTIFICATE)} |\n`);
    expect(markdown.tables[0]!.rows[0]![0]).toBe(CERTIFICATE.replace(/`(ca|s|doc)`/g, '$1'));
  });
});
