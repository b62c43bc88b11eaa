// PNGs drawn in worker threads: the same bytes as drawn in this process, several at once, a
// failure said for its own picture only, and no worker left running once idle. The real workers
// run the compiled dist/ (a .ts worker does not run under vitest).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PngPool } from '../../src/node/png-pool.js';
import { renderPng } from '../../src/node/render-png.js';
import { renderSvg } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import { landscapeLayout } from '../svg/fixtures.js';
import type * as NodeEntryModule from '../../src/node/index.js';

const DIST = resolve(import.meta.dirname, '../../dist/node');
const svg = renderSvg(landscapeLayout(), FONTS);
const small = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"><rect width="40" height="30" fill="${fill}"/></svg>`;

async function compiledPool(options: ConstructorParameters<typeof PngPool>[0] = {}): Promise<PngPool> {
  const node = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as typeof NodeEntryModule;
  return new node.PngPool(options);
}

/** A worker script that does `body` with each request instead of drawing it. */
function fakeWorker(body: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-fake-png-worker-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (request) => { ${body} });\n`);
  return pathToFileURL(file);
}

describe('PngPool', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'png-worker.js')))
      throw new Error(`${DIST}/png-worker.js is missing: run \`npm run build\` first (\`npm test\` does)`);
  });

  it('draws in worker threads the same bytes as in this process, several at once, each to its own request', async () => {
    const pool = await compiledPool({ workers: 2 });
    try {
      const svgs = [svg, small('#123456'), small('#abcdef'), svg, small('#fedcba')];
      const pngs = await Promise.all(svgs.map((each) => pool.render(each)));
      for (const [index, png] of pngs.entries()) expect(Buffer.from(png).equals(Buffer.from(await renderPng(svgs[index]!)))).toBe(true);
      expect(Buffer.from(await pool.render(svg, { scale: 1 })).equals(Buffer.from(await renderPng(svg, { scale: 1 })))).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('frees each picture before drawing the next, however many are asked for at once', async () => {
    // 64 MB of pixels each. Answering before the pixels were freed let the next request keep the
    // worker busy, never freeing one: 20 pictures grew this process by 1.4 GB.
    const huge = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="4000"><rect width="4000" height="4000" fill="#abcdef"/></svg>`;
    const pool = await compiledPool({ workers: 2 });
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      const pngs = await Promise.all(Array.from({ length: 20 }, () => pool.render(huge, { scale: 1 })));
      expect(pngs.every((png) => png.length > 0)).toBe(true);
    } finally {
      clearInterval(sampler);
      await pool.close();
    }
    expect((peak - before) / 2 ** 20).toBeLessThan(640);
  }, 60_000);

  it('draws in this process when no compiled worker script is at hand (as under vitest)', async () => {
    const pool = new PngPool({ workers: 2, workerScript: pathToFileURL(join(tmpdir(), 'no-such-png-worker.js')) });
    expect(Buffer.from(await pool.render(svg)).equals(Buffer.from(await renderPng(svg)))).toBe(true);
    await pool.close();
  });

  it('fails only the picture whose worker failed, and draws the next with a new worker', async () => {
    // Answers with an error for a red picture, crashes on a blue one, else answers a marker.
    const workerScript = fakeWorker(`
      if (request.svg.includes('red')) parentPort.postMessage({ id: request.id, error: 'no red here' });
      else if (request.svg.includes('blue')) process.exit(3);
      else parentPort.postMessage({ id: request.id, png: new Uint8Array([1, 2, 3]) });`);
    const pool = new PngPool({ workers: 2, workerScript });
    try {
      await expect(pool.render(small('red'))).rejects.toThrow('no red here');
      await expect(pool.render(small('blue'))).rejects.toThrow(/exited with code 3/);
      expect([...(await pool.render(small('green')))]).toEqual([1, 2, 3]);
    } finally {
      await pool.close();
    }
  });

  it('stops its workers once idle, and starts them again when asked', async () => {
    const pool = await compiledPool({ workers: 2, idleMs: 20 });
    await pool.render(small('#123456'));
    expect(pool.running).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pool.running).toBe(0);
    expect(Buffer.from(await pool.render(small('#123456'))).equals(Buffer.from(await renderPng(small('#123456'))))).toBe(true);
    await pool.close();
  });
});
