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

/**
 * Holds every write into the diagrams section until the writes into the other sections have all
 * begun (or until `fail`'s writes fail with a full disk, or two seconds pass), and notes which
 * sections were written meanwhile.
 */
function holdingDiagrams(fail?: string) {
  const others = ['reports', 'specs', 'archimate', 'site'];
  let release = (): void => undefined;
  let held = true;
  const diagramsWritten = new Promise<void>((resolve) => {
    release = () => {
      held = false;
      resolve();
    };
    setTimeout(release, 2000).unref();
  });
  const writtenWhileHeld = new Set<string>();
  const fileSystem: OutFileSystem = {
    writeFile: async (path, content) => {
      const section = /[/\\]\.(\w+)\.\d+\.new[/\\]/.exec(path)?.[1] ?? path;
      if (section === 'diagrams') await diagramsWritten;
      else if (held) writtenWhileHeld.add(section);
      if (section === fail) {
        // The diagrams are still being written when this fails; they go on a moment later.
        setTimeout(release, 100);
        throw Object.assign(new Error(`ENOSPC: write '${path}'`), { code: 'ENOSPC' });
      }
      if (others.every((other) => writtenWhileHeld.has(other))) release();
      await writeFile(path, content);
    },
  };
  return { fileSystem, writtenWhileHeld };
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
      /^cannot write .*out\/(diagrams|reports|specs|archimate|site): the disk is full; the previous output is left as it was$/,
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

  it('makes and writes the next sections while one is still being written', async () => {
    const root = copyOfQuickstart();
    const holding = holdingDiagrams();
    const progress: string[] = [];
    const options = { toolVersion: '0.0.0', messageLocale: 'en', onProgress: (message: string) => progress.push(message) };
    await buildWorkspace(await loadWorkspace([root]), { ...options, fileSystem: holding.fileSystem });
    expect(holding.writtenWhileHeld).toEqual(new Set(['reports', 'specs', 'archimate', 'site']));
    // The sections being written are said together, in the order of the table.
    expect(progress.filter((message) => /^writing diagrams \(\d+ of \d+ files\), specs \(\d+ of \d+ files\)$/.test(message))).not.toEqual(
      [],
    );
    const sections = [
      { folder: 'diagrams', done: 3, total: 40 },
      { folder: 'specs', done: 7, total: 90 },
    ];
    expect(wordsFor('mn').diagrams.build.writing({ sections })).toBe(
      'бичиж байна: diagrams (40 файлаас 3 бэлэн), specs (90 файлаас 7 бэлэн)',
    );
    expect(wordsFor('mn').diagrams.build.writing({ sections: sections.slice(1) })).toBe('specs-г бичиж байна (90 файлаас 7 бэлэн)');
    const sequential = copyOfQuickstart();
    await buildWorkspace(await loadWorkspace([sequential]), { toolVersion: '0.0.0' });
    expect(folderSnapshot(join(root, 'out'))).toEqual(folderSnapshot(join(sequential, 'out')));
  });

  it('stages at most two sections at once: the next is made once one of them is written', async () => {
    const root = copyOfQuickstart();
    // The reports' writes wait 300 ms from the first, the diagrams' until 300 ms after that.
    let bothHeld = false;
    let releaseDiagrams = (): void => undefined;
    const diagramsWritten = new Promise<void>((resolve) => {
      releaseDiagrams = resolve;
      setTimeout(resolve, 5000).unref();
    });
    let reportsWritten: Promise<void> | undefined;
    const writtenWhileBothHeld = new Set<string>();
    const fileSystem: OutFileSystem = {
      writeFile: async (path, content) => {
        const section = /[/\\]\.(\w+)\.\d+\.new[/\\]/.exec(path)?.[1] ?? path;
        if (section === 'reports') {
          reportsWritten ??= new Promise<void>((resolve) => {
            bothHeld = true;
            setTimeout(() => {
              bothHeld = false;
              resolve();
              setTimeout(releaseDiagrams, 300);
            }, 300);
          });
          await reportsWritten;
        } else if (section === 'diagrams') await diagramsWritten;
        else if (bothHeld) writtenWhileBothHeld.add(section);
        await writeFile(path, content);
      },
    };
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0', fileSystem });
    expect(reportsWritten).toBeDefined();
    expect(writtenWhileBothHeld).toEqual(new Set());
  });

  it('leaves the previous output whole when a later section fails while an earlier one is still being written', async () => {
    const root = copyOfQuickstart();
    const options = { toolVersion: '0.0.0', locale: 'en', messageLocale: 'en' };
    await buildWorkspace(await loadWorkspace([root]), options);
    const before = folderSnapshot(join(root, 'out'));
    const holding = holdingDiagrams('specs');
    const error = await buildWorkspace(await loadWorkspace([root]), { ...options, noCache: true, fileSystem: holding.fileSystem }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as WorkspaceError).say(wordsFor('en'))).toMatch(/^cannot write .*out\/specs: the disk is full; the previous output/);
    expect(holding.writtenWhileHeld.has('specs')).toBe(true);
    expect(folderSnapshot(join(root, 'out'))).toEqual(before);
    expect(readdirSync(join(root, 'out')).filter((entry) => entry.endsWith('.new') || entry.endsWith('.old'))).toEqual([]);
  });

  it('gives the same bytes twice', async () => {
    const root = copyOfQuickstart();
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    const first = folderSnapshot(join(root, 'out'));
    await buildWorkspace(await loadWorkspace([root]), { toolVersion: '0.0.0' });
    expect(folderSnapshot(join(root, 'out'))).toEqual(first);
  });
});
