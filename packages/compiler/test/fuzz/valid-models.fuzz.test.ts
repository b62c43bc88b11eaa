// Property-based: generated valid models (the grammar-aware generator of @gea-arch/fixtures) have
// no syntax or link error; every spec they give validates (OpenAPI by Redocly, AsyncAPI by its
// parser, JSON Schema compiles in ajv, WSDL is well formed); and a full `gea build` of some of them
// succeeds with every SVG and XML parsing and every JSON and YAML reading back.
// `FUZZ_RUNS=200 npx vitest run …` goes further.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createTextAnalyzer, validModel } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { buildSpecs } from '../../src/spec/index.js';
import { asyncApiErrors, jsonSchemaValidator, lintOpenApi, parseAsyncApi, problemText, xmlWellFormed } from '../spec/validators.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** Full builds lay out every view, which is slow: one in ten runs, at least two. */
const BUILD_RUNS = Math.max(2, Math.round(RUNS / 10));
const DATE = '2026-06-01';
const analyzeText = createTextAnalyzer({ evaluationDate: DATE });

function parsesAsXml(text: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

describe('generated valid models', () => {
  it('have no syntax or link error, and every spec they give validates', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(validModel, async (text) => {
        const { model, findings } = await analyzeText(text);
        const broken = findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'unresolved-reference');
        expect(broken.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
        const ajv = jsonSchemaValidator();
        for (const [path, content] of buildSpecs(model, { evaluationDate: DATE })) {
          if (path.endsWith('openapi.yaml')) {
            const errors = (await lintOpenApi(content)).filter((problem) => problem.severity === 'error');
            expect(errors.map(problemText), path).toEqual([]);
          } else if (path.endsWith('asyncapi.yaml')) {
            expect(asyncApiErrors((await parseAsyncApi(content)).diagnostics), path).toEqual([]);
          } else if (path.endsWith('schema.json')) {
            expect(() => ajv.compile(JSON.parse(content)), path).not.toThrow();
          } else if (path.endsWith('.wsdl')) {
            expect(xmlWellFormed(content), path).toBe(true);
          } else if (path.endsWith('.json')) {
            expect(() => JSON.parse(content), path).not.toThrow();
          }
        }
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
  });

  it('build with every output well formed', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(validModel, async (text) => {
        const root = mkdtempSync(join(tmpdir(), 'gea-valid-'));
        writeFileSync(join(root, 'model.gea'), text);
        const outDir = join(root, 'out');
        const result = await buildWorkspace(await loadWorkspace([root]), { outDir, toolVersion: 'test', evaluationDate: DATE });
        expect(result.summary.error).toBe(0);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
          (entry) => entry.isFile() && !entry.parentPath.includes('.cache') && !entry.name.startsWith('.'),
        );
        expect(files.some((entry) => entry.name.endsWith('.svg'))).toBe(true);
        for (const entry of files) {
          const path = join(entry.parentPath, entry.name);
          const content = readFileSync(path, 'utf8');
          if (/\.(svg|xml|wsdl)$/.test(path)) expect(() => parsesAsXml(content), path).not.toThrow();
          else if (/\.(json|sarif)$/.test(path)) expect(() => JSON.parse(content), path).not.toThrow();
          else if (path.endsWith('.yaml')) expect(() => parseYaml(content), path).not.toThrow();
        }
      }),
      { numRuns: BUILD_RUNS, seed: 20261202 },
    );
  });
});
