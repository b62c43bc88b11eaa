// Which files the server reads: the folder an editor names only as its root.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { workspaceOf } from './support/workspace-copy.js';

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
});
