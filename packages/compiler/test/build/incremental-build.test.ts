// A build after an edit links the specs and site pages made from what did not change (their
// digests: spec/made-from.ts, site/made-from.ts) and makes the rest; what it leaves must be exactly
// what a build from nothing writes. Each edit below is built both ways and the out folders compared
// file by file — with the model in one file, and split in three, so that the walks of the files an
// edit does not touch are taken from the last build (remembered-walks.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE, filesBelow, splitQuickstartInThree } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';

describe.each([
  ['in one file', () => ['model.gea']],
  ['in three files', splitQuickstartInThree],
] as const)('a build after an edit, the model %s', (_, layOut) => {
  it('writes what a build from nothing writes, and leaves in place the files the edit does not show in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-incremental-'));
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
    const files = layOut(root).map((file) => join(root, file));
    const out = join(root, 'out');
    const build = async (outDir: string, noCache = false) =>
      buildWorkspace(await loadWorkspace([root]), { outDir, toolVersion: 'test', evaluationDate: '2026-06-01', noCache });
    const inode = (path: string) => statSync(join(out, path)).ino;
    const edit = (from: string, to: string) => {
      const file = files.find((path) => readFileSync(path, 'utf8').includes(from));
      expect(file, from).toBeDefined();
      writeFileSync(file!, readFileSync(file!, 'utf8').replace(from, to));
    };

    await build(out);
    expect(existsSync(join(out, '.cache', 'element-walks.json'))).toBe(true);
    const edits: Array<{
      readonly edit: () => void;
      readonly made: readonly string[];
      readonly kept: readonly string[];
      /** Views the last build remembered are taken (remembered-views.ts), not all computed again. */
      readonly viewsTaken?: boolean;
    }> = [
      {
        edit: () => edit('version "1.0.0"', 'version "1.1.0"'),
        made: ['specs/citizen_info/README.md', 'site/interface/citizen_info.html'],
        kept: ['site/agency/ndc.html', 'site/law/pdp_law.html'],
      },
      // Every declaration moves a line down: the pages that say where one is written change.
      { edit: () => edit('law pdp_law', '\nlaw pdp_law'), made: ['site/law/pdp_law.html'], kept: ['specs/citizen_info/service.wsdl'] },
      {
        edit: () => edit('  name en "National Data Center"', '  name en "National Data Centre"'),
        made: ['site/agency/ndc.html'],
        kept: [],
        viewsTaken: true,
      },
      // The consumption no longer runs through ХУР: findings, views and agreements change.
      { edit: () => edit('  via khur\n', ''), made: ['specs/citizen_info/README.md'], kept: [] },
    ];
    for (const [index, { edit: change, made, kept, viewsTaken }] of edits.entries()) {
      const before = new Map([...made, ...kept].map((path) => [path, inode(path)]));
      change();
      const { sections } = await build(out);
      const diagrams = sections.find((section) => section.section === 'diagrams')!.stats!;
      if (viewsTaken) expect(diagrams['computed']).toBeLessThan(diagrams['views']!);
      // Beside the other: links to the sources are relative.
      const fresh = join(root, `fresh-${index}`);
      await build(fresh, true);
      const incremental = filesBelow(out);
      const expected = filesBelow(fresh);
      expect([...incremental.keys()]).toEqual([...expected.keys()]);
      for (const [path, bytes] of expected) expect(incremental.get(path)!.toString(), path).toBe(bytes.toString());
      for (const path of made) expect(inode(path), path).not.toBe(before.get(path));
      for (const path of kept) expect(inode(path), path).toBe(before.get(path));
    }
  }, 240_000);
});
