// The review site of the national example, opened in headless Chromium: it loads with no error and
// no request outside its folder, search finds Cyrillic names, diagram nodes and findings lead to
// pages, the locale switch changes names; and no link in it, or in the diagrams, dangles.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { launchChromium, watchedPage } from './browser.js';
import { danglingLinks } from './links.js';

const TEST_OUTPUT = resolve(import.meta.dirname, '../../test-output');

let out: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-site-')), 'mongolia');
  cpSync(MONGOLIA_EXAMPLE, root, { recursive: true, filter: (path) => !relative(MONGOLIA_EXAMPLE, path).startsWith('out') });
  const [built, launched] = await Promise.all([buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' }), launchChromium()]);
  out = built.outDir;
  site = join(out, 'site');
  browser = launched;
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const pageUrl = (path: string) => pathToFileURL(join(site, path)).href;

describe('the review site in a browser', () => {
  it('opens the index with no console error and no request outside the site folder', async () => {
    const { page, errors, outside } = await watchedPage(browser, site);
    await page.goto(pageUrl('index.html'));
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('Монгол Улсын цахим засаглалын үндэсний архитектур');
    expect(await page.locator('main figure.diagram svg [data-id]').count()).toBeGreaterThan(5);
    // The search index loads when the reader first searches: still inside the site.
    await page.fill('#search-input', 'ХУР');
    await page.locator('#search-results a').first().waitFor();
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.fill('#search-input', '');
    await page.screenshot({ path: join(TEST_OUTPUT, 'site-index.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('finds a page by a Cyrillic name and opens it', async () => {
    const { page, errors } = await watchedPage(browser, site);
    await page.goto(pageUrl('index.html'));
    await page.fill('#search-input', 'иргэний улсын бүртгэл');
    const result = page.locator('#search-results a', { hasText: 'mn.gasr.citizen' }).first();
    await result.waitFor();
    await result.click();
    await page.waitForURL(/data\/mn\.gasr\.citizen\.html$/);
    expect(await page.locator('h1').textContent()).toContain('Иргэний улсын бүртгэл');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the page of a node clicked in a diagram', async () => {
    const { page, errors } = await watchedPage(browser, site);
    await page.goto(pageUrl('view/landscape-current.html'));
    const node = page.locator('figure.diagram svg g.node[data-id="mn.gasr"] a').first();
    await node.click();
    await page.waitForURL(/agency\/mn\.gasr\.html$/);
    expect(await page.locator('h1 code').textContent()).toBe('mn.gasr');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches model names and its own labels between Mongolian and English, and remembers the choice', async () => {
    const { page, errors } = await watchedPage(browser, site);
    await page.goto(pageUrl('system/mn.gasr.civil_registry.html'));
    const heading = page.locator('h1');
    expect(await heading.innerText()).toContain('Иргэний улсын бүртгэлийн нэгдсэн систем');
    expect(await page.locator('#properties-h').innerText()).toBe('Шинж чанар');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await heading.innerText()).toContain('Integrated civil registration system');
    expect(await heading.innerText()).not.toContain('Иргэний');
    expect(await page.locator('#properties-h').innerText()).toBe('Properties');
    // View titles too: the views it appears in are named in English, agencies and plateaus included.
    expect(await page.locator('#views li').first().innerText()).not.toMatch(/[\u0400-\u04FF]/);
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'en',
      expect.stringMatching(/^Integrated civil registration system — system/),
    ]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'site-system-en.png'), fullPage: true });
    await page.goto(pageUrl('index.html'));
    expect(await page.locator('nav.site-nav a').first().innerText()).toBe('Overview');
    await page.getByRole('button', { name: 'Монгол' }).click();
    expect(await page.locator('nav.site-nav a').first().innerText()).toBe('Тойм');
    await page.goto(pageUrl('system/mn.gasr.civil_registry.html'));
    await page.screenshot({ path: join(TEST_OUTPUT, 'site-system.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links each finding to the page of its element, and filters findings', async () => {
    const { page, errors } = await watchedPage(browser, site);
    await page.goto(pageUrl('findings.html'));
    const rows = page.locator('table.findings tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(0);
    await page.selectOption('select[data-filter="severity"]', 'warning');
    const warnings = await page.locator('table.findings tbody tr:not([hidden])').count();
    expect(warnings).toBeGreaterThan(0);
    expect(warnings).toBeLessThan(total);
    expect(await page.locator('.filters output').innerText()).toBe(`${total}-с ${warnings} харуулж байна`);
    const link = page.locator('table.findings tbody tr:not([hidden]) td:nth-child(3) a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.href.endsWith(encodeURI(href!)));
    expect(await page.locator('#findings table.findings tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pans and zooms a diagram with its buttons, keeping its links clickable', async () => {
    const { page, errors } = await watchedPage(browser, site);
    await page.goto(pageUrl('view/mn.khur_integration.html'));
    const svg = page.locator('figure.diagram svg').first();
    const before = await svg.evaluate((element) => (element as SVGElement).style.transform);
    await page.locator('figure.diagram button[data-zoom="in"]').click();
    const after = await svg.evaluate((element) => (element as SVGElement).style.transform);
    expect(after).not.toBe(before);
    expect(after).toMatch(/scale\(/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the review site on disk', () => {
  it('has a page for every kind, view, list, report and spec, and inlines diagrams with ids of their own', () => {
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
    for (const expected of [
      'index.html',
      'findings.html',
      'scorecard.html',
      'signatures.html',
      'gaps.html',
      'gap-current-target.html',
      'specs.html',
      'agency/mn.gasr.html',
      'system/mn.gasr.civil_registry.html',
      'data/mn.gasr.citizen.html',
      'interface/mn.gasr.citizen_info.html',
      'platform/mn.khur.html',
      'law/mn.pdp_law.html',
      'plateau/current.html',
      'view/landscape-current.html',
      'view/mn.khur_integration.html',
      'list/system.html',
      'assets/site.css',
      'assets/site.js',
      'assets/search-index.js',
    ]) {
      expect(files, expected).toContain(expected);
    }
    // An agency's page draws its context and its landscape at the last plateau: each diagram's ids are its own.
    const agency = readFileSync(join(site, 'agency/mn.gasr.html'), 'utf8');
    const ids = [...agency.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const references = [...agency.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]!);
    expect(references.some((id) => id.startsWith('d0-'))).toBe(true);
    expect(references.some((id) => id.startsWith('d1-'))).toBe(true);
    for (const id of references) expect(ids, id).toContain(id);
  });

  it('lists on a plateau’s page the views drawn at it, and on a waiver’s page the findings it covers', () => {
    const target = readFileSync(join(site, 'plateau/target.html'), 'utf8');
    for (const view of ['landscape-target', 'gap-current-target']) expect(target, view).toContain(`view/${view}.html`);
    const waiver = readFileSync(join(site, 'waiver/mn.police.traffic_vehicle_db.html'), 'utf8');
    // Its rule among its properties, and the finding it covers in its findings, with the element.
    expect(waiver.split('cross-agency-via-platform').length - 1).toBeGreaterThanOrEqual(2);
    expect(waiver.slice(waiver.indexOf('id="findings"'))).toContain('system/mn.police.traffic_system.html');
  });

  it('words the signature levels of the signatures page and the interfaces’ styles of the specs page, as the agreements do', () => {
    const both = (mn: string, en: string) => `<span class="l-mn" lang="mn">${mn}</span><span class="l-en" lang="en">${en}</span>`;
    const signatures = readFileSync(join(site, 'signatures.html'), 'utf8');
    expect(signatures).toContain(`<td>${both('шаардлага хангасан', 'qualified')}</td>`);
    expect(signatures).not.toContain('<code>qualified</code>');
    const specs = readFileSync(join(site, 'specs.html'), 'utf8');
    expect(specs).toContain(`<td>${both('REST интерфейс', 'REST API')}</td>`);
    expect(specs).not.toContain('<code>rest</code>');
  });

  it('has no dangling link: every local href and src of the site and of the diagrams names a file, every #anchor an id', () => {
    const { dangling, checked } = danglingLinks(out);
    expect(dangling).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });
});
