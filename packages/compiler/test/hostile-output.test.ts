// Hostile strings in every string of a model (names, descriptions, purposes, reasons, meta
// values, labels, certificate subjects) and in a file name: every output of `gea build` stays well
// formed and carries the strings back unchanged. XML and SVG parse strictly, JSON and YAML parse
// back to the same strings, Markdown tables keep their columns.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildWorkspace, loadWorkspace } from '../src/index.js';
import { readMarkdown } from './report/markdown-reader.js';

const EVERY_CONSTRUCT = resolve(import.meta.dirname, '../../fixtures/every-construct.gea');

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'end ]]> of CDATA',
  '{{x}} and ${y}',
  'key: value # not a comment',
  '- not a list item',
  '!!binary not a tag',
  'a | b | c',
  'line one\nline two',
  '`code` and ```fence```',
  'right-to-left \u202Eoverride\u202C here',
  'zero\u200Bwidth\u200Djoiner',
  '&amp; &lt; &#60;',
  "ХУР — «Улсын» 'quotes'",
  'long '.repeat(600),
];

/** The string as a gea literal. */
const literal = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** Every string literal of the every-construct model replaced by a hostile one, each numbered so it can be found. */
function hostileModel(): { text: string; strings: string[] } {
  const strings: string[] = [];
  const text = readFileSync(EVERY_CONSTRUCT, 'utf8').replace(/"(\\.|[^"\\\r\n])*"/g, () => {
    const value = `${HOSTILE[strings.length % HOSTILE.length]} №${strings.length}`;
    strings.push(value);
    return literal(value);
  });
  return { text, strings };
}

/** Every text node and attribute value of an XML document, parsed strictly. */
function xmlStrings(xml: string, file: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  parser.on('text', (text) => strings.push(text));
  parser.on('cdata', (text) => strings.push(text));
  parser.on('opentag', (tag) => strings.push(...Object.values(tag.attributes).map(String)));
  parser.write(xml).close();
  return strings;
}

/** Every string in a parsed JSON or YAML document. */
function treeStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) treeStrings(item, into);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      treeStrings(item, into);
    }
  return into;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('hostile strings through every emitter', () => {
  let files: string[];
  let strings: string[];

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-hostile-'));
    const model = hostileModel();
    strings = model.strings;
    mkdirSync(join(root, 'model'));
    writeFileSync(join(root, 'model', `odd <name> & 'x' \u202E.gea`), model.text);
    const outDir = join(root, 'out');
    await buildWorkspace(await loadWorkspace([root]), { outDir, toolVersion: 'test', evaluationDate: '2026-06-01' });
    files = filesUnder(outDir);
  }, 240_000);

  it('writes XML and SVG that parse strictly and hold the strings whole', () => {
    const xml = files.filter((file) => /\.(svg|xml|wsdl)$/.test(file));
    expect(xml.length).toBeGreaterThan(5);
    const found = new Set(xml.flatMap((file) => xmlStrings(readFileSync(file, 'utf8'), file)));
    const archimate = xml.find((file) => file.endsWith('model.xml'))!;
    const inArchimate = xmlStrings(readFileSync(archimate, 'utf8'), archimate);
    // Every element's title is its ArchiMate name, character for character.
    const titles = strings.filter((value) => inArchimate.includes(value));
    expect(titles.length).toBeGreaterThan(10);
    for (const value of titles) expect(found.has(value)).toBe(true);
    // Nothing escaped twice: no `&amp;lt;` reaches a reader.
    for (const text of found) expect(text).not.toMatch(/&amp;amp;|&lt;script/);
  });

  it('writes JSON, SARIF and YAML that parse back to the same strings', () => {
    const structured = files.filter((file) => /\.(json|sarif|ya?ml)$/.test(file));
    expect(structured.some((file) => file.endsWith('.yaml'))).toBe(true);
    const found = new Set<string>();
    for (const file of structured) {
      const text = readFileSync(file, 'utf8');
      const value: unknown = /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text);
      for (const string of treeStrings(value)) found.add(string);
    }
    const whole = strings.filter((value) => [...found].some((string) => string.includes(value)));
    expect(whole.length).toBeGreaterThan(10);
    // Each kind of hostile string survives somewhere whole: YAML specials, newlines, controls of direction.
    for (const hostile of HOSTILE)
      expect(
        whole.some((value) => value.startsWith(hostile)),
        JSON.stringify(hostile),
      ).toBe(true);
  });

  it('writes Markdown whose tables keep their columns and carry no raw HTML', () => {
    const markdown = files.filter((file) => file.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(2);
    for (const file of markdown) {
      const document = readMarkdown(readFileSync(file, 'utf8'));
      expect(document.rawHtml, file).toEqual([]);
      for (const table of document.tables) for (const row of table.rows) expect(row.length, file).toBe(table.headers.length);
    }
  });

  it('names the hostile file in the reports as it is', () => {
    const sarif = files.find((file) => file.endsWith('.sarif'))!;
    const uris = treeStrings(JSON.parse(readFileSync(sarif, 'utf8'))).filter((value) => value.includes('.gea'));
    expect(uris.some((uri) => decodeURIComponent(uri).includes(`odd <name> & 'x' \u202E.gea`))).toBe(true);
  });
});
