// `npm run bench`: generates synthetic national models and measures `gea check` on them (load,
// parse and link, semantic model, rules) and peak memory, each size in a fresh process; then the
// diagrams of examples/mongolia built cold and warm, and layout times by view size
// (scripts/bench-layout.mjs), and the readability measures of every view of the example (bench-layout
// --views). Prints JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  const sources = await Promise.all(
    workspace.files.map(async (file) => ({ uri: pathToFileURL(join(dir, file)).href, text: await readFile(join(dir, file), 'utf8') })),
  );
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

/** `gea build --only diagrams` of the national example into a fresh out folder, cold then warm. */
async function measureDiagramBuild() {
  const { buildWorkspace, loadWorkspace } = await import('../packages/compiler/dist/index.js');
  const outDir = join(mkdtempSync(join(tmpdir(), 'gea-bench-out-')), 'out');
  const workspace = await loadWorkspace([fileURLToPath(new URL('../examples/mongolia', import.meta.url))]);
  const timed = async () => {
    const start = performance.now();
    const result = await buildWorkspace(workspace, { outDir, only: ['diagrams'], toolVersion: 'bench' });
    return { ms: round(performance.now() - start), ...result.diagrams };
  };
  const cold = await timed();
  const warm = await timed();
  rmSync(dirname(outDir), { recursive: true, force: true });
  return { cold, warm };
}

if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measure(process.argv[3])));
} else if (process.argv[2] === '--diagrams') {
  console.log(JSON.stringify(await measureDiagramBuild()));
} else {
  const results = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'gea-bench-'));
    try {
      generateModel(dir, size);
      const output = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--measure', dir], {
        encoding: 'utf8',
      });
      const result = { target: size, ...JSON.parse(output) };
      results.push(result);
      console.error(
        `${result.elements} elements in ${result.files} files: ${result.ms.total} ms (rules ${result.ms.rules} ms), peak ${result.peakRssMiB} MiB`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const diagrams = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--diagrams'], { encoding: 'utf8' }));
  console.error(
    `examples/mongolia diagrams: ${diagrams.cold.views} views cold ${diagrams.cold.ms} ms, warm ${diagrams.warm.ms} ms (${diagrams.warm.cached} from cache)`,
  );
  const layout = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL('./bench-layout.mjs', import.meta.url))], { encoding: 'utf8' }),
  );
  const readability = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL('./bench-layout.mjs', import.meta.url)), '--views'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  console.log(
    JSON.stringify(
      { node: process.version, cpus: (await import('node:os')).cpus().length, check: results, diagrams, layout, readability },
      null,
      2,
    ),
  );
}
