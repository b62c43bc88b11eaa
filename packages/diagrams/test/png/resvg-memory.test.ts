// resvg's allocator keeps freed memory longer than by default (resvg.ts): the option reaches it
// whether a picture is drawn in this thread or by the drawing threads, a value the environment
// already has is kept, and resvg is loaded by the first picture, not before (the option is read
// when it is loaded). mimalloc lists its options on stderr when MIMALLOC_VERBOSE is set. Runs the
// compiled dist/ in a process of its own: the option is read once per process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRAWING_PURGE_DELAY_MS } from '../../src/node/resvg.js';

const NODE_ENTRY = pathToFileURL(resolve(import.meta.dirname, '../../dist/node/index.js')).href;
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"><rect width="40" height="30" fill="#123456"/></svg>';

/** Imports the compiled entry, says so on stderr, then draws one picture (in this thread, or through a pool of two threads). */
function drawInNewProcess(where: 'in-thread' | 'pool', purgeDelay?: string): string {
  const draw =
    where === 'pool'
      ? `const pool = new node.PngPool({ workers: 2 }); await pool.render(${JSON.stringify(SVG)}); await pool.close();`
      : `await node.renderPng(${JSON.stringify(SVG)});`;
  // A file rather than --eval: the drawing threads inherit the process's flags.
  const script = join(mkdtempSync(join(tmpdir(), 'gea-resvg-memory-')), 'draw.mjs');
  writeFileSync(script, `const node = await import(${JSON.stringify(NODE_ENTRY)});\nprocess.stderr.write('imported\\n');\n${draw}\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, MIMALLOC_VERBOSE: '1' };
  delete env.MIMALLOC_PURGE_DELAY;
  if (purgeDelay !== undefined) env.MIMALLOC_PURGE_DELAY = purgeDelay;
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

const purgeDelayOf = (stderr: string) => /option 'purge_delay': (-?\d+)/.exec(stderr)?.[1];

describe('the memory resvg keeps once freed', () => {
  beforeAll(() => {
    if (!existsSync(join(resolve(import.meta.dirname, '../../dist/node'), 'resvg.js')))
      throw new Error('dist/node/resvg.js is missing: run `npm run build` first (`npm test` does)');
  });

  it('is kept longer when a picture is drawn in this thread', () => {
    const stderr = drawInNewProcess('in-thread');
    expect(purgeDelayOf(stderr)).toBe(String(DRAWING_PURGE_DELAY_MS));
    // Loaded by the picture: nothing of resvg's allocator before the import was done.
    expect(stderr.indexOf('mimalloc:')).toBeGreaterThan(stderr.indexOf('imported'));
  });

  it('is kept longer when the drawing threads draw', () => {
    const stderr = drawInNewProcess('pool');
    expect(purgeDelayOf(stderr)).toBe(String(DRAWING_PURGE_DELAY_MS));
    expect(stderr.indexOf('mimalloc:')).toBeGreaterThan(stderr.indexOf('imported'));
  });

  it('is as the environment says when it says', () => {
    expect(purgeDelayOf(drawInNewProcess('in-thread', '250'))).toBe('250');
    expect(purgeDelayOf(drawInNewProcess('pool', '0'))).toBe('0');
  });
});
