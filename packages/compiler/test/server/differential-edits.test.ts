// The language server after edits says what a fresh `gea check` of the same texts says: seeded runs
// of random edits (see support/differential-run.ts) on a copy of the national example and on the
// same model split across more files. A failure prints the seed and the edits, to be replayed with
// the seed (GEA_DIFFERENTIAL_SEED) and minimized.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { DifferentialRun, DivergenceError, type Divergence } from './support/differential-run.js';
import { copyOf, filesOf, splitCopyOf } from './support/workspaces.js';

const SEED = Number(process.env.GEA_DIFFERENTIAL_SEED ?? 20261127);
const STEPS = 24;

async function diverges(seed: number, split: boolean): Promise<Divergence | undefined> {
  const under = mkdtempSync(join(tmpdir(), 'gea-differential-'));
  const root = split ? splitCopyOf(MONGOLIA_EXAMPLE, under) : copyOf(MONGOLIA_EXAMPLE, under);
  const run = new DifferentialRun({ seed, steps: STEPS, root, locale: 'en', compareChance: 0.4, navigationChance: 0.15 });
  await run.start(filesOf(root));
  try {
    return await run.run();
  } catch (error) {
    if (error instanceof DivergenceError) return error.divergence;
    throw new Error(`seed ${seed}, after:\n${run.log.join('\n')}`, { cause: error });
  } finally {
    await run.stop();
  }
}

function said(divergence: Divergence | undefined): string {
  if (!divergence) return '';
  return [
    `seed ${divergence.seed}; edits:`,
    ...divergence.log.map((line, index) => `${index}. ${line}`),
    '',
    ...divergence.differences,
  ].join('\n');
}

describe('the language server after random edits', () => {
  it('says what gea check says of the national example', { timeout: 60_000 }, async () => {
    expect(said(await diverges(SEED, false))).toBe('');
  });

  it('says what gea check says of the national example split across more files', { timeout: 60_000 }, async () => {
    expect(said(await diverges(SEED + 1, true))).toBe('');
  });
});
