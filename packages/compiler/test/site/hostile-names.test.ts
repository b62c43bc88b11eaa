// Names that try to break out of HTML, attributes and scripts come out as text on every page of the
// site: opened in Chromium with a trap that any injected handler would trip, nothing runs, and the
// headings read the names exactly as written.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { HOSTILE_NAMES } from '@gea-arch/fixtures';
import { launchChromium, watchedPage } from './browser.js';
import { danglingLinks } from './links.js';

let site: string;
let browser: Browser;

beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-hostile-site-')), 'ws');
  cpSync(HOSTILE_NAMES, root, { recursive: true });
  const [built, launched] = await Promise.all([
    buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0', locale: 'en' }),
    launchChromium(),
  ]);
  site = join(built.outDir, 'site');
  browser = launched;
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('hostile names in the site', () => {
  it('run nowhere: no dialog, no injected handler, no element but those gea writes, on any page', async () => {
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(15);
    const { page, errors, outside } = await watchedPage(browser, site);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // The trap: every way the fixture's strings call for a script ends in alert().
    await page.addInitScript(() => {
      (window as unknown as { tripped: number }).tripped = 0;
      window.alert = () => {
        (window as unknown as { tripped: number }).tripped++;
      };
    });
    for (const path of pages) {
      await page.goto(pathToFileURL(join(site, path)).href);
      await page.fill('#search-input', '<');
      await page.locator('#search-results a').first().waitFor();
      const state = await page.evaluate(() => ({
        tripped: (window as unknown as { tripped: number }).tripped,
        scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('src')?.replace(/^(\.\.\/)*/, '')),
        injected: document.querySelectorAll('img, b, iframe, object, embed, [onerror], [onload]').length,
        // A model's `url "javascript:…"` is shown, never followed.
        scriptLinks: [...document.querySelectorAll('a[href]')].filter(
          (a) => !/^(file|https?|mailto):$/.test(new URL(a.getAttribute('href')!, location.href).protocol),
        ).length,
        // A name with no space to break at wraps rather than widening the page.
        overflowing: document.documentElement.scrollWidth > innerWidth,
      }));
      expect(state, path).toEqual({
        tripped: 0,
        scripts: ['assets/site.js', 'assets/search-index.js'],
        injected: 0,
        scriptLinks: 0,
        overflowing: false,
      });
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('leave no link dangling', () => {
    const { dangling, checked } = danglingLinks(join(site, '..'));
    expect(dangling).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('show the names as written, in headings, search results and the title', async () => {
    const { page } = await watchedPage(browser, site);
    await page.goto(pathToFileURL(join(site, 'agency/evil.html')).href);
    expect(await page.locator('h1').innerText()).toBe('"Quoted" & <b>bold</b> evil');
    expect(await page.title()).toMatch(/^"Quoted" & <b>bold<\/b> — agency/);
    await page.getByRole('button', { name: 'Монгол' }).click();
    expect(await page.locator('h1').innerText()).toBe("<script>alert('x')</script> & Co evil");
    await page.fill('#search-input', 'onerror');
    expect(await page.locator('#search-results a').first().innerText()).toContain('App <img src=x onerror=alert(1)> & "more"');
    await page.close();
  });
});
