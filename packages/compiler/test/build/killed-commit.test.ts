// A build killed while it puts its sections in place, at every one of its moves in turn: the file
// system stops answering after the n-th rename, as if the process were gone. What it leaves is the
// previous output, the new one, or a mix beside a commit record; the next build's claim of the
// folder turns a mix into the new output.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';

const gate = vi.hoisted(() => ({ renamesLeft: Infinity, frozen: false, inFlight: 0, onFreeze: () => {} }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const never = new Promise<never>(() => undefined);
  const gated =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>, isMove = false) =>
    async (...args: A): Promise<R> => {
      if (isMove && !gate.frozen && gate.renamesLeft-- <= 0) {
        gate.frozen = true;
        gate.onFreeze();
      }
      if (gate.frozen) return never;
      gate.inFlight++;
      try {
        return await operation(...args);
      } finally {
        gate.inFlight--;
      }
    };
  return {
    ...actual,
    rename: gated(actual.rename, true),
    rm: gated(actual.rm),
    rmdir: gated(actual.rmdir),
    mkdir: gated(actual.mkdir),
    writeFile: gated(actual.writeFile),
  };
});

const { claimOutFolder, commitSections, stageSection } = await import('../../src/build/out-folder.js');

type Files = Record<string, string>;
type Output = Record<string, Files>;

const BEFORE: Output = {
  site: { 'a.html': 'a', 'b/c.html': 'c', 'd.html': 'd', 'x/y.html': 'y' },
  reports: { 'r.json': '1' },
};
const AFTER: Output = {
  site: { 'a.html': 'a 2', b: 'b is a file now', 'd.html': 'd', 'e.html': 'e' },
  reports: { 'r.json': '2' },
  diagrams: { 'n.svg': '<svg/>' },
};

/** Stages `output` and starts putting it in place; `committing` ends once it is. */
async function commit(out: string, output: Output): Promise<{ committing: Promise<void> }> {
  const staged = [];
  for (const [section, files] of Object.entries(output)) {
    // The site is updated file by file, the reports swapped whole, the diagrams new.
    staged.push(await stageSection(out, section, new Map(Object.entries(files)), undefined, { reuse: section === 'site', record: true }));
  }
  return { committing: commitSections(out, staged) };
}

/** The sections' files, without what gea keeps beside them (the cache, leftovers, commit records). */
function outputIn(out: string): Output {
  const output: Output = {};
  for (const section of readdirSync(out).filter((entry) => !entry.startsWith('.'))) {
    const folder = join(out, section);
    for (const path of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      if (statSync(join(folder, path)).isFile())
        (output[section] ??= {})[path.split(sep).join('/')] = readFileSync(join(folder, path), 'utf8');
    }
  }
  return output;
}

async function untilStill(): Promise<void> {
  while (gate.inFlight > 0) await new Promise((next) => setTimeout(next, 1));
}

describe('a build killed while it puts its sections in place', () => {
  it('leaves the previous output, the new one, or a mix that the next claim finishes into the new one', async () => {
    let mixes = 0;
    for (let renames = 0; ; renames++) {
      Object.assign(gate, { renamesLeft: Infinity, frozen: false });
      const out = join(mkdtempSync(join(tmpdir(), 'gea-killed-commit-')), 'out');
      await claimOutFolder(out);
      await (
        await commit(out, BEFORE)
      ).committing;
      const { committing } = await commit(out, AFTER);
      gate.renamesLeft = renames;
      const ended = await Promise.race([
        committing.then(() => true),
        new Promise<false>((frozen) => (gate.onFreeze = () => frozen(false))),
      ]);
      await untilStill();
      const left = outputIn(out);
      Object.assign(gate, { renamesLeft: Infinity, frozen: false });
      if (ended) {
        expect(left).toEqual(AFTER);
        expect(readdirSync(out).filter((entry) => entry.startsWith('.') && entry !== '.gea-out' && entry !== '.cache')).toEqual([]);
        break;
      }
      const recorded = existsSync(join(out, `.commit.${process.pid}.json`));
      if (!isDeepStrictEqual(left, BEFORE) && !isDeepStrictEqual(left, AFTER)) {
        mixes++;
        expect(recorded, `a mix after ${renames} renames without a commit record`).toBe(true);
      }
      await claimOutFolder(out);
      expect(outputIn(out), `claimed after a kill at rename ${renames}`).toEqual(recorded ? AFTER : BEFORE);
      // A finished commit's sections are compared afresh by the next build: their manifests vouch for no
      // file's content, but still say which files are gea's (decision 0072).
      if (recorded) {
        for (const section of Object.keys(AFTER)) {
          const manifest = new Map(
            JSON.parse(readFileSync(join(out, '.cache', 'sections', `${section}.json`), 'utf8')) as [string, { size: number }][],
          );
          expect([...manifest.keys()], section).toEqual(expect.arrayContaining(Object.keys(AFTER[section]!)));
          expect(
            [...manifest.values()].every((record) => record.size === -1),
            section,
          ).toBe(true);
        }
      }
      expect(readdirSync(out).filter((entry) => entry.startsWith('.') && entry !== '.gea-out' && entry !== '.cache')).toEqual([]);
      // What the claim finished is what the next build finds: committing the new output again leaves it.
      await (
        await commit(out, AFTER)
      ).committing;
      expect(outputIn(out)).toEqual(AFTER);
    }
    expect(mixes).toBeGreaterThan(5);
  });
});
