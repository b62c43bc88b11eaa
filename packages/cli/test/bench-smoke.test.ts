// The benchmark at CI size, so that it does not rot: `npm run bench` at scale S, `gea check` only,
// once. It asserts that the bench runs the built CLI on a generated model and writes its results,
// the machine probe taken at its start and end, and its table, not how fast anything is.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../../../bench/run.mjs', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../../../bench/generate-model.mjs', import.meta.url));
const STAGES = fileURLToPath(new URL('../../../bench/stages.mjs', import.meta.url));
const QUICKSTART = fileURLToPath(new URL('../../../examples/quickstart', import.meta.url));

describe('npm run bench (scale S, check only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gea-bench-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the generated model and writes the results file and the table of targets', () => {
    const out = join(dir, 'results.json');
    const table = execFileSync(process.execPath, [BENCH, '--scale', 'S', '--runs', '1', '--only', 'check', '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.scales.S).toMatchObject({ agencies: 30, check: { runs: 1 } });
    expect(results.scales.S.check.wallMs).toBeGreaterThan(0);
    expect(results.scales.S.check.peakRssMiB).toBeGreaterThan(0);
    expect(table).toContain('| `gea check` wall (s) |');
    expect(table).toContain('≤ 4 s (L)');
    for (const probe of [results.machine.probe.start, results.machine.probe.end]) {
      expect(probe.wallMs).toBeGreaterThan(0);
      expect(probe.cpuMs).toBeGreaterThan(0);
    }
    expect(table).toMatch(/^Machine probe, the last run: \d+ ms \(\d+ ms of CPU\) as it started, \d+ ms \(\d+ ms of CPU\) as it ended/);
  }, 300_000);

  it('the stages script times parse and link, the model, the walk of the trees that makes nothing, and the rules', () => {
    const stages = JSON.parse(execFileSync(process.execPath, [STAGES, QUICKSTART], { encoding: 'utf8' }));
    expect(stages.elements).toBeGreaterThan(0);
    for (const stage of ['parseAndLinkMs', 'modelMs', 'walkMs', 'rulesMs', 'collectMs']) expect(stages[stage]).toBeGreaterThanOrEqual(0);
    // Every declaration is a node of its tree, and each has members.
    expect(stages.walkedNodes).toBeGreaterThan(stages.elements);
  }, 60_000);

  it('the model generator takes an option it does not know for no folder: `--help` prints its usage and writes nothing', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const run = spawnSync(process.execPath, [GENERATOR, '--help'], { cwd, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: node bench/generate-model.mjs');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
