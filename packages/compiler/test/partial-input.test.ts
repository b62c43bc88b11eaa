// Half-typed text is the state of every file while it is being edited: the model builder, the
// rules and every emitter must take any prefix of a valid model without throwing. A statement cut
// short (`consumes` with nothing after it) simply lacks what is missing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@gea-arch/language';
import { CONFORMANCE_DIR, createTextAnalyzer, EVERY_CONSTRUCT } from '@gea-arch/fixtures';
import { computeViews } from '@gea-arch/core';
import { DEFAULT_CONFIG, findingRecords, findingsJson, findingsSarif, findingsText, summarize, type Compilation } from '@gea-arch/compiler';
import { layoutView, renderMermaid, renderPlantUml, renderSvg } from '@gea-arch/diagrams';
import { loadBundledFonts } from '@gea-arch/diagrams/node';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart/model.gea');

const analyzePrefix = createTextAnalyzer({ evaluationDate: '2026-06-01' });

/** Runs every text emitter on the analysis; returns how many views it drew. */
function emitEverything(analysis: Analysis): number {
  const compilation: Compilation = {
    workspace: { root: '/ws', config: DEFAULT_CONFIG, files: ['model.gea'] },
    analysis,
    relativePath: () => 'model.gea',
  };
  const records = findingRecords(compilation);
  const summary = summarize(records, compilation);
  findingsText(records, summary, { color: false, plateaus: true });
  findingsJson(records, summary);
  findingsSarif(records, { version: '0.0.0' });
  const views = computeViews(analysis.model);
  for (const view of views) {
    renderMermaid(view);
    renderPlantUml(view);
  }
  return views.length;
}

/** The offsets where a prefix ends right after a word (outside comments): `… consumes|`. */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
  for (const match of code.matchAll(/\S+/g)) ends.push(match.index + match[0].length);
  return ends;
}

async function checkPrefixes(text: string, ends: readonly number[]): Promise<void> {
  for (const end of ends) {
    const prefix = text.slice(0, end);
    let analysis: Analysis;
    try {
      analysis = await analyzePrefix(prefix);
      emitEverything(analysis);
    } catch (error) {
      throw new Error(`prefix ending at offset ${end} (…${JSON.stringify(prefix.slice(-40))}) threw: ${(error as Error).stack}`, {
        cause: error,
      });
    }
    const crashes = analysis.findings.filter((finding) => /error occurred|TypeError|Cannot read/.test(finding.message));
    expect(crashes, `prefix ending at offset ${end}`).toEqual([]);
  }
}

const FILES = [
  '03-exchange-violations.gea',
  '04-signatures.gea',
  '05-plateaus.gea',
  '06-open-data-classification.gea',
  '08-rules-misc.gea',
  '10-merges-waivers-years.gea',
  '09-workspace/model.gea',
].map((name) => join(CONFORMANCE_DIR, name));

describe('every prefix of a valid model', () => {
  for (const file of [...FILES, EVERY_CONSTRUCT, QUICKSTART]) {
    it(`builds the model, runs the rules and emits, for each word of ${file.split('/').slice(-2).join('/')}`, async () => {
      const text = readFileSync(file, 'utf8');
      await checkPrefixes(text, wordEnds(text));
    }, 120_000);
  }

  // Mid-word prefixes (`consu`, `legal-ba`): every character of a small model, every seventh of the
  // model that holds every construct (all of them would take half a minute).
  for (const [file, step] of [
    [join(CONFORMANCE_DIR, '01-minimal.gea'), 1],
    [EVERY_CONSTRUCT, 7],
  ] as const) {
    it(`does so at every ${step === 1 ? '' : `${step}th `}character of ${file.split('/').slice(-2).join('/')}`, async () => {
      const text = readFileSync(file, 'utf8');
      const ends = Array.from({ length: Math.ceil(text.length / step) }, (_, index) => Math.min(text.length, (index + 1) * step));
      await checkPrefixes(text, ends);
    }, 120_000);
  }

  it('lays out and renders a sample of prefixes to SVG', async () => {
    const text = readFileSync(EVERY_CONSTRUCT, 'utf8');
    const ends = wordEnds(text);
    const fonts = loadBundledFonts();
    let drawn = 0;
    for (let index = 0; index < ends.length; index += Math.ceil(ends.length / 12)) {
      const analysis = await analyzePrefix(text.slice(0, ends[index]));
      for (const view of computeViews(analysis.model)) {
        expect(renderSvg(await layoutView(view, fonts), fonts)).toContain('<svg');
        drawn++;
      }
    }
    expect(drawn).toBeGreaterThan(12);
  }, 120_000);
});

describe('a statement cut short', () => {
  for (const keyword of ['consumes', 'stores', 'depends-on', 'signs', 'seals', 'verifies', 'masters', 'uses']) {
    it(`takes a bare \`${keyword}\` at the end of a system block as missing, with a syntax finding`, async () => {
      const analysis = await analyzePrefix(`agency a "А" { kind agency }\nsystem s "С" {\n  owner a\n  ${keyword}\n}\n`);
      expect(analysis.findings.map((finding) => finding.rule)).toContain('syntax');
      const system = analysis.model.systems[0]!;
      expect(system.owner?.target?.id).toBe('a');
      const statements = [...system.consumes, ...system.stores, ...system.dependsOn, ...system.signings, ...system.masters, ...system.uses];
      expect(statements).toEqual([]);
      expect(emitEverything(analysis)).toBeGreaterThan(0);
    });
  }
});
