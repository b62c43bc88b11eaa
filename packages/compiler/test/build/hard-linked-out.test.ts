// An out folder copied with hard links (`cp -al`, as backups and some CI caches do) shares every
// file with the original: a build into the copy must not change the original's records (the build
// stamp, the sections' manifests), which it would by writing them in place.
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildIfChanged, loadWorkspace, type BuildOptions } from '../../src/index.js';

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Every record under `.cache` but the layouts (which are written beside, never over): path → content. */
function records(outDir: string): Map<string, string> {
  const cache = join(outDir, '.cache');
  const files = [join(cache, 'build-stamp.json'), ...readdirSync(join(cache, 'sections')).map((name) => join(cache, 'sections', name))];
  return new Map(files.map((file) => [file.slice(outDir.length), readFileSync(file, 'utf8')]));
}

describe('an out folder copied with hard links', () => {
  it('keeps its records when the copy is built into', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-linked-')), 'ws');
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
    const options: BuildOptions = {
      outDir: join(root, 'out'),
      toolVersion: 'test',
      only: ['diagrams', 'reports'],
      evaluationDate: '2026-06-01',
    };
    await buildIfChanged(await loadWorkspace([root]), options);
    const copy = join(root, 'out-copy');
    linkTree(options.outDir, copy);
    const before = records(options.outDir);

    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('data citizen "Иргэний бүртгэл"', 'data citizen "Иргэдийн бүртгэл"'));
    await buildIfChanged(await loadWorkspace([root]), { ...options, outDir: copy });

    expect(records(copy)).not.toEqual(before);
    expect(records(options.outDir)).toEqual(before);
  }, 120_000);
});
