// `gea gap FROM TO`: the gap report between two plateaus in Markdown, an HTML fragment or JSON,
// in the chosen locale; unknown or repeated plateaus are usage errors.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMAS } from '@gea-arch/compiler';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { gea } from './run-gea.js';

const headings = (markdown: string) =>
  new MarkdownIt()
    .parse(markdown, {})
    .flatMap((token, index, tokens) => (token.type === 'heading_open' ? [`${token.tag} ${tokens[index + 1]!.content}`] : []));

describe('gea gap', () => {
  it('prints the gap between two plateaus as Markdown, summary first', async () => {
    const { code, stdout } = await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE]);
    expect(code).toBe(0);
    expect(headings(stdout).slice(0, 3)).toEqual([
      'h1 Gap analysis: Current state 2026 (`current`) → Target state 2028 (`target`)',
      'h2 Summary',
      'h2 Gap matrix',
    ]);
  });

  it('writes JSON valid against the gap schema', async () => {
    const { code, stdout } = await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE, '--format', 'json']);
    expect(code).toBe(0);
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(REPORT_SCHEMAS.gap, 'utf8')));
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(stdout)).toMatchObject({ from: 'current', to: 'target' });
  });

  it('writes an HTML page of its own with -o: UTF-8 declared, the locale, a title, no links into a site', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gea-gap-')), 'gap.html');
    const { code, stdout } = await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE, '--format', 'html', '-o', file], undefined, {
      GEA_LOCALE: 'mn',
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="mn">\n<head>\n<meta charset="utf-8">/);
    const page = new JSDOM(html).window.document;
    expect(page.title).toBe('Зөрүүний шинжилгээ: Одоогийн байдал 2026 → Зорилтот байдал 2028');
    expect(page.body.firstElementChild!.matches('section.gea-gap[data-from="current"][data-to="target"]')).toBe(true);
    const hrefs = [...page.querySelectorAll('a')].map((link) => link.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.includes('.gea#L'))).toBe(true);
  });

  it('takes the format from the -o file’s extension when --format is not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gea-gap-'));
    expect((await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE, '-o', join(dir, 'gap.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'gap.json'), 'utf8'))).toMatchObject({ from: 'current', to: 'target' });
    expect((await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE, '-o', join(dir, 'gap.html')])).code).toBe(0);
    expect(readFileSync(join(dir, 'gap.html'), 'utf8')).toContain('<section class="gea-gap"');
  });

  it('speaks the chosen locale: GEA_LOCALE mn, or --locale', async () => {
    const mongolian = await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE], undefined, { GEA_LOCALE: 'mn' });
    expect(headings(mongolian.stdout)[0]).toBe('h1 Зөрүүний шинжилгээ: Одоогийн байдал 2026 (`current`) → Зорилтот байдал 2028 (`target`)');
    const english = await gea(['gap', 'current', 'target', MONGOLIA_EXAMPLE, '--locale', 'en'], undefined, { GEA_LOCALE: 'mn' });
    expect(headings(english.stdout)[1]).toBe('h2 Summary');
  });

  it('refuses an unknown plateau, naming the plateaus there are, and a plateau given twice', async () => {
    const unknown = await gea(['gap', 'current', 'targt', MONGOLIA_EXAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no plateau `targt`');
    expect(unknown.stderr).toContain('current, target');
    const twice = await gea(['gap', 'target', 'target', MONGOLIA_EXAMPLE]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('`target` was given twice');
  });

  it('says the model declares no plateau rather than listing none', async () => {
    const quickstart = fileURLToPath(new URL('../../../examples/quickstart', import.meta.url));
    const none = await gea(['gap', 'current', 'target', quickstart, '--locale', 'en']);
    expect(none).toMatchObject({
      code: 2,
      stderr:
        'gea: no plateau `current`: the model declares no plateau, and a gap compares two (`plateau current "…" { date 2026-01-01 }`)\n',
    });
  });
});
