// A build of what was built last time (same sources, gea.yaml, options, date and gea) writes nothing
// and says what that build said; any change to what the output depends on builds again.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { layoutView, type Fonts } from '@gea-arch/diagrams';
import { QUICKSTART_EXAMPLE, folderSnapshot } from '@gea-arch/fixtures';
import { buildIfChanged, loadWorkspace, type BuildOptions } from '../../src/index.js';

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-stamp-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

describe('the build stamp', () => {
  it('skips a build of the same inputs, saying what the last one said', async () => {
    const root = copyOfQuickstart();
    const outDir = join(root, 'out');
    let laidOut = 0;
    let written = 0;
    const warnings: string[] = [];
    const options: BuildOptions = {
      outDir,
      toolVersion: 'test',
      only: ['diagrams', 'reports'],
      evaluationDate: '2026-06-01',
      // Every view laid out is said to have been drawn more simply: the warning a skipped build repeats.
      layout: async (graph: ViewGraph, fonts: Fonts) => {
        laidOut++;
        return { ...(await layoutView(graph, fonts)), warnings: [`simpler ${graph.id}`] };
      },
      fileSystem: {
        writeFile: async (path, content) => {
          written++;
          await writeFile(path, content);
        },
      },
      onWarning: (message) => warnings.push(message),
    };
    const build = async (changed: Partial<BuildOptions> = {}) => {
      laidOut = written = warnings.length = 0;
      return buildIfChanged(await loadWorkspace([root]), { ...options, ...changed });
    };

    const first = await build();
    const firstWarnings = [...warnings];
    expect(first.diagrams!.laidOut).toBeGreaterThan(0);
    expect(firstWarnings.length).toBe(first.diagrams!.views);
    const output = folderSnapshot(outDir);

    const again = await build();
    expect({ laidOut, written }).toEqual({ laidOut: 0, written: 0 });
    expect(warnings).toEqual(firstWarnings);
    // Every view from the cache, as a full build after this one would say.
    const fromCache = { ...first.diagrams!, laidOut: 0, cached: first.diagrams!.views };
    expect(again).toEqual({
      ...first,
      compilation: undefined,
      diagrams: fromCache,
      sections: first.sections.map((section) =>
        section.section === 'diagrams' ? { ...section, stats: { ...fromCache, computed: 0 } } : section,
      ),
    });
    expect(folderSnapshot(outDir)).toEqual(output);
  }, 120_000);

  it('builds again when any input changes, when a section it wrote is gone, or when asked to ignore caches', async () => {
    const root = copyOfQuickstart();
    const outDir = join(root, 'out');
    const options: BuildOptions = { outDir, toolVersion: 'test', only: ['reports'] };
    // Built, not said again from the stamp: a build compiles the workspace.
    const build = async (changed: Partial<BuildOptions> = {}) =>
      'compilation' in (await buildIfChanged(await loadWorkspace([root]), { ...options, ...changed }));
    await build();
    expect(await build()).toBe(false);
    for (const changed of [
      { evaluationDate: '2026-06-02' },
      { locale: 'en' },
      { png: true },
      { only: ['specs'] },
      { toolVersion: 'test 2' },
    ]) {
      expect(await build(changed), JSON.stringify(changed)).toBe(true);
      // And back: the stamp is the last build's.
      expect(await build(), JSON.stringify(changed)).toBe(true);
    }
    expect(await build()).toBe(false);
    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('Иргэний лавлагаа', 'Иргэний лавлагаа 2'));
    expect(await build()).toBe(true);
    writeFileSync(join(root, 'gea.yaml'), `${readFileSync(join(root, 'gea.yaml'), 'utf8')}\n# changed\n`);
    expect(await build()).toBe(true);
    expect(await build()).toBe(false);
    rmSync(join(outDir, 'reports'), { recursive: true });
    expect(await build()).toBe(true);
    expect(await build({ noCache: true })).toBe(true);
  }, 120_000);

  it('builds again, restoring them, when files it wrote are deleted, emptied or edited since', async () => {
    const root = copyOfQuickstart();
    const outDir = join(root, 'out');
    const options: BuildOptions = { outDir, toolVersion: 'test', only: ['reports', 'site'], evaluationDate: '2026-06-01' };
    const build = async () => 'compilation' in (await buildIfChanged(await loadWorkspace([root]), options));
    await build();
    const output = folderSnapshot(outDir);
    expect(await build()).toBe(false);
    const damage = [
      () => rmSync(join(outDir, 'site', 'index.html')),
      () => writeFileSync(join(outDir, 'reports', 'findings.json'), ''),
      () => writeFileSync(join(outDir, 'reports', 'findings.md'), 'x'),
    ];
    for (const [index, harm] of damage.entries()) {
      harm();
      expect(await build(), `damage ${index}`).toBe(true);
      expect(folderSnapshot(outDir), `damage ${index}`).toEqual(output);
      expect(await build(), `damage ${index}`).toBe(false);
    }
  }, 120_000);
});
