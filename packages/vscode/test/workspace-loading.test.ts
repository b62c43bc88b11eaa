// Which files the server reads, and when it analyses them again: the folder an editor names only as
// its root, a workspace whose gea.yaml is in error, and files that go away without any other file
// being rebuilt (deleted on disk, or closed outside the workspace's sources), workspace folders
// added and removed while it runs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { uriOf, workspaceOf } from './support/workspace-copy.js';

const AGENCY = 'agency a "А" { kind agency }\n';
const SYSTEM = 'system s "С" { owner a }\n';
let server: string[];

beforeAll(async () => {
  server = await bundledServer();
});

describe('the files the server reads', () => {
  it.each(['rootUri', 'rootPath'] as const)('reads the folder an editor names only by %s', async (rootOnly) => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\n', 'a.gea': AGENCY, 'b.gea': SYSTEM });
    const client = await LspClient.start({ command: server, folders: [root], rootOnly, initializationOptions: { locale: 'en' } });
    try {
      expect(await client.settled()).toMatchObject({ files: 2, error: 0 });
    } finally {
      await client.stop();
    }
  });

  it('reads the files of a workspace whose gea.yaml is in error with what of it can be read, and says the error on gea.yaml', async () => {
    const root = workspaceOf({
      'gea.yaml': 'locale: mn\nlocales: [mn, en]\ncolour: blue\nrules:\n  name-translation: error\n',
      'a.gea': AGENCY,
      'b.gea': SYSTEM,
    });
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    try {
      // name-translation is an error as gea.yaml says, once for each file; no reference is unresolved.
      expect(await client.settled()).toMatchObject({ files: 2, error: 2, warning: 0 });
      expect(client.diagnostics.get(uriOf(root, 'b.gea'))!.map((diagnostic) => diagnostic.code)).toEqual(['name-translation']);
      const [problem, ...others] = client.diagnostics.get(uriOf(root, 'gea.yaml'))!;
      expect(others).toEqual([]);
      // The whole unknown key is underlined.
      expect(problem).toMatchObject({
        code: 'config',
        severity: 1,
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } },
      });
      expect(problem!.message).toMatch(/colour/);
    } finally {
      await client.stop();
    }
  });

  it('says a gea.yaml in error at once where its workspace has no file to analyse', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: [mn\n' });
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    try {
      expect(await client.settled()).toMatchObject({ files: 0 });
      expect(client.diagnostics.get(uriOf(root, 'gea.yaml'))!.map((diagnostic) => diagnostic.code)).toEqual(['config']);
    } finally {
      await client.stop();
    }
  });
});

describe('workspace folders added and removed while the server runs', () => {
  it('reads a folder the editor adds, as gea check reads it, and lets go of one it removes with its diagnostics', async () => {
    const one = workspaceOf({ 'gea.yaml': 'locales: [mn, en]\n', 'a.gea': 'agency a "А" { kind agency }\n' });
    const two = workspaceOf({ 'gea.yaml': 'rules:\n  nope: error\n', 'b.gea': 'system b "Б" { owner a }\n' });
    const client = await LspClient.start({ command: server, folders: [one], initializationOptions: { locale: 'en' } });
    const folder = (root: string, name: string) => ({ uri: pathToFileURL(root).href, name });
    try {
      expect(await client.settled()).toMatchObject({ files: 1 });
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [folder(two, 'two')], removed: [] },
      });
      expect(await client.settled()).toMatchObject({ files: 2 });
      // A folder is a model of its own: `a` is not found from `two`, and its gea.yaml is said to be in error.
      expect(client.diagnostics.get(uriOf(two, 'b.gea'))!.map((diagnostic) => diagnostic.code)).toContain('unresolved-reference');
      expect(client.diagnostics.get(uriOf(two, 'gea.yaml'))!.map((diagnostic) => diagnostic.code)).toEqual(['config']);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [folder(two, 'two')] },
      });
      expect(await client.settled()).toMatchObject({ files: 1 });
      expect(client.diagnostics.get(uriOf(two, 'b.gea'))).toEqual([]);
      expect(client.diagnostics.get(uriOf(two, 'gea.yaml'))).toEqual([]);
      expect(client.diagnostics.get(uriOf(one, 'a.gea'))!.map((diagnostic) => diagnostic.code)).toEqual(['name-translation']);
    } finally {
      await client.stop();
    }
  });
});

describe('files that go away with no other file to rebuild', () => {
  /** A workspace where `a.gea`'s agency is declared again by each of `others`: a duplicate-name error in `a.gea`. */
  async function duplicated(others: readonly string[]) {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\n', 'a.gea': AGENCY, ...Object.fromEntries(others.map((path) => [path, AGENCY])) });
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    const codesOfA = () => (client.diagnostics.get(uriOf(root, 'a.gea')) ?? []).map((diagnostic) => diagnostic.code);
    return { root, client, codesOfA };
  }

  it('takes a deleted file out of the findings', async () => {
    const { root, client, codesOfA } = await duplicated(['dup.gea']);
    try {
      expect(await client.settled()).toMatchObject({ files: 2, error: 2 });
      expect(codesOfA()).toEqual(['duplicate-name']);
      rmSync(join(root, 'dup.gea'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'dup.gea'), type: 3 }] });
      expect(await client.settled()).toMatchObject({ files: 1, error: 0 });
      expect(codesOfA()).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('takes the files of a deleted folder out of the findings', async () => {
    const { root, client, codesOfA } = await duplicated(['sub/one.gea', 'sub/two.gea']);
    try {
      expect(await client.settled()).toMatchObject({ files: 3, error: 3 });
      rmSync(join(root, 'sub'), { recursive: true });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'sub'), type: 3 }] });
      expect(await client.settled()).toMatchObject({ files: 1, error: 0 });
      expect(codesOfA()).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('takes a file opened outside the sources out of the findings when it is closed', async () => {
    const { root, client, codesOfA } = await duplicated([]);
    try {
      expect(await client.settled()).toMatchObject({ files: 1, error: 0 });
      const outside = uriOf(root, 'out/y.gea');
      await client.open(outside, AGENCY);
      expect(await client.settled()).toMatchObject({ files: 2, error: 2 });
      expect(codesOfA()).toEqual(['duplicate-name']);
      await client.close(outside);
      expect(await client.settled()).toMatchObject({ files: 1, error: 0 });
      expect(codesOfA()).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});
