// Links to source lines reach their file when its path holds spaces, parentheses or Cyrillic: each
// path segment is percent-encoded exactly once, in the gap report (Markdown, HTML) and findings.md.
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, contextOf, findingRecords, gapOf, loadWorkspace, renderGap, reportFiles, summarize } from '../../src/index.js';
import { readMarkdown } from './markdown-reader.js';

const FOLDER = 'загвар dir';
const FILE = 'my file (1).gea';
const ENCODED = `${encodeURIComponent(FOLDER)}/my%20file%20%281%29.gea`;

async function workspace(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'gea-links-'));
  await mkdir(join(root, FOLDER));
  await writeFile(
    join(root, FOLDER, FILE),
    `plateau p1 "P1" { date 2026-01-01 }
plateau p2 "P2" { date 2028-01-01 }
agency a "A" { kind agency }
data d "D" { owner a field id string key }
system s "S" { owner a masters d until p2 }
data lone "Lone" { owner a field id string key }
`,
  );
  return root;
}

/** The path of a link as a browser reads it, decoded once. */
const decoded = (href: string) => decodeURIComponent(href.replace(/#.*$/, ''));

describe('source links', () => {
  it('are encoded once in the gap report, Markdown and HTML, and in findings.md', async () => {
    const root = await workspace();
    const compilation = await compileWorkspace(await loadWorkspace([root]), { evaluationDate: '2026-06-01', locale: 'en' });
    const gap = gapOf(compilation, 'p1', 'p2', 'en');
    const context = contextOf(compilation, { locale: 'en', linkFrom: root });

    const markdownLinks = readMarkdown(renderGap(gap, 'md', context)).links;
    expect(markdownLinks.length).toBeGreaterThan(0);
    for (const href of markdownLinks) {
      expect(href).toMatch(new RegExp(`^${ENCODED.replace(/[()%]/g, '\\$&')}#L\\d+$`));
      expect(decoded(href)).toBe(`${FOLDER}/${FILE}`);
    }

    const anchors = [...new JSDOM(renderGap(gap, 'html', context)).window.document.querySelectorAll('a[href*="#L"]')];
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(decoded(anchor.getAttribute('href')!)).toBe(`${FOLDER}/${FILE}`);

    const forge = contextOf(compilation, { locale: 'en', linkBase: 'https://forge.example/r/-/blob/abc/' });
    for (const href of readMarkdown(renderGap(gap, 'md', forge)).links) {
      expect(href.startsWith(`https://forge.example/r/-/blob/abc/${ENCODED}#L`)).toBe(true);
    }

    const records = findingRecords(compilation);
    const files = reportFiles({
      compilation,
      records,
      summary: summarize(records, compilation),
      toolVersion: 't',
      folder: root,
      locale: 'en',
    });
    const findingLinks = readMarkdown(files.get('findings.md')!).links;
    expect(findingLinks.length).toBeGreaterThan(0);
    for (const href of findingLinks) expect(decoded(href)).toBe(`${FOLDER}/${FILE}`);
  });
});
