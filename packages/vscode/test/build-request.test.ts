// `gea/build` from the editor: the bundled server builds the workspace as `gea build` does, its
// diagrams laid out by the bundled worker and set in the bundled fonts.
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { copyOf, uriOf } from './support/workspace-copy.js';

describe('gea/build', () => {
  it('writes the out folder of the workspace, diagrams and reports', async () => {
    const root = copyOf(QUICKSTART_EXAMPLE);
    const client = await LspClient.start({ command: await bundledServer(), folders: [root], initializationOptions: { locale: 'en' } });
    try {
      await client.settled();
      const reply = await client.request<{ outDir: string; errors: number }>('gea/build', { uri: uriOf(root, 'model.gea') });
      expect(reply.outDir).toBe(join(root, 'out'));
      const diagrams = readdirSync(join(reply.outDir, 'diagrams'));
      expect(diagrams.filter((file) => file.endsWith('.svg')).length).toBeGreaterThan(2);
      expect(existsSync(join(reply.outDir, 'reports/findings.json'))).toBe(true);
    } finally {
      await client.stop();
    }
  });
});

describe('gea/site', () => {
  it('finds the site where gea.yaml’s out puts it, once the workspace is built', async () => {
    const root = copyOf(QUICKSTART_EXAMPLE);
    appendFileSync(join(root, 'gea.yaml'), 'out: build/architecture\n');
    const client = await LspClient.start({ command: await bundledServer(), folders: [root], initializationOptions: { locale: 'en' } });
    try {
      await client.settled();
      const uri = uriOf(root, 'model.gea');
      expect(await client.request<{ index: string | null }>('gea/site', { uri })).toEqual({ index: null });
      const reply = await client.request<{ outDir: string }>('gea/build', { uri });
      expect(reply.outDir).toBe(join(root, 'build/architecture'));
      expect(await client.request<{ index: string | null }>('gea/site', { uri })).toEqual({
        index: join(root, 'build/architecture/site/index.html'),
      });
    } finally {
      await client.stop();
    }
  });
});
