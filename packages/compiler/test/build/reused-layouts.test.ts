// The ArchiMate section draws the views the diagrams section laid out in the same build, rather than
// laying them out (or reading them from the cache) again, and writes what it writes when built alone.
// A build remembers each view's layout key by its graph for the next build by the same gea.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { layoutView, type Fonts } from '@gea-arch/diagrams';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { toolIdentity } from '../../src/build/build-stamp.js';

describe('layouts shared between sections', () => {
  it('lays each view out once for the diagrams and ArchiMate sections together', async () => {
    const laidOut: string[] = [];
    const layout = (graph: ViewGraph, fonts: Fonts) => {
      laidOut.push(graph.id);
      return layoutView(graph, fonts);
    };
    // No cache: every view the build asks a layout of is laid out.
    const options = { toolVersion: 'test', evaluationDate: '2026-06-01', noCache: true, layout };
    const workspace = await loadWorkspace([QUICKSTART_EXAMPLE]);
    const both = join(mkdtempSync(join(tmpdir(), 'gea-shared-')), 'out');
    const built = await buildWorkspace(workspace, { ...options, outDir: both, only: ['diagrams', 'archimate'] });
    expect(laidOut.length).toBe(built.diagrams!.views);

    const alone = join(mkdtempSync(join(tmpdir(), 'gea-shared-')), 'out');
    await buildWorkspace(workspace, { ...options, outDir: alone, only: ['archimate'] });
    const model = (out: string) => readFileSync(join(out, 'archimate', 'model.xml'), 'utf8');
    expect(model(both)).toBe(model(alone));
  }, 60_000);

  it('remembers the layout key of every view drawn, for the next build by the same gea, and not with --no-cache', async () => {
    const workspace = await loadWorkspace([QUICKSTART_EXAMPLE]);
    const out = join(mkdtempSync(join(tmpdir(), 'gea-keys-')), 'out');
    const built = await buildWorkspace(workspace, { toolVersion: 'test', evaluationDate: '2026-06-01', outDir: out, only: ['diagrams'] });
    const file = join(out, '.cache', 'layouts', 'keys-by-graph.txt');
    const [identity, ...keys] = readFileSync(file, 'utf8').trim().split('\n');
    expect(identity).toBe(JSON.stringify(toolIdentity('test')));
    expect(keys.length).toBe(built.diagrams!.views);
    for (const line of keys) expect(existsSync(join(out, '.cache', 'layouts', `${line.split(' ')[1]}.json`))).toBe(true);
    const fresh = join(mkdtempSync(join(tmpdir(), 'gea-keys-')), 'out');
    await buildWorkspace(workspace, {
      toolVersion: 'test',
      evaluationDate: '2026-06-01',
      outDir: fresh,
      only: ['diagrams'],
      noCache: true,
    });
    expect(existsSync(join(fresh, '.cache', 'layouts', 'keys-by-graph.txt'))).toBe(false);
  }, 60_000);
});
