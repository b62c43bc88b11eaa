// Which files the server reads: the folder an editor names only as its root, and a workspace whose
// gea.yaml is in error.
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
      expect(problem).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 2, character: 0 } } });
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
