// No output prints a model's number as `Infinity`, `NaN` or `1e+23`: a latency past what a number
// holds exactly is an error at the value and left out, and the largest exact one prints as written
// (decision 0071; a depth likewise, numbers-held-exactly in the language's tests).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '../src/index.js';

const model = (latency: string, depth: string) => `agency a "А" { kind agency }
platform x "Х" { kind exchange operator a }
data d "Д" { owner a kind registry field id string key }
system s "С" { owner a masters d }
system c "Х" { owner a consumes i { purpose "Шалгах" } }
interface i "И" { provider s via x style rest version "1" sla { availability 99.5% latency ${latency} }
  operation get { input d { id } output d { id } } }
view v { kind context of s depth ${depth} }`;

async function outputs(source: string): Promise<Map<string, string>> {
  const root = mkdtempSync(join(tmpdir(), 'gea-numbers-'));
  writeFileSync(join(root, 'model.gea'), source);
  const outDir = join(root, 'out');
  await buildWorkspace(await loadWorkspace([root]), {
    outDir,
    only: ['reports', 'specs', 'site', 'archimate'],
    toolVersion: 'test',
    evaluationDate: '2026-06-01',
  });
  // The cache holds digests in base64, whose letters may spell `NaN` by chance: it is gea's, not an output.
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !relative(outDir, entry.parentPath).split(sep).includes('.cache'),
  );
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

describe('numbers in every output', () => {
  it('never prints Infinity, NaN or an exponent for a latency past what a number holds', async () => {
    const written = await outputs(model(`${'9'.repeat(400)}ms`, '2'));
    expect(written.size).toBeGreaterThan(10);
    for (const [file, text] of written) expect(text, file).not.toMatch(/\b(?:Infinity|NaN)\b|\de\+\d/);
  }, 120_000);

  it('prints the largest exact latency as written', async () => {
    const written = await outputs(model(`${Number.MAX_SAFE_INTEGER}ms`, '2'));
    const readme = [...written].find(([file]) => file.endsWith(join('specs', 'i', 'README.md')))![1];
    expect(readme).toContain(`${Number.MAX_SAFE_INTEGER} ms`);
  }, 120_000);
});
