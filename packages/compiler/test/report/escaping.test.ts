// Every model string is escaped in every rendering: a name holding `|`, `*`, `<`, backticks or a
// line break reads back as itself and never breaks a table, a heading or the HTML around it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, contextOf, gapOf, loadWorkspace, renderGap, reportFiles, findingRecords, summarize } from '../../src/index.js';
import { md } from '@gea-arch/core';
import { readMarkdown } from './markdown-reader.js';

const { code, message, table, text } = md;

const HOSTILE = [
  'Pipes | in | names',
  '*bold* and _under_ ~strike~',
  '<script>alert(1)</script> & <b>x</b>',
  'Line one\nline two',
  '`code` and ``double``',
  '# not a heading',
  '- not a list',
  '1. not a list either',
  '[link](http://example.com) ![img](x.png)',
  '\\ back \\| slash',
  '&amp; &#60; $x$',
];

describe('Markdown helpers', () => {
  it('keep any text literal, alone and in a table cell', () => {
    // A message is gea's prose with ids in backticks; the model strings it quotes hold none.
    const plain = (value: string) => value.replace(/`/g, '');
    const rows = HOSTILE.map((value) => [text(value), code(value), message(`say \`${plain(value)}\` now ${plain(value)}`)]);
    const document = readMarkdown(table(['text', 'code', 'message'], rows));
    expect(document.tables).toHaveLength(1);
    const [parsed] = document.tables;
    expect(parsed!.rows).toHaveLength(HOSTILE.length);
    HOSTILE.forEach((value, index) => {
      const flat = value.replace(/\n/g, ' ');
      expect(parsed!.rows[index]).toEqual([flat, flat, `say ${plain(flat)} now ${plain(flat).trim()}`]);
    });
    expect(document.rawHtml).toEqual([]);
    expect(document.links).toEqual([]);
  });

  it('keep a heading one heading, whatever it holds', () => {
    for (const value of HOSTILE) {
      const document = readMarkdown(`## ${text(value)}\n\nafter\n`);
      expect(document.headings).toEqual([{ level: 2, text: value.replace(/\n/g, ' ').trim() }]);
    }
  });
});

async function hostileWorkspace(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'gea-hostile-'));
  await mkdir(root, { recursive: true });
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  await writeFile(
    join(root, 'model.gea'),
    `plateau a ${quote(HOSTILE[0]!)} { date 2026-01-01 }
plateau b ${quote(HOSTILE[1]!)} { date 2028-01-01 }
agency evil ${quote(HOSTILE[2]!)} { kind agency }
platform bus ${quote(HOSTILE[3]!)} { kind exchange operator evil }
trust ca ${quote(HOSTILE[4]!)} { kind ca operator evil accredited levels qualified formats PAdES
  certificate ${quote(HOSTILE[9]!)} { valid-from 2024-01-01 valid-until 2030-01-01 } }
data rows ${quote(HOSTILE[5]!)} { owner evil kind document legally-binding field id string key }
system old ${quote(HOSTILE[6]!)} { owner evil until b masters rows signs rows { level qualified format PAdES with ca } }
system new ${quote(HOSTILE[7]!)} { owner evil from b masters rows }
interface api ${quote(HOSTILE[8]!)} { provider old via bus style rest version "1" operation get { method GET path "/x" output rows } }
system client ${quote(HOSTILE[10]!)} { owner evil consumes api }
waiver w { rule consumption-legal-basis on client reason ${quote(HOSTILE[2]!)} until b }
`,
  );
  return root;
}

describe('reports of a model with hostile names', () => {
  it('read back every name in the gap report tables, and the HTML fragment holds no markup of theirs', async () => {
    const root = await hostileWorkspace();
    const compilation = await compileWorkspace(await loadWorkspace([root]), { evaluationDate: '2026-06-01', locale: 'en' });
    const gap = gapOf(compilation, 'a', 'b', 'en');
    const context = contextOf(compilation, { locale: 'en', linkFrom: root });
    const document = readMarkdown(renderGap(gap, 'md', context));
    expect(document.rawHtml).toEqual([]);
    expect(document.headings[0]!.text).toBe(`Gap analysis: ${HOSTILE[0]} (a) → ${HOSTILE[1]} (b)`);
    for (const table of document.tables) for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    const names = document.tables.flatMap((table) => (table.headers[0] === 'Name' ? table.rows.map((row) => row[0]) : []));
    for (const value of [HOSTILE[2], HOSTILE[3], HOSTILE[5], HOSTILE[6], HOSTILE[7], HOSTILE[8], HOSTILE[10]]) {
      expect(names).toContain(value!.replace(/\n/g, ' ').trim());
    }
    expect(document.links.every((link) => link.startsWith('model.gea#L'))).toBe(true);

    const dom = new JSDOM(renderGap(gap, 'html', context));
    const body = dom.window.document.body;
    expect(body.querySelectorAll('script, b, img').length).toBe(0);
    expect(body.textContent).toContain(HOSTILE[2]);
    expect(body.querySelector('section.gea-gap > h2')!.textContent).toBe(`Gap analysis: ${HOSTILE[0]} (a) → ${HOSTILE[1]} (b)`);
    expect(dom.window.document.title).toBe(`Gap analysis: ${HOSTILE[0]} → ${HOSTILE[1]}`);
    expect(dom.window.document.head.querySelectorAll('script, b, img').length).toBe(0);
  });

  it('read back every name in the findings, scorecard and signature reports', async () => {
    const root = await hostileWorkspace();
    const compilation = await compileWorkspace(await loadWorkspace([root]), { evaluationDate: '2026-06-01', locale: 'en' });
    const records = findingRecords(compilation);
    const files = reportFiles({
      compilation,
      records,
      summary: summarize(records, compilation),
      toolVersion: 't',
      folder: root,
      locale: 'en',
    });
    for (const name of ['findings.md', 'scorecard.md', 'signatures.md', 'gap-a-b.md']) {
      const document = readMarkdown(files.get(name)!);
      expect(document.rawHtml, name).toEqual([]);
      expect(document.html, name).not.toMatch(/<script|<b>|<img/);
      for (const table of document.tables) for (const row of table.rows) expect(row, name).toHaveLength(table.headers.length);
    }
    const scorecard = readMarkdown(files.get('scorecard.md')!);
    expect(scorecard.tables[0]!.rows[0]![0]).toBe(`${HOSTILE[2]} (evil)`);
    const signatures = readMarkdown(files.get('signatures.md')!);
    expect(signatures.headings.map((heading) => heading.text)).toContain(`${HOSTILE[4]!} (ca) — model.gea:5`);
    expect(signatures.tables.flatMap((table) => table.rows.map((row) => row[0]))).toContain(HOSTILE[9]);
  });
});
