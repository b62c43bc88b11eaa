// A folder in the workspace that cannot be read is an error naming it, as an unreadable file is:
// the glob that lists the sources would otherwise skip it, and its files would go unchecked.
import type * as FileSystem from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { wordsFor } from '@gea-arch/core';
import { loadWorkspace, WorkspaceError } from '../src/workspace/load-workspace.js';

/** Folders named `secret` refuse to be listed, as one the user may not read does (the tests run as root). */
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof FileSystem>();
  const readdir = (path: string, ...rest: unknown[]) => {
    const callback = rest.at(-1) as (error: NodeJS.ErrnoException | null) => void;
    if (/secret\/?$/.test(String(path)))
      return callback(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES', syscall: 'scandir' }));
    return (fs.readdir as (...args: unknown[]) => void)(path, ...rest);
  };
  return { ...fs, readdir, default: { ...fs, readdir } };
});

describe('an unreadable folder in the workspace', () => {
  it('is a workspace error naming the folder and what to do', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-unreadable-folder-'));
    writeFileSync(join(root, 'model.gea'), 'agency a "А" { kind agency }\n');
    mkdirSync(join(root, 'secret'));
    writeFileSync(join(root, 'secret', 'q.gea'), 'agency q "Q" { kind agency }\n');
    const error = await loadWorkspace([root]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(WorkspaceError);
    const folder = relative(process.cwd(), join(root, 'secret'));
    expect((error as WorkspaceError).say(wordsFor('en'))).toBe(
      `cannot read the folder ${folder}: permission denied; give gea permission to read it, or move it out of the workspace (or out of \`sources\` in gea.yaml)`,
    );
    expect((error as WorkspaceError).say(wordsFor('mn'))).toContain(`${folder} хавтсыг уншиж чадсангүй: хандах эрхгүй`);
  });
});
