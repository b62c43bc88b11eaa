// A build reads the cached layout of a view it does not draw again only when something draws it
// (diagrams/node/lazy-layout.ts). A cached layout damaged after the last build, yet of the size and
// time that build summarized, is found only when drawn: the build stops naming the view, writes
// nothing, and the build after it reads every cached layout at once and writes what a build from
// nothing writes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace, WorkspaceError } from '../../src/index.js';

function filesBelow(root: string): Map<string, string> {
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
    .filter((path) => !path.startsWith('.cache') && statSync(join(root, path)).isFile())
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(root, path), 'latin1')]));
}

/** Overwrites every summarized cached layout with as many bytes of nonsense, and says so in the summaries. */
function damageEveryLayout(layouts: string): void {
  const summaries = join(layouts, 'summaries-by-key.jsonl');
  const [identity, ...lines] = readFileSync(summaries, 'utf8').trim().split('\n');
  const damaged = lines.map((line) => {
    const summary = JSON.parse(line) as { key: string; size: number };
    const file = join(layouts, `${summary.key}.json`);
    writeFileSync(file, 'x'.repeat(summary.size));
    return JSON.stringify({ ...summary, modified: statSync(file).mtimeMs });
  });
  expect(damaged.length).toBeGreaterThanOrEqual(3);
  writeFileSync(summaries, `${[identity, ...damaged].join('\n')}\n`);
}

describe('cached layouts read when drawn', () => {
  it('stop a build when one was damaged since the last build, and the next build is whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-lazy-layouts-'));
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
    const out = join(root, 'out');
    const build = async (outDir: string, noCache = false) =>
      buildWorkspace(await loadWorkspace([root]), {
        outDir,
        toolVersion: 'test',
        evaluationDate: '2026-06-01',
        noCache,
        messageLocale: 'en',
      });
    await build(out);
    damageEveryLayout(join(out, '.cache', 'layouts'));
    // Its drawing gone from out/, a view is drawn again, from its damaged layout.
    const svg = [...filesBelow(out).keys()].find((path) => path.startsWith('diagrams/') && path.endsWith('.svg'))!;
    rmSync(join(out, svg));
    const before = filesBelow(out);
    const failure = await build(out).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(WorkspaceError);
    expect((failure as Error).message).toMatch(/^could not lay out view `[^`]+`: its cached layout .+ changed while the build read it/);
    expect(filesBelow(out)).toEqual(before);
    await build(out);
    const fresh = join(root, 'fresh');
    await build(fresh, true);
    expect(filesBelow(out)).toEqual(filesBelow(fresh));
  }, 120_000);
});
