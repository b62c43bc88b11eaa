// `gea build --watch`: builds, then builds again when a source changes, laying out only the views
// the change touches (the others come from the layout cache), until it is stopped.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { build } from '../src/commands/build.js';
import { capturedIo } from './run-gea.js';

async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('gea build --watch', () => {
  it('builds again when a source changes or appears, laying out only the views that change, until stopped', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-watch-')), 'ws');
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !relative(QUICKSTART_EXAMPLE, path).startsWith('out') });
    const { io, output } = capturedIo(root);
    const stop = new AbortController();
    const watching = build([root], { watch: true }, io, stop.signal);
    await until(() => output().stderr.includes('watching the sources'), 'the first build');
    const builds = () => output().stdout.match(/^built in \d+\.\d s$/gm)?.length ?? 0;
    expect(builds()).toBe(1);
    const [, views, laidOut] = /^out\/diagrams\/: \d+ files \((\d+) views: (\d+) laid out, 0 from cache\)$/m.exec(output().stdout)!;
    expect(laidOut).toBe(views);
    expect(output().stdout).toMatch(/^out\/site\/: \d+ files \(\d+ pages; open out\/site\/index.html\)$/m);

    // A new name for the portal changes the views that draw it, and no other.
    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('"E-Mongolia портал"', '"E-Mongolia иргэний портал"'));
    await until(() => builds() === 2, 'the second build');
    expect(output().stderr).toContain('changed: model.gea; building again');
    const second = output().stdout.slice(output().stdout.indexOf('built in'));
    const [, again, relaid, cached] = /\((\d+) views: (\d+) laid out, (\d+) from cache\)/.exec(second)!;
    expect(again).toBe(views);
    expect(Number(relaid)).toBeGreaterThan(0);
    expect(Number(cached)).toBeGreaterThan(0);
    expect(Number(relaid) + Number(cached)).toBe(Number(views));
    expect(readFileSync(join(root, 'out', 'site', 'system', 'emongolia.html'), 'utf8')).toContain('E-Mongolia иргэний портал');

    // A new file in a new folder is part of the workspace (its `sources` glob) and is watched too.
    mkdirSync(join(root, 'laws'));
    writeFileSync(join(root, 'laws', 'more.gea'), 'law archives_law "Архивын тухай хууль" { name en "Law on Archives" }\n');
    await until(() => builds() === 3, 'the third build');
    expect(output().stderr).toContain('changed: laws/more.gea; building again');
    expect(readdirSync(join(root, 'out', 'site', 'law'))).toContain('archives_law.html');

    stop.abort();
    expect(await watching).toBe(0);
  });
});
