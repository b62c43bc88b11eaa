// A build killed at any moment (SIGKILL: no cleanup runs) leaves the out folder as the previous build
// wrote it, or as the new one did, or — killed among the renames that put its sections in place — a
// mix beside its commit record, which the next build finishes into the new output before it starts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claimOutFolder } from '@gea-arch/compiler';
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

const LEFTOVER = /^\.[^.]+\.\d+\.(new|old)$|^\.commit\.\d+\.json/;

/**
 * The snapshot without the hidden staging and retired folders and the commit record a killed build
 * leaves beside the sections (`.archimate.1234.new`, `.commit.1234.json`): no reader looks there,
 * and the next build removes them.
 */
function withoutLeftovers(snapshot: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot).filter(([path]) => !LEFTOVER.test(path.split(/[\\/]/)[0]!)));
}

const isCommitRecord = (entry: string): boolean => /^\.commit\.\d+\.json$/.test(entry);

describe('a killed build', () => {
  it('leaves the previous output, the new one, or a mix that its commit record lets the next build finish; the next build cleans up', async () => {
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
      if (isDeepStrictEqual(now, before) || isDeepStrictEqual(now, after)) continue;
      expect(readdirSync(join(root, 'out')).filter(isCommitRecord), `a mix after a kill at ${ms} ms, and no commit record`).toHaveLength(1);
      await claimOutFolder(join(root, 'out'));
      expect(withoutLeftovers(folderSnapshot(join(root, 'out'))), `the commit killed at ${ms} ms, finished`).toEqual(after);
    }
    build(root);
    expect(folderSnapshot(join(root, 'out'))).toEqual(after);
    expect(readdirSync(join(root, 'out')).filter((entry) => LEFTOVER.test(entry))).toEqual([]);
  }, 120_000);
});
