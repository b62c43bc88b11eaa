// `gea check` on randomly mutated files (the generators of @gea-arch/fixtures) exits 0 or 1 with
// findings, never with an internal error. Sized for CI; FUZZ_RUNS scales it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR, geaFiles, MONGOLIA_EXAMPLE, mutate, mutation } from '@gea-arch/fixtures';
import { gea } from './run-gea.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEEDS = [...geaFiles(CONFORMANCE_DIR), ...geaFiles(MONGOLIA_EXAMPLE)];

describe('gea check on mutated files', () => {
  it('lets `gea check` exit 0 or 1 on mutated files, never with an internal error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-fuzz-cli-'));
    const seed = fc.constantFrom(...SEEDS);
    await fc.assert(
      fc.asyncProperty(seed, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (path, mutations) => {
        writeFileSync(join(root, 'm.gea'), mutate(readFileSync(path, 'utf8'), mutations));
        const { code, stdout, stderr } = await gea(['check'], root);
        expect([0, 1], `${relative(root, path)}: ${stderr}`).toContain(code);
        expect(stderr).toBe('');
        expect(stdout).toMatch(/\d+ errors?, \d+ warnings?/);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 5)), seed: 20261203 },
    );
  }, 300_000);
});
