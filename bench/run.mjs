// `npm run bench [-- --scale S,M,L,XL] [--runs N] [--only check,floor,stages,lsp,build,layout,startup]
// [--lsp-edits N] [--png] [--out FILE]`: generates the national model of each scale (generate-model.mjs) and measures
// what issue 16 sets targets for, each number the median of several runs in fresh processes. Merges
// the numbers into bench/results.json (or FILE) and prints them as a table beside the targets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild } from './build.mjs';
import { SCALES, writeNationalModel } from './generate-model.mjs';
import { probeMachine } from './machine-probe.mjs';
import { measureNode, medianOf } from './measure-process.mjs';
import { resultsTable } from './targets.mjs';

const MEASURES = ['startup', 'check', 'floor', 'stages', 'lsp', 'build', 'layout'];
const GEA = fileURLToPath(new URL('../packages/cli/bin/gea.js', import.meta.url));
const QUICKSTART = fileURLToPath(new URL('../examples/quickstart', import.meta.url));
const FLOOR = fileURLToPath(new URL('./floor/floor-check.mjs', import.meta.url));
const STAGES = fileURLToPath(new URL('./stages.mjs', import.meta.url));
const LATENCY = fileURLToPath(new URL('../packages/vscode/scripts/latency.mjs', import.meta.url));
const LAYOUT = fileURLToPath(new URL('../scripts/bench-layout.mjs', import.meta.url));
const BIG_HEAP = ['--max-old-space-size=8192'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const scales = option('--scale', 'S').split(',');
const runs = Number(option('--runs', '3'));
// Each edit breaks a reference or mends it; the language server's latencies are over this many.
const lspEdits = Number(option('--lsp-edits', '50'));
const only = option('--only', MEASURES.join(',')).split(',');
const outFile = option('--out', fileURLToPath(new URL('./results.json', import.meta.url)));
for (const scale of scales) if (!SCALES[scale]) throw new Error(`no scale ${scale} (scales: ${Object.keys(SCALES).join(', ')})`);
for (const measure of only) if (!MEASURES.includes(measure)) throw new Error(`no measure ${measure} (measures: ${MEASURES.join(', ')})`);

const log = (message) => process.stderr.write(`${message}\n`);
const results = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
results.machine = { node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg()[0] };
results.scales ??= {};
// The machine's speed as this run starts and ends: the rows it measures are read against it.
const probeAtStart = await probeMachine(runs);
log(`machine probe: ${Math.round(probeAtStart.wallMs)} ms`);

/** Runs the CLI `runs` times; fails unless it exits with one of `codes`. */
async function timedGea(gea, codes = [0, 1]) {
  return medianOf(runs, async () => {
    const run = await measureNode(GEA, gea, { nodeArgs: BIG_HEAP });
    if (!codes.includes(run.code)) throw new Error(`gea ${gea.join(' ')} exited ${run.code}: ${run.stderr}`);
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMiB: run.peakRssMiB };
  });
}

/** Runs a bench script that prints JSON; keeps the median of each number and its own peak memory. */
async function timedScript(script, scriptArgs) {
  return medianOf(runs, async () => {
    const run = await measureNode(script, scriptArgs, { nodeArgs: BIG_HEAP });
    if (run.code !== 0) throw new Error(`${script} exited ${run.code}: ${run.stderr}`);
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMiB: run.peakRssMiB, ...JSON.parse(run.stdout) };
  });
}

if (only.includes('startup')) {
  const help = await timedGea(['--help'], [0]);
  const quickstart = await timedGea(['check', QUICKSTART], [0, 1]);
  results.startup = {
    helpMs: help.wallMs,
    helpCpuMs: help.cpuMs,
    quickstartMs: quickstart.wallMs,
    quickstartCpuMs: quickstart.cpuMs,
    quickstartPeakRssMiB: quickstart.peakRssMiB,
  };
  log(`startup: --help ${Math.round(help.wallMs)} ms, check examples/quickstart ${Math.round(quickstart.wallMs)} ms`);
}

for (const scale of scales) {
  const dir = mkdtempSync(join(tmpdir(), `gea-bench-${scale}-`));
  try {
    const files = writeNationalModel(dir, { ...SCALES[scale], seed: 1 });
    const measured = (results.scales[scale] ??= {});
    measured.agencies = SCALES[scale].agencies;
    measured.files = files;
    log(`${scale}: ${SCALES[scale].agencies} agencies, ${files} files in ${dir}`);
    if (only.includes('check')) {
      measured.check = await timedGea(['check', dir, '--format', 'json', '--output', join(dir, 'findings.json')]);
      log(`${scale} check: ${Math.round(measured.check.wallMs)} ms, ${Math.round(measured.check.peakRssMiB)} MiB`);
    }
    if (only.includes('floor')) {
      measured.floor = await timedScript(FLOOR, [dir]);
      log(`${scale} floor: ${Math.round(measured.floor.wallMs)} ms, ${Math.round(measured.floor.peakRssMiB)} MiB`);
    }
    if (only.includes('stages')) {
      measured.stages = await timedScript(STAGES, [dir]);
      log(`${scale} stages: ${JSON.stringify(measured.stages)}`);
    }
    if (only.includes('lsp')) {
      const agency = `a${String(Math.floor(SCALES[scale].agencies / 2)).padStart(Math.max(2, String(SCALES[scale].agencies - 1).length), '0')}`;
      const output = execFileSync(
        process.execPath,
        [LATENCY, dir, `agencies/${agency}/${agency}.gea`, '--runs', String(Math.max(1, Math.round(lspEdits / 2))), '--cli'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      measured.lsp = JSON.parse(output);
      log(`${scale} lsp: ${JSON.stringify(measured.lsp)}`);
    }
    if (only.includes('build')) {
      const agency = `a${'0'.repeat(Math.max(2, String(SCALES[scale].agencies - 1).length))}`;
      measured.build = await measureBuild(dir, { changedFile: `agencies/${agency}/${agency}.gea`, png: args.includes('--png'), runs });
      log(`${scale} build: ${JSON.stringify(measured.build)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (only.includes('layout')) {
  results.layout = JSON.parse(execFileSync(process.execPath, [LAYOUT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
}

results.machine.probe = { start: probeAtStart, end: await probeMachine(runs) };
results.measuredAt = new Date().toISOString();
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
const layoutLines = (results.layout?.results ?? []).map(
  (result) => `- layout of ${result.nodes} nodes, ${result.edges} edges: cold ${result.ms.cold} ms, warm median ${result.ms.median} ms`,
);
console.log(`${resultsTable(results)}\n${layoutLines.join('\n')}\n\n${outFile}`);
