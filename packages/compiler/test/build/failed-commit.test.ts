import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '@gea-arch/core';
import { claimOutFolder, commitSections, stageSection, type OutFileSystem } from '../../src/build/out-folder.js';
import { WorkspaceError } from '../../src/workspace/load-workspace.js';

/** Every file under `folder`, relative with `/`, and what it holds. */
const contents = (folder: string): Record<string, string> => {
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(folder, path)).isFile());
  return Object.fromEntries(paths.sort().map((path) => [path.split(sep).join('/'), readFileSync(join(folder, path), 'utf8')]));
};

const SECTIONS = ['archimate', 'diagrams', 'site'] as const;

/** Builds the three sections with `version` in every file (updated in place with `reuse`, swapped whole without). */
const build = async (out: string, version: string, reuse: boolean, rename?: OutFileSystem['rename']) => {
  const fileSystem: OutFileSystem = { writeFile: (path, content) => writeFile(path, content), ...(rename ? { rename } : {}) };
  const staged = [];
  for (const section of SECTIONS) {
    const files = new Map([
      ['index.html', `${section} ${version}`],
      [`nested/${version}.txt`, version],
    ]);
    staged.push(await stageSection(out, section, files, fileSystem, { reuse, record: true }));
  }
  await commitSections(out, staged, fileSystem);
};

/** A rename that fails moving staged files into the `site` section, and, when `alsoBack`, moving the previous `archimate` back. */
const failingInto =
  (out: string, alsoBack = false): OutFileSystem['rename'] =>
  async (from, to) => {
    const site = join(out, 'site');
    const intoSite = to === site || to.startsWith(site + sep);
    if (intoSite && from.startsWith(join(out, `.site.${process.pid}.new`))) throw Object.assign(new Error('refused'), { code: 'EACCES' });
    if (alsoBack && from === join(out, `.archimate.${process.pid}.old`)) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
    await rename(from, to);
  };

describe('a commit whose move of a later section fails', () => {
  for (const reuse of [false, true]) {
    it(`leaves the out folder exactly as it was, without leftovers (sections ${reuse ? 'updated in place' : 'swapped whole'})`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'gea-failed-commit-'));
      await claimOutFolder(out);
      await build(out, 'v1', reuse);
      const before = contents(out);
      const error = await build(out, 'v2', reuse, failingInto(out)).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(WorkspaceError);
      expect((error as WorkspaceError).say(wordsFor('en'))).toBe(
        `cannot write ${out}: permission denied; the previous output is left as it was`,
      );
      expect(contents(out)).toEqual(before);
      expect(readdirSync(out).sort()).toEqual(['.cache', '.gea-out', ...SECTIONS]);
    });
  }

  it('says which folders hold what when moving back fails too, and the next build finishes the new output', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gea-failed-commit-'));
    await claimOutFolder(out);
    await build(out, 'v1', false);
    const error = await build(out, 'v2', false, failingInto(out, true)).catch((thrown: unknown) => thrown);
    const aside = join(out, `.archimate.${process.pid}.old`);
    const staging = join(out, `.archimate.${process.pid}.new`);
    // The new archimate went back to its staging folder; the previous one could not leave the aside folder.
    expect((error as WorkspaceError).say(wordsFor('en'))).toBe(
      `cannot write ${out}: permission denied, and could not put all of the previous output back: ` +
        `${staging} holds new files; ${aside} holds previous files; the next gea build finishes putting the new output in place`,
    );
    expect((error as WorkspaceError).say(wordsFor('mn'))).toContain(aside);
    expect(contents(staging)).toEqual({ 'index.html': 'archimate v2', 'nested/v2.txt': 'v2' });
    expect(contents(aside)).toEqual({ 'index.html': 'archimate v1', 'nested/v1.txt': 'v1' });
    // The sections moved back are the previous ones.
    expect(contents(join(out, 'diagrams'))).toEqual({ 'index.html': 'diagrams v1', 'nested/v1.txt': 'v1' });
    expect(existsSync(join(out, `.commit.${process.pid}.json`))).toBe(true);
    await claimOutFolder(out);
    expect(contents(out)).toMatchObject({
      'archimate/index.html': 'archimate v2',
      'diagrams/index.html': 'diagrams v2',
      'site/index.html': 'site v2',
    });
    expect(readdirSync(out).sort()).toEqual(['.cache', '.gea-out', ...SECTIONS]);
  });
});
