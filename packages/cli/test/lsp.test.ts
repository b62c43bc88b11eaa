// `gea lsp --stdio`: the language server any LSP editor starts; it answers initialize with the
// editor features and publishes the workspace's findings.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';

const GEA = fileURLToPath(new URL('../bin/gea.js', import.meta.url));

describe('gea lsp --stdio', () => {
  it('serves the workspace it is started on over standard input and output', async () => {
    const server = spawn(process.execPath, [GEA, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const published: string[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => void published.push(params.uri));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const folder = pathToFileURL(QUICKSTART_EXAMPLE).href;
      const result = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'quickstart' }],
        capabilities: {},
        initializationOptions: { locale: 'en' },
      })) as { capabilities: Record<string, unknown> };
      for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider']) {
        expect(result.capabilities[feature], feature).toBeTruthy();
      }
      expect(result.capabilities.documentFormattingProvider).toBe(true);
      await connection.sendNotification('initialized', {});
      const counts = (await connection.sendRequest('gea/findings', {})) as { files: number };
      expect(counts.files).toBeGreaterThan(0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await new Promise<number | null>((resolve) => server.once('exit', resolve));
      expect(code).toBe(0);
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
