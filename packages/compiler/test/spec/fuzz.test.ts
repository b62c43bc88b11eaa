// Property-based fuzzing of the specs with the generators of @gea-arch/fixtures: whatever half-typed
// model random mutations of the conformance files and the national example make (unresolved
// references, missing styles, versions or fields), every spec is written, its JSON and YAML read
// back, and its XML is well-formed. `FUZZ_RUNS=2000 npx vitest run …` goes further.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONFORMANCE_DIR, createTextAnalyzer, geaFiles, MONGOLIA_EXAMPLE, mutate, mutation, tokenText } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const analyzeText = createTextAnalyzer({ evaluationDate: '2026-06-01' });
const SEEDS = [...geaFiles(CONFORMANCE_DIR), ...geaFiles(MONGOLIA_EXAMPLE)];

async function specsSurvive(text: string): Promise<void> {
  const { model } = await analyzeText(text);
  for (const locale of ['mn', 'en']) {
    const files = buildSpecs(model, { locale, evaluationDate: '2026-06-01' });
    expect(files.has('catalog.json')).toBe(true);
    for (const [path, content] of files) {
      if (path.endsWith('.json')) expect(() => JSON.parse(content), path).not.toThrow();
      else if (path.endsWith('.yaml')) expect(() => parseYaml(content), path).not.toThrow();
      else if (path.endsWith('.wsdl'))
        expect(content, path).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<wsdl:definitions [^]*<\/wsdl:definitions>\n$/);
    }
  }
}

describe('fuzzing the specs', () => {
  it('writes every spec of random token sequences built from the grammar', async () => {
    await fc.assert(fc.asyncProperty(tokenText, specsSurvive), { numRuns: RUNS, seed: 20261203 });
  }, 300_000);

  it('writes every spec of random mutations of every conformance file and the national example', async () => {
    const seed = fc.constantFrom(...SEEDS).map((path) => readFileSync(path, 'utf8'));
    await fc.assert(
      fc.asyncProperty(seed, fc.array(mutation, { minLength: 1, maxLength: 6 }), async (text, mutations) =>
        specsSurvive(mutate(text, mutations)),
      ),
      { numRuns: RUNS, seed: 20261204 },
    );
  }, 300_000);
});
