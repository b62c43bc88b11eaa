// `gea diagram -f mermaid|plantuml|d2` writes the view as computed and never lays it out: those
// renderers lay the text out themselves, and elk took 14 minutes over a dense view for coordinates
// no text holds. SVG, PNG and JSON are laid out and folded as a build folds them (decision 0071).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeViews, type ViewGraph } from '@gea-arch/core';
import { layoutView, type Fonts } from '@gea-arch/diagrams';
import { analyze } from '@gea-arch/fixtures';
import { renderDiagram, type DiagramFormat } from '../src/emitters/diagrams.js';
import { partnerAgencies } from './partner-agencies.js';

/** Ten partners of two systems each: the home agency's context draws 21 systems, a view a build may fold. */
const MODEL = partnerAgencies(10);

/** Whether rendering `format` laid the view out: by the layouts written to a fresh cache, and by the layout called. */
async function laysOut(graph: ViewGraph, format: DiagramFormat, model: Awaited<ReturnType<typeof analyze>>['model']) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gea-text-formats-'));
  const laidOut: string[] = [];
  const layout = (view: ViewGraph, fonts: Fonts) => (laidOut.push(view.id), layoutView(view, fonts));
  const notes: string[] = [];
  const content = await renderDiagram(graph, format, {
    model,
    cacheDir,
    layout,
    messageLocale: 'en',
    onWarning: (note) => notes.push(note),
  });
  return { content, cached: readdirSync(cacheDir, { recursive: true }).length, laidOut, notes };
}

describe('gea diagram in a text format', () => {
  it('never lays the view out for Mermaid, PlantUML or D2, and does for SVG and JSON', async () => {
    const { model } = await analyze(MODEL);
    const context = computeViews(model).find((graph) => graph.id === 'context-home')!;
    for (const format of ['mermaid', 'plantuml', 'd2'] as const) {
      const { content, cached, laidOut } = await laysOut(context, format, model);
      expect({ format, cached, laidOut }).toEqual({ format, cached: 0, laidOut: [] });
      expect(content).toContain('registry');
    }
    for (const format of ['svg', 'json'] as const) {
      const { cached, laidOut } = await laysOut(context, format, model);
      expect(cached, format).toBeGreaterThan(0);
      expect(laidOut.length, format).toBeGreaterThan(0);
    }
  }, 60_000);

  it('says that a view a build may fold is written unfolded, and says nothing of a small one', async () => {
    const { model } = await analyze(MODEL);
    const graphs = computeViews(model);
    const context = graphs.find((graph) => graph.id === 'context-home')!;
    expect((await laysOut(context, 'mermaid', model)).notes).toEqual([
      `note: view context-home is written as computed, without laying it out; gea build may draw its ${context.nodes.length} boxes folded into agencies, which its layout decides, in its .svg, .mmd and .puml alike; \`gea diagram context-home -f svg\` draws it as the build does`,
    ]);
    const small = graphs.find((graph) => graph.nodes.length <= 20 && !graph.aggregated)!;
    expect((await laysOut(small, 'plantuml', model)).notes).toEqual([]);
  });
});
