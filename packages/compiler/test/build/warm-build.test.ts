// A second build of an unchanged workspace lays nothing out: the ArchiMate section draws the same
// views as the diagrams section (findings marked), so both read the one layout cache and neither
// prunes what the other needs.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { layoutView, type Fonts } from '@gea-arch/diagrams';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../../examples/quickstart');

describe('a warm build', () => {
  it('reads every layout from the cache, the ArchiMate section’s too, when the model has findings on its views', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-warm-'));
    cpSync(QUICKSTART, root, { recursive: true });
    // The portal's consumption no longer goes through ХУР: a finding marks its edge in the views.
    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('  via khur\n', ''));
    const laidOut: string[] = [];
    const layout = (graph: ViewGraph, fonts: Fonts) => {
      laidOut.push(graph.id);
      return layoutView(graph, fonts);
    };
    const build = async (words: { messageLocale?: string; onProgress?: (message: string) => void } = {}) =>
      buildWorkspace(await loadWorkspace([root]), {
        outDir: join(root, 'out'),
        toolVersion: 'test',
        evaluationDate: '2026-06-01',
        layout,
        ...words,
      });

    const progress: string[] = [];
    const cold = await build({ messageLocale: 'en', onProgress: (message) => progress.push(message) });
    // Staging says how far it is with each section's files; sections staged at once share a line.
    const files = cold.sections.find((section) => section.section === 'diagrams')!.files;
    const writing = progress.filter((message) => message.startsWith('writing '));
    expect(writing.some((message) => message.includes(`diagrams (0 of ${files} files)`))).toBe(true);
    expect(writing.some((message) => message.includes(`diagrams (${files - 1} of ${files} files)`))).toBe(true);
    expect(writing.some((message) => /\bsite \(\d+ of \d+ files\)/.test(message))).toBe(true);
    expect(cold.summary.error).toBeGreaterThan(0);
    expect(laidOut.length).toBeGreaterThan(0);
    laidOut.length = 0;

    const warm = await build();
    expect(warm.diagrams).toMatchObject({ laidOut: 0, cached: warm.diagrams!.views });
    expect(laidOut).toEqual([]);
  }, 120_000);
});
