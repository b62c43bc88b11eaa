// A build after each of a run of random edits (random-edits.ts) must write exactly what a build
// from nothing writes: every file byte for byte, and no file the build from nothing does not write.
// The model is the quickstart split in three files, so that the walks of the files an edit does not
// touch are taken from the last build (remembered-walks.ts), and the edits add what it lacks
// (plateaus, views, waivers, trust services). A failure names the seed and the edits so far:
// GEA_DIFF_SEED=<seed> GEA_DIFF_EDITS=<n> runs that sequence again (and longer runs, other seeds).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE, seededRandom, filesBelow, splitQuickstartInThree } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace, type BuildOptions } from '../../src/index.js';
import { RandomEdits } from './random-edits.js';

const SEED = Number(process.env['GEA_DIFF_SEED'] ?? 57);
const EDITS = Number(process.env['GEA_DIFF_EDITS'] ?? 6);

/** What differs between an out folder and one built from nothing: files left over, missing, or with other bytes. */
function differences(built: string, fromNothing: string): string[] {
  const incremental = filesBelow(built);
  const expected = filesBelow(fromNothing);
  return [
    ...[...incremental.keys()].filter((path) => !expected.has(path)).map((path) => `left over: ${path}`),
    ...[...expected.keys()].filter((path) => !incremental.has(path)).map((path) => `missing: ${path}`),
    ...[...expected]
      .filter(([path, bytes]) => incremental.has(path) && !incremental.get(path)!.equals(bytes))
      .map(([path]) => `differs: ${path}`),
  ];
}

/** A build's outcome to compare: what it found, or the message it stopped with. */
async function build(root: string, outDir: string, options: Partial<BuildOptions> = {}): Promise<string> {
  try {
    const { summary } = await buildWorkspace(await loadWorkspace([root]), {
      outDir,
      toolVersion: 'test',
      evaluationDate: '2026-06-01',
      ...options,
    });
    return JSON.stringify(summary);
  } catch (error) {
    return `stopped: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The quickstart in three files, built; then each edit (a text replaced in the file that has it) built after the last. */
async function afterEdits(
  edits: ReadonlyArray<readonly [from: string, to: string]>,
  options: Partial<BuildOptions> = {},
): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'gea-differential-'));
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
  splitQuickstartInThree(root);
  const files = ['core.gea', 'gasr.gea', 'portal.gea'].map((file) => join(root, file));
  const out = join(root, 'out');
  await build(root, out, options);
  for (const [from, to] of edits) {
    const file = files.find((path) => readFileSync(path, 'utf8').includes(from));
    expect(file, from).toBeDefined();
    writeFileSync(file!, readFileSync(file!, 'utf8').replace(from, to));
    await build(root, out, options);
  }
  const fresh = join(root, 'fresh');
  await build(root, fresh, { ...options, noCache: true });
  return differences(out, fresh);
}

// Edit sequences the random edits found, each the smallest that shows what went wrong.
describe('a build after these edits writes what a build from nothing writes', () => {
  // The landscape's ХУР node is added after the view is drawn (through-platforms.ts): it was not
  // among what the view showed, so the view was taken from the last build with the old tooltip.
  it("the exchange platform's English name (its tooltip in the landscape)", async () => {
    expect(await afterEdits([['KHUR national data exchange', 'KHUR national data exchange, renamed']])).toEqual([]);
  }, 60_000);
});

describe('a build after random edits', () => {
  it(`writes what a build from nothing writes (seed ${SEED}, ${EDITS} edits)`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-differential-'));
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
    splitQuickstartInThree(root);
    const out = join(root, 'out');
    const random = seededRandom(SEED);
    const edits = new RandomEdits(root, random, ['out', 'fresh']);
    await build(root, out);
    const done: string[] = [];
    for (let step = 0; step < EDITS; step++) {
      const edit = edits.next();
      edit.apply();
      // Now and then in another locale: the build after it is one whose options changed.
      const options = random() < 0.15 ? { locale: random() < 0.5 ? 'en' : 'mn' } : {};
      done.push(`${edit.what}${options.locale ? ` (--locale ${options.locale})` : ''}`);
      const said = await build(root, out, options);
      // Beside the out folder: links to the sources are relative.
      const fresh = join(root, 'fresh');
      rmSync(fresh, { recursive: true, force: true });
      const saidFromNothing = await build(root, fresh, { ...options, noCache: true });
      const context = `seed ${SEED}, after: ${done.map((what, index) => `\n  ${index + 1}. ${what}`).join('')}\n`;
      expect(said, context).toBe(saidFromNothing);
      if (existsSync(fresh)) expect(differences(out, fresh), context).toEqual([]);
    }
  }, 120_000);
});
