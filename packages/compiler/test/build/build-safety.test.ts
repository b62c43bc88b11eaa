// A build that fails midway, or whose disk fills up, leaves the previous output exactly as it was;
// the error names the file and why; two builds give the same bytes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace, WorkspaceError, type OutFileSystem } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';

/** Every file below a folder with its bytes, for comparing two states of the out folder. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (statSync(path).isFile() && !relative(dir, path).startsWith('.cache'))
      files[relative(dir, path)] = readFileSync(path).toString('base64');
  }
  return files;
}

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-safety-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

/** Writes normally until `after` files are written, then fails as a full disk does. */
function diskFullAfter(after: number): OutFileSystem {
  let written = 0;
  return {
    writeFile: async (path, content) => {
      if (written++ >= after) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      await writeFile(path, content);
    },
  };
}

describe('build safety', () => {
  it('leaves the previous output whole when the disk fills up midway, and says so', async () => {
    const root = copyOfQuickstart();
    const workspace = await loadWorkspace([root]);
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(workspace, options);
    const before = snapshot(join(root, 'out'));
    writeFileSync(join(root, 'model.gea'), readFileSync(join(root, 'model.gea'), 'utf8').replace('Иргэний лавлагаа', 'Иргэний лавлагаа 2'));

    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, fileSystem: diskFullAfter(5) }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(
      /^cannot write .*out\/(diagrams|reports): the disk is full; the previous output is left as it was$/,
    );
    expect(snapshot(join(root, 'out'))).toEqual(before);
    expect(readdirSync(join(root, 'out')).filter((entry) => entry.endsWith('.new') || entry.endsWith('.old'))).toEqual([]);
  });

  it('gives the same bytes twice', async () => {
    const root = copyOfQuickstart();
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    const first = snapshot(join(root, 'out'));
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    expect(snapshot(join(root, 'out'))).toEqual(first);
  });
});
