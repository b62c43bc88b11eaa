// A build killed at any moment (SIGKILL: no cleanup runs) leaves the out folder as the previous build
// wrote it, or as the new one did; the next build finishes and removes what the killed one left.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE, folderSnapshot } from '@gea-arch/fixtures';

const GEA = resolve(import.meta.dirname, '../bin/gea.js');

function workspaceCopy(change?: (text: string) => string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-killed-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(join('quickstart', 'out')) });
  if (change) writeFileSync(join(root, 'model.gea'), change(readFileSync(join(root, 'model.gea'), 'utf8')));
  return root;
}

function build(root: string): void {
  const result = spawnSync(process.execPath, [GEA, 'build', root], { encoding: 'utf8', env: { ...process.env, GEA_LOCALE: 'en' } });
  expect(result.status, result.stderr).toBe(0);
}

/** Starts a build and kills it with SIGKILL after `ms`; resolves when it is gone. */
function killBuildAfter(root: string, ms: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [GEA, 'build', root], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * The snapshot without the hidden staging and retired folders a killed build leaves beside the
 * sections (`.archimate.1234.new`): no reader looks there, and the next build removes them.
 */
function withoutLeftovers(snapshot: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot).filter(([path]) => !/^\.[^.]+\.\d+\.(new|old)$/.test(path.split(/[\\/]/)[0]!)));
}

describe('a killed build', () => {
  it('leaves the previous output or the new one, never a mix, and the next build cleans up', async () => {
    const rename = (text: string) => text.replace('Иргэний лавлагаа', 'Иргэний лавлагаа (шинэ)');
    const reference = workspaceCopy(rename);
    build(reference);
    const after = folderSnapshot(join(reference, 'out'));

    const root = workspaceCopy();
    build(root);
    const before = folderSnapshot(join(root, 'out'));
    expect(after).not.toEqual(before);
    writeFileSync(join(root, 'model.gea'), rename(readFileSync(join(root, 'model.gea'), 'utf8')));

    for (const ms of [150, 400, 800, 1200, 1600, 2200]) {
      await killBuildAfter(root, ms);
      const now = withoutLeftovers(folderSnapshot(join(root, 'out')));
      expect([before, after], `killed after ${ms} ms`).toContainEqual(now);
    }
    build(root);
    expect(folderSnapshot(join(root, 'out'))).toEqual(after);
    expect(readdirSync(join(root, 'out')).filter((entry) => /\.(new|old)$/.test(entry))).toEqual([]);
  }, 120_000);
});
