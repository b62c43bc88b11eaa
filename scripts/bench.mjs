// `npm run bench`: generates synthetic national models and measures `gea check` on them (load,
// parse and link, semantic model, rules) and peak memory, each size in a fresh process. Prints JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModel } from './generate-model.mjs';

const SIZES = (process.env.GEA_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

async function measure(dir) {
  const { loadWorkspace } = await import('../packages/compiler/dist/index.js');
  const { buildSources, buildSemanticModel, runRules, RULES } = await import('../packages/language/dist/index.js');
  const { readFile } = await import('node:fs/promises');
  const { pathToFileURL } = await import('node:url');
  const t0 = performance.now();
  const workspace = await loadWorkspace([dir]);
  const sources = await Promise.all(workspace.files.map(async (file) => ({ uri: pathToFileURL(join(dir, file)).href, text: await readFile(join(dir, file), 'utf8') })));
  const t1 = performance.now();
  const documents = await buildSources(sources);
  const t2 = performance.now();
  const model = buildSemanticModel(documents, { defaultLocale: 'mn' });
  const t3 = performance.now();
  const findings = runRules(model, RULES, { evaluationDate: '2026-06-01', locales: ['mn', 'en'] });
  const t4 = performance.now();
  return {
    files: workspace.files.length,
    elements: model.elements.length,
    findings: findings.length,
    ms: { load: round(t1 - t0), parseAndLink: round(t2 - t1), model: round(t3 - t2), rules: round(t4 - t3), total: round(t4 - t0) },
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024),
  };
}

function round(value) {
  return Math.round(value * 10) / 10;
}

if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measure(process.argv[3])));
} else {
  const results = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'gea-bench-'));
    try {
      generateModel(dir, size);
      const output = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--measure', dir], { encoding: 'utf8' });
      const result = { target: size, ...JSON.parse(output) };
      results.push(result);
      console.error(`${result.elements} elements in ${result.files} files: ${result.ms.total} ms (rules ${result.ms.rules} ms), peak ${result.peakRssMiB} MiB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, results }, null, 2));
}
