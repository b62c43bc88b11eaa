// A view too dense to read as drawn and larger than DENSE_FOLD_ABOVE nodes is drawn again with the
// other agencies folded, and kept so only when that is over fewer readability limits.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeViews, DENSE_FOLD_ABOVE, wordsFor, type ViewGraph } from '@gea-arch/core';
import { attachGraph, layoutView, type ViewLayout } from '@gea-arch/diagrams';
import { loadBundledFonts } from '@gea-arch/diagrams/node';
import { analyze } from '@gea-arch/fixtures';
import { buildDiagrams } from '../../src/emitters/diagrams.js';
import { foldDenseViews } from '../../src/emitters/dense-views.js';
import { PARTNER_AGENCIES as THREE_PARTNERS, partnerAgencies } from '../partner-agencies.js';

/** Ten partners of two systems each: the home agency's context draws 21 systems, over DENSE_FOLD_ABOVE. */
const PARTNER_AGENCIES = partnerAgencies(10);

const fonts = loadBundledFonts();

/** Every node in one long row, `spacing` apart: far wider than 2 : 1, and text too small at A3. */
function strip(graph: ViewGraph, spacing = 400): ViewLayout {
  const label = { lines: ['x'], fontSize: 12, bold: false, width: 10 };
  const nodes = graph.nodes.map((_, index) => ({ x: index * spacing, y: 0, width: 100, height: 40, label }));
  const edges = graph.edges.map(() => ({ points: [] }));
  return attachGraph(graph, { width: graph.nodes.length * spacing, height: 40, nodes, groups: [], edges, plan: 'strip' });
}

describe('views too dense to read as drawn', () => {
  it('are drawn with the other agencies folded when that is within more limits, and said so', async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const graphs = computeViews(model);
    const context = graphs.find((graph) => graph.id === 'context-home')!;
    expect(context.aggregated).toBe(false);
    const drawn = await Promise.all(graphs.map((graph) => (graph === context ? strip(graph) : layoutView(graph, fonts))));
    const laidOut: string[] = [];
    const result = await foldDenseViews(model, drawn, async (folded) => {
      laidOut.push(...folded.map((graph) => graph.id));
      return Promise.all(folded.map((graph) => layoutView(graph, fonts)));
    });
    expect(laidOut).toEqual(['context-home']);
    const chosen = result.layouts.find((layout) => layout.graph.id === 'context-home')!;
    expect(chosen.graph.aggregated).toBe(true);
    expect(chosen.graph.nodes.map((node) => node.id)).toEqual(['khur', ...Array.from({ length: 10 }, (_, p) => `p${p}`), 'registry']);
    const { excesses } = result.folded[0]!;
    expect(result.folded).toEqual([{ view: 'context-home', excesses }]);
    expect(excesses.map(({ measure, limit }) => [measure, limit])).toEqual([
      ['aspect', 2],
      ['smallestTextAtA3', 6],
    ]);
    expect(result.layouts.filter((layout) => layout !== chosen)).toEqual(drawn.filter((layout) => layout.graph !== context));
  });

  it("are named with what they are over in the reader's language", () => {
    const crossings = { measure: 'crossingsPerEdge', value: 0.61, limit: 0.5 } as const;
    const text = { measure: 'smallestTextAtA3', value: 5.1, limit: 6 } as const;
    const say = (locale: string) => {
      const words = wordsFor(locale).diagrams.build;
      return words.drawnFolded({ view: 'context-home', problems: [crossings, text].map(words.readabilityExcess).join('; ') });
    };
    expect(say('mn')).toBe(
      'анхааруулга: context-home харагдац зурсан хэлбэрээрээ уншихад хэт нягт (холбоос тутамд огтлолцол 0.61 > 0.5; ' +
        'A3 хуудсан дээрх хамгийн жижиг бичиг 5.1 пт < 6 пт); системүүдийг байгууллагаар нэгтгэж зурав',
    );
    expect(say('en')).toContain('(crossings per edge 0.61 > 0.5; smallest text at A3 5.1 pt < 6 pt)');
  });

  it('keep their folded layout in the cache: the next build does not lay it out again', async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'gea-dense-')), 'layouts');
    const laidOut: string[] = [];
    // context-home drawn in a row is too dense; its folded version is laid out as usual.
    const inRow = (graph: ViewGraph) => graph.id === 'context-home' && !graph.aggregated;
    const layout = async (graph: ViewGraph) => {
      laidOut.push(`${graph.id}${graph.aggregated ? ' folded' : ''}`);
      return inRow(graph) ? strip(graph) : layoutView(graph, fonts);
    };
    const build = () => buildDiagrams(model, { cacheDir, madeWith: 'test', layout });
    const first = await build();
    expect(first.graphs.find((graph) => graph.id === 'context-home')!.aggregated).toBe(true);
    expect(laidOut).toContain('context-home folded');
    laidOut.length = 0;
    const second = await build();
    // The row drawn for the test has edges without routes, which the cache does not read back; the folded one is.
    expect(laidOut).toEqual(['context-home']);
    expect(second.graphs.find((graph) => graph.id === 'context-home')!.aggregated).toBe(true);
  });

  it('keep their drawing when the folded one is no better', async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const drawn = computeViews(model).map((graph) => strip(graph));
    const result = await foldDenseViews(model, drawn, async (folded) => folded.map((graph) => strip(graph, 4000)));
    expect(result.folded).toEqual([]);
    expect(result.layouts).toEqual(drawn);
  });

  it(`are drawn whole with ${DENSE_FOLD_ABOVE} nodes or fewer, however far over a limit`, async () => {
    const { model } = await analyze(THREE_PARTNERS);
    const drawn = computeViews(model).map((graph) => strip(graph));
    expect(drawn.find((layout) => layout.graph.id === 'context-home')!.graph.nodes.length).toBeLessThanOrEqual(DENSE_FOLD_ABOVE);
    const laidOut: string[] = [];
    const result = await foldDenseViews(model, drawn, async (folded) => {
      laidOut.push(...folded.map((graph) => graph.id));
      return Promise.all(folded.map((graph) => layoutView(graph, fonts)));
    });
    expect(laidOut).toEqual([]);
    expect(result.folded).toEqual([]);
    expect(result.layouts).toEqual(drawn);
  });

  it('leave a small integration view and a deep context whole in either language, whatever their shape', async () => {
    // Four agencies exchanging via X-Road in a chain: drawn, the integration view is wider than 2 : 1
    // in English and the context of its first system far wider.
    const { model } = await analyze(
      [
        ...['А', 'Б', 'В', 'Г'].map((letter, index) => `agency ${'abcd'[index]} "Агентлаг ${letter}" { kind agency }`),
        'agency hub "Hub" { kind agency }',
        'platform x "X-Road" { kind exchange operator hub }',
        'data db "Өгөгдөл Б" { owner b field k string key }',
        'system sa "Систем А" { owner a consumes ib { agreement "1" } }',
        'system sb "Систем Б" { owner b masters db consumes ic { agreement "2" } }',
        'system sc "Систем В" { owner c consumes id { agreement "3" } }',
        'system sd "Систем Г" { owner d }',
        'interface ib "IB" { provider sb via x style rest version "1.0.0" operation o { output db { k } } }',
        'interface ic "IC" { provider sc via x style rest version "1.0.0" }',
        'interface id "ID" { provider sd via x style rest version "1.0.0" }',
        'view integ { kind integration of x }',
        'view ctx3 { kind context of sa depth 3 }',
      ].join('\n'),
    );
    for (const locale of ['mn', 'en']) {
      const views = computeViews(model, { locale }).filter((graph) => graph.id === 'integ' || graph.id === 'ctx3');
      const layOut = (graphs: readonly ViewGraph[]) => Promise.all(graphs.map((graph) => layoutView(graph, fonts)));
      const result = await foldDenseViews(model, await layOut(views), layOut, { locale });
      expect(result.folded, locale).toEqual([]);
      const drawn = new Map(result.layouts.map((layout) => [layout.graph.id, layout.graph]));
      expect(drawn.get('integ')!.aggregated, locale).toBe(false);
      expect(drawn.get('integ')!.edges.map((edge) => `${edge.from} ${edge.kind} ${edge.to}`)).toContain('sa consumes ib');
      expect(
        drawn
          .get('ctx3')!
          .nodes.map((node) => node.id)
          .sort(),
        locale,
      ).toEqual(['sa', 'sb', 'sc', 'sd']);
    }
  });
});
