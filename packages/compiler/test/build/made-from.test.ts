// What a spec or a site page is made from (spec/made-from.ts, site/made-from.ts) decides whether a
// build makes it again: a digest that misses something the file shows would leave it stale after
// an edit. The example model is edited one way at a time — a text or a number changed, a keyword
// swapped, a line removed — and after each edit every file whose content changed must have a new
// digest. The digests must also stay put where nothing a file shows changed, or a build would make
// everything again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeViews } from '@gea-arch/core';
import { analyze, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { LazyFiles } from '../../src/build/lazy-files.js';
import { compileTexts, loadWorkspace, type Workspace } from '../../src/index.js';
import { buildSite } from '../../src/site/build-site.js';
import { titlesInEveryLocale } from '../../src/site/view-titles.js';
import { buildSpecs } from '../../src/spec/index.js';
import { editsOf } from './model-edits.js';

/** Each file that says what it is made from: that digest and its content. */
type Made = ReadonlyMap<string, { readonly from: string; readonly content: string }>;

const EVALUATION_DATE = '2026-11-27';
/**
 * `GEA_EDITS=all` tries every edit (3 240: 30 minutes of CPU), `GEA_EDITS=all:1/2` every other one
 * from the second (to run shards in parallel); the suite tries every EVERY-th of each kind.
 */
const [ALL, SHARD = '0/1'] = (process.env['GEA_EDITS'] ?? '').split(':');
const EVERY = ALL === 'all' ? 1 : 300;
const [SHARD_INDEX, SHARDS] = SHARD.split('/').map(Number) as [number, number];

async function madeFrom(workspace: Workspace, texts: readonly string[], madeWith = 'test'): Promise<Made> {
  const compilation = await compileTexts(workspace, texts, { evaluationDate: EVALUATION_DATE });
  const { model, findings } = compilation.analysis;
  const specs = buildSpecs(model, { evaluationDate: EVALUATION_DATE, madeWith });
  const views = computeViews(model, { findings });
  // A drawing stands in for the diagrams section's: made from its view, as a laid-out view's is.
  const diagrams = new LazyFiles<string>();
  for (const view of views) {
    const drawing = JSON.stringify(view);
    diagrams.set(`${view.id}.svg`, () => `<svg>${drawing}</svg>`, { madeFrom: () => createHash('sha256').update(drawing).digest('hex') });
  }
  const site = buildSite(
    {
      model,
      findings,
      views,
      viewTitles: titlesInEveryLocale(model, views, model.defaultLocale),
      locale: model.defaultLocale,
      files: workspace.files.length,
      evaluationDate: EVALUATION_DATE,
      rules: [],
      relativePath: compilation.relativePath,
      diagrams,
      specs,
      madeWith,
    },
    { regular: new Uint8Array(), bold: new Uint8Array() },
  ).files as LazyFiles;
  const made = new Map<string, { from: string; content: string }>();
  for (const [section, files] of [
    ['specs', specs],
    ['site', site],
  ] as const) {
    for (const path of files.keys()) {
      const from = files.madeFrom(path);
      if (from !== undefined) made.set(`${section}/${path}`, { from, content: String(files.get(path)) });
    }
  }
  return made;
}

describe('what specs and site pages are made from', () => {
  let workspace: Workspace;
  let texts: string[];
  let before: Made;

  beforeAll(async () => {
    workspace = await loadWorkspace([MONGOLIA_EXAMPLE]);
    texts = workspace.files.map((file) => readFileSync(join(workspace.root, file), 'utf8'));
    before = await madeFrom(workspace, texts);
  }, 60_000);

  it('is said for every interface’s specs and every element’s and view’s page', () => {
    const paths = [...before.keys()];
    expect(paths.filter((path) => path.startsWith('specs/') && path.endsWith('/README.md')).length).toBe(27);
    expect(paths.filter((path) => path.startsWith('site/view/')).length).toBeGreaterThan(20);
    expect(paths.filter((path) => path.startsWith('site/system/')).length).toBeGreaterThan(20);
    expect(paths.filter((path) => !/^(specs|site)\//.test(path))).toEqual([]);
  });

  it('is not said for a page whose drawing does not say what it is made from: the page is made', async () => {
    const { model, findings } = await analyze(
      'agency a "А" { kind agency }\nsystem s "С" { owner a }\ndata d "Д" { owner a kind registry field id string key }',
    );
    const views = computeViews(model);
    const drawings = new Map(views.map((view) => [`${view.id}.svg`, '<svg/>']));
    const site = buildSite(
      {
        model,
        findings,
        views,
        locale: 'mn',
        files: 1,
        evaluationDate: EVALUATION_DATE,
        rules: [],
        relativePath: () => 'm.gea',
        diagrams: drawings,
        madeWith: 'test',
      },
      { regular: new Uint8Array(), bold: new Uint8Array() },
    ).files as LazyFiles;
    expect(drawings.has('context-a.svg')).toBe(true);
    expect(site.madeFrom('agency/a.html')).toBeUndefined();
    expect(site.madeFrom('system/s.html')).toBeDefined();
  });

  it('stays put for files that only name an element whose description or name in a language they do not show changed', async () => {
    const file = workspace.files.findIndex((path) => path.endsWith('platforms.gea'));
    expect(texts[file]).toContain('name en "KHUR national data exchange"');
    const edited = (replacement: string) =>
      madeFrom(
        workspace,
        texts.map((text, index) => (index === file ? text.replace('name en "KHUR national data exchange"', replacement) : text)),
      );
    const keptOf = (after: Made, prefix: string) => {
      const paths = [...before.keys()].filter((path) => path.startsWith(prefix));
      return { paths, kept: paths.filter((path) => after.get(path)?.from === before.get(path)!.from) };
    };
    // Described in English: only the platform's own page (and the views whose tooltips say it) change.
    const described = await edited('name en "KHUR national data exchange"\n  description en "Every exchange between agencies"');
    expect(described.get('site/platform/mn.khur.html')?.from).not.toBe(before.get('site/platform/mn.khur.html')!.from);
    const specs = keptOf(described, 'specs/');
    expect(specs.kept).toEqual(specs.paths);
    const interfacePages = keptOf(described, 'site/interface/');
    expect(interfacePages.paths.length).toBeGreaterThan(20);
    expect(interfacePages.kept).toEqual(interfacePages.paths);
    // Renamed in English: the bilingual pages that name it change; the specs, written in Mongolian, do not.
    const renamed = await edited('name en "KHUR data exchange"');
    expect(keptOf(renamed, 'specs/').kept).toEqual(specs.paths);
    expect(keptOf(renamed, 'site/interface/').kept.length).toBeLessThan(interfacePages.paths.length);
  });

  it('changes with gea itself', async () => {
    const other = await madeFrom(workspace, texts, 'another gea');
    for (const [path, file] of other) expect(file.from, path).not.toBe(before.get(path)?.from);
  });

  it('changes for every file an edit changes, and for few others', async () => {
    const edits = editsOf(texts, EVERY).filter((_, index) => index % SHARDS === SHARD_INDEX);
    expect(edits.length).toBeGreaterThan(EVERY === 1 ? 1_000 / SHARDS : 15);
    const stale: string[] = [];
    let kept = 0;
    let unchanged = 0;
    for (const edit of edits) {
      const after = await madeFrom(
        workspace,
        texts.map((text, file) => (file === edit.file ? edit.text : text)),
      );
      for (const [path, file] of after) {
        const earlier = before.get(path);
        if (!earlier) continue;
        if (file.content === earlier.content) unchanged++;
        if (file.from !== earlier.from) continue;
        kept++;
        if (file.content !== earlier.content) stale.push(`${edit.what} (${workspace.files[edit.file]}): ${path}`);
      }
    }
    if (ALL === 'all')
      console.log(`${edits.length} edits: ${kept} of ${unchanged} unchanged files kept their digest; stale: ${stale.length}`);
    expect(stale).toEqual([]);
    // Most edits touch a few files: most keep their digest (and are linked, not made).
    expect(kept / unchanged).toBeGreaterThan(0.5);
  }, 3_600_000);
});
