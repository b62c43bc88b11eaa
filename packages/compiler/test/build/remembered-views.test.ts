// A build takes from the last one every view an edit cannot have changed (remembered-views.ts). A
// view taken that the edit did change would leave a stale diagram: after every edit of the example
// model's battery, the views a build gives with the last build's memory (written to its file and
// read back) must be those computing every view gives — and most must be taken, or the memory
// would save nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeViews, viewSpecs, type ViewGraph } from '@gea-arch/core';
import { graphDigest } from '@gea-arch/diagrams/node';
import { MONGOLIA_EXAMPLE, QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { ElementDigests } from '../../src/build/element-digests.js';
import { RememberedViews, type ViewMemory, type ViewsToRemember } from '../../src/build/remembered-views.js';
import { readsEverything } from '../../src/build/view-reads.js';
import { readViewMemory, writeViewMemory } from '../../src/build/views-file.js';
import { buildWorkspace, compileTexts, loadWorkspace, type Workspace } from '../../src/index.js';
import { editsOf } from './model-edits.js';

const EVALUATION_DATE = '2026-11-27';
/** Every how many-th edit of each kind is tried: `GEA_EDITS=all` tries all 3 412 (each compiles the example once). */
const EVERY = process.env['GEA_EDITS']?.startsWith('all') ? 1 : 150;
/** Views drawn with the other agencies folded too, as a build draws those too dense to read. */
const FOLDED = new Set(['context-mn.gasr', 'context-mn.khur_agency', 'dataflow-mn.gasr.citizen']);

describe('views remembered from the last build', () => {
  let workspace: Workspace;
  let texts: string[];
  let folder: string;
  let memory: ViewMemory;

  const analysed = async (edited: readonly string[]) =>
    (await compileTexts(workspace, edited, { evaluationDate: EVALUATION_DATE })).analysis;
  /** The views of `edited` with `last` remembered, and those computing every view gives. */
  const viewsAfter = async (edited: readonly string[], last: ViewMemory | undefined) => {
    const { model, findings } = await analysed(edited);
    const remembered = new RememberedViews(model, ElementDigests.of(model), { findings }, last);
    const folded = viewSpecs(model, { foldOthers: FOLDED }).filter((spec) => FOLDED.has(spec.id));
    const views = [...remembered.all(), ...folded.map((spec) => remembered.view(spec)).filter((view) => view.aggregated)];
    const fresh = [
      ...computeViews(model, { findings }),
      ...computeViews(model, { findings, foldOthers: FOLDED }).filter((view) => FOLDED.has(view.id) && view.aggregated),
    ];
    return { views, fresh, remembered };
  };
  const said = (views: readonly ViewGraph[]) => views.map((view) => `${view.id} ${JSON.stringify(view)}`);
  /** What a build remembers, as the next build reads it from its folder. */
  const throughFile = async (remembered: ViewsToRemember, identity = 'test') => {
    await writeViewMemory(folder, identity, remembered);
    return readViewMemory(folder, identity);
  };
  /** The graph of view `id` the last build remembered, as JSON. */
  const before = (id: string) => {
    const view = memory.views.get(id);
    return view && JSON.stringify(memory.graphOf(view));
  };

  beforeAll(async () => {
    workspace = await loadWorkspace([MONGOLIA_EXAMPLE]);
    texts = workspace.files.map((file) => readFileSync(join(workspace.root, file), 'utf8'));
    folder = mkdtempSync(join(tmpdir(), 'gea-views-'));
    const { views, fresh, remembered } = await viewsAfter(texts, undefined);
    expect(said(views)).toEqual(said(fresh));
    memory = (await throughFile(remembered.remembered()))!;
  }, 60_000);

  it('takes every view when nothing changed, each with its digest', async () => {
    const { views, fresh, remembered } = await viewsAfter(texts, memory);
    expect(said(views)).toEqual(said(fresh));
    expect(remembered.counts).toEqual({ computed: 0, taken: views.length });
    for (const [index, view] of views.entries())
      expect(graphDigest(view), view.id).toBe(graphDigest(JSON.parse(JSON.stringify(fresh[index]))));
  });

  it('gives after every edit the views computing them all gives, and takes most', async () => {
    const edits = editsOf(texts, EVERY);
    expect(edits.length).toBeGreaterThan(EVERY === 1 ? 3_000 : 20);
    let taken = 0;
    let total = 0;
    for (const edit of edits) {
      const edited = texts.map((text, file) => (file === edit.file ? edit.text : text));
      const { views, fresh, remembered } = await viewsAfter(edited, memory);
      expect(said(views), `${edit.what} (${workspace.files[edit.file]})`).toEqual(said(fresh));
      taken += remembered.counts.taken;
      total += views.length;
    }
    if (EVERY === 1) console.log(`${edits.length} edits: ${taken} of ${total} views taken`);
    expect(taken / total).toBeGreaterThan(0.25);
  }, 3_600_000);

  it('computes again, when a system is renamed, the views that show it and those of the whole model only', async () => {
    const file = workspace.files.findIndex((path) => path.endsWith('nso.gea'));
    const name = /^system census_system ("[^"]+")/m.exec(texts[file]!)![1]!;
    const edited = texts.map((text, index) => (index === file ? text.replace(name, '"Тооллогын шинэ систем"') : text));
    const { model } = await analysed(edited);
    const { views, fresh, remembered } = await viewsAfter(edited, memory);
    expect(said(views)).toEqual(said(fresh));
    const specs = viewSpecs(model);
    // The views folded too come after the others, and are remembered apart.
    const changed = fresh.slice(0, specs.length).filter((view) => JSON.stringify(view) !== before(view.id));
    expect(changed.length).toBeGreaterThan(0);
    const everything = specs.filter(readsEverything);
    const unchangedEverything = everything.filter((spec) => !changed.some((view) => view.id === spec.id));
    expect(remembered.counts.computed).toBe(changed.length + unchangedEverything.length);
  });

  it('computes again, when a system is renamed in a language the views do not show, only the views that show it', async () => {
    const file = workspace.files.findIndex((path) => path.endsWith('nso.gea'));
    const name = 'name en "Population and housing census system"';
    expect(texts[file]).toContain(name);
    const edited = texts.map((text, index) => (index === file ? text.replace(name, 'name en "Census system"') : text));
    const { model } = await analysed(edited);
    const { views, fresh, remembered } = await viewsAfter(edited, memory);
    expect(said(views)).toEqual(said(fresh));
    const changed = fresh.slice(0, viewSpecs(model).length).filter((view) => JSON.stringify(view) !== before(view.id));
    // Its tooltip says it: the views that draw it changed, and no view of the whole model draws a system.
    expect(changed.length).toBeGreaterThan(0);
    expect(remembered.counts.computed).toBe(changed.length);
  });

  it('remembers nothing from a memory another gea or other settings wrote, or one cut short', async () => {
    const other = mkdtempSync(join(tmpdir(), 'gea-views-'));
    const { remembered } = await viewsAfter(texts, undefined);
    await writeViewMemory(other, 'test', remembered.remembered());
    expect(await readViewMemory(other, 'test')).toBeDefined();
    expect(await readViewMemory(other, 'another gea')).toBeUndefined();
    const file = join(other, 'memory.txt');
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, Math.floor(whole.length / 2)));
    expect(await readViewMemory(other, 'test')).toBeUndefined();
    writeFileSync(file, whole.replace(/\t(\d+),/, '\t999999999,'));
    expect(await readViewMemory(other, 'test')).toBeUndefined();
    expect(await readViewMemory(join(other, 'none'), 'test')).toBeUndefined();
  });

  it('computes a view whose graph cannot be read and writes it again, and keeps only the graphs its memory names', async () => {
    const other = mkdtempSync(join(tmpdir(), 'gea-views-'));
    const first = await viewsAfter(texts, undefined);
    await writeViewMemory(other, 'test', first.remembered.remembered());
    const graphs = readdirSync(other).filter((file) => file.endsWith('.json'));
    expect(graphs.length).toBe(new Set([...first.remembered.remembered().memory.views.values()].map((view) => view.whole)).size);
    const damaged = graphs[0]!;
    writeFileSync(join(other, damaged), '{"id":');
    writeFileSync(join(other, 'unnamed.json'), '{}');
    const { views, fresh, remembered } = await viewsAfter(texts, await readViewMemory(other, 'test'));
    expect(said(views)).toEqual(said(fresh));
    expect(remembered.counts.computed).toBe(fresh.filter((view) => `${graphDigest(view)}.json` === damaged).length);
    await writeViewMemory(other, 'test', remembered.remembered());
    expect(existsSync(join(other, 'unnamed.json'))).toBe(false);
    const again = await viewsAfter(texts, await readViewMemory(other, 'test'));
    expect(again.remembered.counts.computed).toBe(0);
  });

  it('are all computed by a build that ignores caches, which still remembers them for the next', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-build-'));
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
    const outDir = join(root, 'out');
    const diagramsOf = async (noCache = false) => {
      const { sections } = await buildWorkspace(await loadWorkspace([root]), { outDir, toolVersion: 'test', only: ['diagrams'], noCache });
      return sections.find((section) => section.section === 'diagrams')!.stats!;
    };
    const first = await diagramsOf();
    expect(first['computed']).toBe(first['views']);
    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('name en "National Data Center"', 'name en "National Data Centre"'));
    const ignoring = await diagramsOf(true);
    expect(ignoring['computed']).toBe(ignoring['views']);
    writeFileSync(model, readFileSync(model, 'utf8').replace('name en "National Data Centre"', 'name en "National Data Center"'));
    const next = await diagramsOf();
    expect(next['computed']).toBeLessThan(next['views']!);
  });
});
