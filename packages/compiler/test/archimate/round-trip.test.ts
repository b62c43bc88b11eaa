// Export → import → export: the imported .gea files compile, and exporting them again gives the same
// elements, relationships, properties and property definitions (and the same declared views).
// Views are laid out on a grid here: where boxes go is the layout's business, not the round trip's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import type { ViewLayout } from '@gea-arch/diagrams';
import {
  CONFORMANCE_DIR,
  conformanceEntries,
  EVERY_CONSTRUCT,
  HOSTILE_NAMES,
  MONGOLIA_EXAMPLE,
  QUICKSTART_EXAMPLE,
} from '@gea-arch/fixtures';
import { buildArchimate, findingRecords, importArchimate, readExchangeXml, type ExchangeModel } from '@gea-arch/compiler';
import { compile, compileErrors, writeFiles } from './support.js';

/** Every node in a row, no groups, straight edges. */
async function gridLayout(graph: ViewGraph): Promise<ViewLayout> {
  const text = { lines: [], fontSize: 12, bold: false, width: 0 };
  return {
    graph,
    width: graph.nodes.length * 200,
    height: 100,
    nodes: graph.nodes.map((node, index) => ({ node, x: index * 200, y: 0, width: 160, height: 60, label: text })),
    groups: [],
    edges: graph.edges.map((edge) => ({ edge, points: [] })),
  };
}

async function exchangeOf(target: string): Promise<{ exchange: ExchangeModel; xml: string; errors: string[]; ownerless: number }> {
  const compilation = await compile(target);
  const built = await buildArchimate(compilation.analysis.model, { name: compilation.workspace.config.name, layout: gridLayout });
  const xml = Buffer.concat(built.xml).toString('utf8');
  const { model } = compilation.analysis;
  // Systems and data assets without an owner, platforms and trust services without an operator, that resolves.
  const ownerless =
    [...model.systems, ...model.data].filter((element) => !element.owner?.target).length +
    [...model.platforms, ...model.trusts].filter((element) => !element.operator?.target).length;
  return { exchange: readExchangeXml(xml), xml, errors: compileErrors(compilation), ownerless };
}

/** What must survive the trip, each list sorted by id. */
function essence(exchange: ExchangeModel) {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    elements: byId(exchange.elements),
    relationships: byId(exchange.relationships),
    propertyDefinitions: byId(exchange.propertyDefinitions),
    declaredViews: byId(exchange.diagrams.filter((diagram) => diagram.id.startsWith('gea-'))).map(
      ({ id, names, documentation, properties }) => ({
        id,
        names,
        documentation,
        properties,
      }),
    ),
  };
}

const WORKSPACES: readonly [string, string][] = [
  ['every-construct.gea', EVERY_CONSTRUCT],
  ['examples/mongolia', MONGOLIA_EXAMPLE],
  ['examples/quickstart', QUICKSTART_EXAMPLE],
  ['hostile-names', HOSTILE_NAMES],
  ...conformanceEntries().map((entry): [string, string] => [`conformance ${entry.name}`, join(CONFORMANCE_DIR, entry.name)]),
];

describe('ArchiMate round trip', () => {
  for (const [name, target] of WORKSPACES) {
    it(`of ${name}: export, import, export gives the same elements, relationships and properties`, { timeout: 120_000 }, async () => {
      const first = await exchangeOf(target);
      const imported = importArchimate(first.xml, { fileName: 'model.xml', messageLocale: 'en' });
      // A file gea wrote maps whole: nothing is left for the report but the owners the model itself lacked.
      expect(imported.notes.filter((note) => note.code !== 'ownerUnknown')).toEqual([]);
      expect(imported.notes.filter((note) => note.code === 'ownerUnknown')).toHaveLength(first.ownerless);
      const root = writeFiles(imported.files);
      const second = await exchangeOf(root);
      // The model may be broken (07-broken-input); its import is no more broken than it was.
      expect(second.errors.length).toBeLessThanOrEqual(first.errors.length);
      if (first.errors.length === 0) expect(second.errors).toEqual([]);
      expect(essence(second.exchange)).toEqual(essence(first.exchange));
      expect(first.exchange.elements.length).toBeGreaterThan(0);
    });
  }

  it('says what personal data each asset holds and each interface carries, and brings back only the asset’s own privacy', async () => {
    const model = `agency a "А" { kind agency }
data by_field "Талбараар" { owner a field rn string "Регистр" key personal }
data by_sensitive "Эмзэг" { owner a field rn string key field health string "personal" sensitive }
data stated "Зарласан" { owner a privacy personal field rn string key personal }
data plain "Энгийн" { owner a field code string "personal" key }
system s "S" { owner a masters by_field, by_sensitive, stated, plain }
interface keys "Түлхүүр" { provider s style rest version "1" operation get { output by_sensitive { rn } } }
interface health "Эрүүл мэнд" { provider s style rest version "1" operation get { output by_sensitive { rn, health } } }
interface whole "Бүгд" { provider s style rest version "1" operation get { output by_field } }
`;
    const first = await exchangeOf(writeFiles(new Map([['model.gea', model]])));
    const said = (id: string, key: string) =>
      first.exchange.elements.find((element) => element.id === `gea-${id}`)?.properties.find((property) => property.key === key)?.value;
    expect(['by_field', 'by_sensitive', 'stated', 'plain'].map((id) => [said(id, 'personal data'), said(id, 'privacy')])).toEqual([
      ['personal', undefined],
      ['sensitive', undefined],
      ['personal', 'personal'],
      ['none', undefined],
    ]);
    expect(['keys', 'health', 'whole'].map((id) => said(id, 'personal data'))).toEqual([undefined, 'sensitive', 'personal']);
    const imported = importArchimate(first.xml, { fileName: 'model.xml', messageLocale: 'en' });
    const text = [...imported.files.values()].join('\n');
    expect(text.match(/privacy \w+/g)).toEqual(['privacy personal']);
    const second = await exchangeOf(writeFiles(imported.files));
    expect(essence(second.exchange)).toEqual(essence(first.exchange));
  });

  it('carries a relationship from an element to itself across', { timeout: 60_000 }, async () => {
    const model = `agency c "C" { parent c }
system s1 "S1" { owner c depends-on s1 "retry" { kind other } }
`;
    const first = await exchangeOf(writeFiles(new Map([['model.gea', model]])));
    const imported = importArchimate(first.xml, { fileName: 'model.xml', messageLocale: 'en' });
    expect(imported.notes).toEqual([]);
    const text = [...imported.files.values()].join('\n');
    expect(text).toContain('  parent c\n');
    expect(text).toContain('  depends-on s1 "retry" { kind other }\n');
    expect(essence((await exchangeOf(writeFiles(imported.files))).exchange)).toEqual(essence(first.exchange));
  });

  it(
    'carries the waivers across on the elements they excuse, so the imported model checks as the original',
    { timeout: 120_000 },
    async () => {
      const first = await exchangeOf(MONGOLIA_EXAMPLE);
      const imported = importArchimate(first.xml, { fileName: 'model.xml', messageLocale: 'en' });
      const checked = async (target: string) =>
        findingRecords(await compile(target))
          .map((record) => `${record.rule} ${record.element} ${record.waived ? 'waived' : record.severity}`)
          .sort();
      const before = await checked(MONGOLIA_EXAMPLE);
      expect(before.filter((finding) => finding.endsWith('waived'))).toHaveLength(3);
      expect(await checked(writeFiles(imported.files))).toEqual(before);
    },
  );

  it('carries the declared views of a model across, with what they show', { timeout: 60_000 }, async () => {
    const { exchange } = await exchangeOf(EVERY_CONSTRUCT);
    const views = essence(exchange).declaredViews;
    expect(views.map((view) => view.id)).toEqual(['gea-mn.tour.ctx', 'gea-mn.tour.diff', 'gea-mn.tour.flows', 'gea-mn.tour.landscape_now']);
    expect(views.find((view) => view.id === 'gea-mn.tour.ctx')!.properties).toEqual([
      { key: 'view kind', value: 'context' },
      { key: 'of', value: 'mn.tour.ndc' },
      { key: 'include', value: 'mn.tour.registry, mn.tour.consumer' },
      { key: 'exclude', value: 'mn.tour.feed' },
      { key: 'depth', value: '2' },
    ]);
  });
});
