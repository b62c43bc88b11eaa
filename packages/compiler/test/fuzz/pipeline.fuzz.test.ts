// Property-based fuzzing of the whole pipeline with the generators of @gea-arch/fixtures (random
// token sequences from the grammar, random mutations of every conformance file and of
// examples/mongolia): parsing, linking, every rule and every emitter (findings, reports, specs,
// ArchiMate, Mermaid, PlantUML, the site; layout and SVG every 25th time) finish without throwing.
// Sized for CI; `FUZZ_RUNS=5000 npx vitest run …` goes further.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeViews } from '@gea-arch/core';
import type { Analysis } from '@gea-arch/language';
import { CONFORMANCE_DIR, createTextAnalyzer, geaFiles, MONGOLIA_EXAMPLE, mutate, mutation, tokenText } from '@gea-arch/fixtures';
import {
  buildSpecs,
  DEFAULT_CONFIG,
  exchangeOfModel,
  findingRecords,
  findingsJson,
  findingsSarif,
  findingsText,
  reportFiles,
  summarize,
  writeExchangeXml,
  type Compilation,
} from '@gea-arch/compiler';
import { buildSite } from '../../src/site/index.js';
import { layoutView, renderMermaid, renderPlantUml, renderSvg } from '@gea-arch/diagrams';
import { loadBundledFonts } from '@gea-arch/diagrams/node';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const analyzeText = createTextAnalyzer({ evaluationDate: '2026-06-01' });
const fonts = loadBundledFonts();

/** Every emitter that works on one analysis; every `layoutEvery`-th call also lays out and draws SVG. */
let emitted = 0;
async function emitEverything(analysis: Analysis, layoutEvery = 25): Promise<void> {
  const compilation: Compilation = {
    workspace: { root: '/ws', config: DEFAULT_CONFIG, files: ['m.gea'] },
    analysis,
    relativePath: () => 'm.gea',
  };
  const records = findingRecords(compilation);
  const summary = summarize(records, compilation);
  findingsText(records, summary, { color: true, plateaus: true });
  JSON.parse(findingsJson(records, summary));
  JSON.parse(findingsSarif(records, { version: '0.0.0' }));
  reportFiles({ compilation, records, summary, toolVersion: '0.0.0', folder: '/ws/out/reports', locale: 'en' });
  const specs = buildSpecs(analysis.model, { evaluationDate: '2026-06-01' });
  writeExchangeXml(exchangeOfModel(analysis.model, { layouts: [] }));
  const views = computeViews(analysis.model);
  for (const view of views) {
    renderMermaid(view);
    renderPlantUml(view);
  }
  const site = buildSite(
    {
      model: analysis.model,
      findings: analysis.findings,
      views,
      locale: 'mn',
      files: 1,
      evaluationDate: '2026-06-01',
      rules: [],
      relativePath: () => 'm.gea',
      specs,
    },
    { regular: new Uint8Array(), bold: new Uint8Array() },
  );
  expect(site.files.has('index.html')).toBe(true);
  // Specs and most site pages are made when read: read every one, as staging would.
  for (const files of [specs, site.files]) for (const [path, content] of files) expect(content, path).toBeDefined();
  if (emitted++ % layoutEvery === 0) {
    for (const view of views.slice(0, 3)) expect(renderSvg(await layoutView(view, fonts), fonts)).toContain('<svg');
  }
}

async function survives(text: string): Promise<void> {
  const analysis = await analyzeText(text);
  const internal = analysis.findings.filter((finding) => /error occurred|TypeError|RangeError|Cannot read/.test(finding.message));
  expect(internal, text.slice(0, 200)).toEqual([]);
  await emitEverything(analysis);
}

const SEEDS = [...geaFiles(CONFORMANCE_DIR), ...geaFiles(MONGOLIA_EXAMPLE)];

describe('fuzzing the pipeline', () => {
  it('keeps a half-typed `name mn` out of the names, so the site can show them (found by this fuzzing)', async () => {
    const text = [
      'agency gosi "Нийгмийн даатгалын ерөнхий газар" {',
      'namespace mn',
      '',
      'gency itself is declared in `mn`: its full name `mn.gosi` is also the namespace of gosi.gea.',
      '  name en "General Office for Social Insurance"',
      '  kind agency',
      '}',
    ].join('\n');
    const analysis = await analyzeText(text);
    expect(analysis.model.agencies[0]!.names).toEqual({
      mn: 'Нийгмийн даатгалын ерөнхий газар',
      en: 'General Office for Social Insurance',
    });
    await emitEverything(analysis, 1);
  });

  it('takes random token sequences built from the grammar without throwing', async () => {
    await fc.assert(fc.asyncProperty(tokenText, survives), { numRuns: RUNS, seed: 20261201 });
  }, 300_000);

  it('takes random mutations of every conformance file and the national example without throwing', async () => {
    const seed = fc.constantFrom(...SEEDS).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    await fc.assert(
      fc.asyncProperty(seed, fc.array(mutation, { minLength: 1, maxLength: 6 }), async ({ text }, mutations) =>
        survives(mutate(text, mutations)),
      ),
      { numRuns: RUNS, seed: 20261202 },
    );
  }, 300_000);
});
