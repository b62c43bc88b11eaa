// A build that fails midway, or whose disk fills up, leaves the previous output exactly as it was;
// the error names the file and why; two builds give the same bytes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace, WorkspaceError, type OutFileSystem } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { QUICKSTART_EXAMPLE, folderSnapshot } from '@gea-arch/fixtures';

function copyOfQuickstart(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gea-safety-')), 'ws');
  cpSync(QUICKSTART_EXAMPLE, root, { recursive: true, filter: (path) => !path.includes(`${join('quickstart', 'out')}`) });
  return root;
}

/** Writes normally until `after` files are written, then fails with the system's error `code` (a full disk by default). */
function diskFullAfter(after: number, code = 'ENOSPC'): OutFileSystem {
  let written = 0;
  return {
    writeFile: async (path, content) => {
      if (written++ >= after) throw Object.assign(new Error(`${code}: write '${path}'`), { code });
      await writeFile(path, content);
    },
  };
}

/** A layout worker thread that does `body` with each request instead of laying the view out. */
function misbehavingWorker(body: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-bad-worker-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${body} });\n`);
  return pathToFileURL(file);
}

describe('build safety', () => {
  it('leaves the previous output whole when the disk fills up midway, and says so', async () => {
    const root = copyOfQuickstart();
    const workspace = await loadWorkspace([root]);
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(workspace, options);
    const before = folderSnapshot(join(root, 'out'));
    writeFileSync(join(root, 'model.gea'), readFileSync(join(root, 'model.gea'), 'utf8').replace('Иргэний лавлагаа', 'Иргэний лавлагаа 2'));

    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, fileSystem: diskFullAfter(2) }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(
      /^cannot write .*out\/(diagrams|reports|specs): the disk is full; the previous output is left as it was$/,
    );
    expect(folderSnapshot(join(root, 'out'))).toEqual(before);
    expect(readdirSync(join(root, 'out')).filter((entry) => entry.endsWith('.new') || entry.endsWith('.old'))).toEqual([]);
  });

  it.each([
    ['EROFS', 'the file system is read-only'],
    ['EACCES', 'permission denied'],
  ])('names the folder and the reason when a write fails with %s, and keeps the previous output', async (code, reason) => {
    const root = copyOfQuickstart();
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(await loadWorkspace([root]), options);
    const before = folderSnapshot(join(root, 'out'));
    // Something to write: the files the last build wrote and nothing changed stay where they are.
    writeFileSync(join(root, 'model.gea'), readFileSync(join(root, 'model.gea'), 'utf8').replace('Иргэний лавлагаа', 'Иргэний лавлагаа 2'));
    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, fileSystem: diskFullAfter(0, code) }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(new RegExp(`^cannot write .*out/\\w+: ${reason}; the previous output`));
    expect(folderSnapshot(join(root, 'out'))).toEqual(before);
  });

  it.each([
    ['hangs', '/* never answers */', /worker thread gave no answer in 1 s and was stopped/],
    ['exits', 'process.exit(3);', /worker thread stopped \(exit code 3\)/],
    ['throws', "throw new Error('out of memory');", /worker thread failed \(out of memory\)/],
  ])('stops with the view named when a layout worker %s, and keeps the previous output', { timeout: 60_000 }, async (_, body, said) => {
    const root = copyOfQuickstart();
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(await loadWorkspace([root]), options);
    const before = folderSnapshot(join(root, 'out'));
    const layoutPool = { workerScript: misbehavingWorker(body), timeoutMs: 1000, workers: 2 };
    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, noCache: true, layoutPool }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    const message = (error as WorkspaceError).say(wordsFor('en'));
    expect(message).toMatch(/^could not lay out view `[^`]+`: /);
    expect(message).toMatch(said);
    expect((error as WorkspaceError).say(wordsFor('mn'))).toMatch(/харагдацыг байрлуулж чадсангүй/);
    expect(folderSnapshot(join(root, 'out'))).toEqual(before);
  });

  it('gives the same bytes twice', async () => {
    const root = copyOfQuickstart();
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    const first = folderSnapshot(join(root, 'out'));
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    expect(folderSnapshot(join(root, 'out'))).toEqual(first);
  });
});
