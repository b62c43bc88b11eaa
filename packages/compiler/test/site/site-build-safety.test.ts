// The site is written like every section: staged, swapped in with the others only when all of them
// are written, never into a folder gea did not make; and `--only site` builds what it links to.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace, WorkspaceError, type OutFileSystem } from '@gea-arch/compiler';
import { QUICKSTART_EXAMPLE, folderSnapshot } from '@gea-arch/fixtures';
import { danglingLinks } from './links.js';

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-site-safety-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !relative(QUICKSTART_EXAMPLE, path).startsWith('out') });
  return root;
}

/** Fails as a full disk does once the site's pages are being written (the last section made). */
const failingInTheSite: OutFileSystem = {
  writeFile: async (path, content) => {
    if (path.includes('.site.') && path.endsWith('.html') && !path.endsWith('index.html')) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
    }
    await writeFile(path, content);
  },
};

describe('building the site safely', () => {
  it('leaves the previous output, site and all, whole when writing the site fails midway', async () => {
    const root = copyOfQuickstart();
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(await loadWorkspace([root]), options);
    const before = folderSnapshot(join(root, 'out'));
    expect(Object.keys(before)).toContain(join('site', 'index.html'));
    writeFileSync(join(root, 'model.gea'), readFileSync(join(root, 'model.gea'), 'utf8').replace('Иргэний лавлагаа', 'Иргэний лавлагаа 2'));

    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, fileSystem: failingInTheSite }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    expect(folderSnapshot(join(root, 'out'))).toEqual(before);
    expect(readdirSync(join(root, 'out')).filter((entry) => /\.(new|old)$/.test(entry))).toEqual([]);
  });

  it('refuses an out folder with files it did not write, and touches nothing in it', async () => {
    const root = copyOfQuickstart();
    const outDir = join(root, 'elsewhere');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notes.md'), 'mine');
    await expect(buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0', outDir, only: ['site'] })).rejects.toThrow(
      WorkspaceError,
    );
    expect(readdirSync(outDir)).toEqual(['notes.md']);
  });

  it('builds with `--only site` the diagrams, reports and specs it links to, and the same bytes twice', async () => {
    const root = copyOfQuickstart();
    const result = await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0', only: ['site'] });
    expect(result.sections.map((section) => section.folder)).toEqual(['diagrams', 'reports', 'specs', 'site']);
    expect(
      readdirSync(join(root, 'out'))
        .filter((entry) => !entry.startsWith('.'))
        .sort(),
    ).toEqual(['diagrams', 'reports', 'site', 'specs']);
    expect(danglingLinks(join(root, 'out')).dangling).toEqual([]);
    const first = folderSnapshot(join(root, 'out'));
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0', only: ['site'] });
    expect(folderSnapshot(join(root, 'out'))).toEqual(first);
  });
});
