// `gea lsp --stdio`: the language server any LSP editor starts; it answers initialize with the
// editor features and publishes the workspace's findings, and ends when the editor is gone.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';

const GEA = fileURLToPath(new URL('../bin/gea.js', import.meta.url));

/** `gea lsp --stdio` initialised on the quickstart example by this (live) process; its capabilities. */
async function startServer() {
  const server = spawn(process.execPath, [GEA, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const folder = pathToFileURL(QUICKSTART_EXAMPLE).href;
  const result = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'quickstart' }],
    capabilities: {},
    initializationOptions: { locale: 'en' },
  })) as { capabilities: Record<string, unknown> };
  await connection.sendNotification('initialized', {});
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return { server, connection, capabilities: result.capabilities, exited, stderr: () => stderr };
}

describe('gea lsp --stdio', () => {
  it('serves the workspace it is started on over standard input and output', async () => {
    const { server, connection, capabilities, exited, stderr } = await startServer();
    try {
      for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider']) {
        expect(capabilities[feature], feature).toBeTruthy();
      }
      expect(capabilities.documentFormattingProvider).toBe(true);
      const counts = (await connection.sendRequest('gea/findings', {})) as { files: number };
      expect(counts.files).toBeGreaterThan(0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
      // Started by an editor (standard input a pipe), it says nothing beside the protocol.
      expect(stderr()).toBe('');
    } finally {
      connection.dispose();
      server.kill();
    }
  });

  it('started by hand at a terminal, says what it waits for', async () => {
    // `script` gives the server a terminal for its standard input and shows what it writes there.
    const terminal = spawn('script', ['-qec', `"${process.execPath}" "${GEA}" lsp`, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GEA_LOCALE: 'en' },
    });
    try {
      const said = await new Promise<string>((resolve) => {
        let text = '';
        const timer = setTimeout(() => resolve(text), 20_000);
        terminal.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('Ctrl+C')) {
            clearTimeout(timer);
            resolve(text);
          }
        });
      });
      expect(said).toContain('gea: gea lsp is a language server: an editor starts it');
    } finally {
      terminal.kill('SIGKILL');
    }
  }, 30_000);

  it('ends when the editor closes its standard input, though the editor process is alive', async () => {
    const { server, connection, exited } = await startServer();
    try {
      await connection.sendRequest('gea/findings', {});
      server.stdin.end();
      const waited = new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000));
      expect(await Promise.race([exited, waited])).toBe(1);
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
