// Headless Chromium for the site tests: Debian's `chromium` driven by playwright-core, never a
// downloaded browser. A missing browser fails the tests with what to install.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the site tests need Chromium at ${CHROMIUM}: install Debian's \`chromium\` package (.ci/run does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions, as they happened. */
  readonly errors: string[];
  /** Requests for anything outside `allowedFolder` (network requests are also refused). */
  readonly outside: string[];
}

/** A page that records console errors and every request for something that is not a file in `allowedFolder`. */
export async function watchedPage(browser: Browser, allowedFolder: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const outside: string[] = [];
  const allowed = new URL(`file://${allowedFolder.endsWith('/') ? allowedFolder : `${allowedFolder}/`}`).href;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Every request is seen here (file:// ones too); anything over the network is also refused.
  page.on('request', (request) => {
    if (!request.url().startsWith(allowed) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  return { page, errors, outside };
}
