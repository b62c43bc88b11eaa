// Model strings in the editor's Markdown (hovers, completion details) show as written: a name,
// description, reason or field label holding Markdown or HTML makes no emphasis, link or markup.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { positionOf } from './support/positions.js';
import { uriOf, workspaceOf } from './support/workspace-copy.js';

const MODEL = `/** Бүртгэлийн [газар](https://example.org) <b>тод</b> */
agency газар "Улсын *бүртгэл* \`код\`" {
  kind agency
  name en "Registry <i>&</i> **Co**"
}
data иргэн "Иргэн" { owner газар field рд string "# [Регистр](x)" key }
waiver w { rule single-master on иргэн reason "_зөвшөөрсөн_ ~~" }
trust ca "CA" { kind ca operator газар certificate "CN=[x](y) *z*" { valid-from 2020-01-01 valid-until 2021-01-01 } }
data doc "Doc" { owner газар kind document }
system с "С" { owner газар masters doc signs doc { level simple format PAdES with ca } }
`;

let server: string[];

beforeAll(async () => {
  server = await bundledServer();
});

describe('model strings in the editor’s Markdown', () => {
  it('are literal text in hovers and completion details', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const uri = uriOf(root, 'model.gea');
    const client = await LspClient.start({
      command: server,
      folders: [root],
      initializationOptions: { locale: 'en', evaluationDate: '2026-01-01' },
    });
    try {
      await client.settled();
      const hover = async (needle: string, after: number) =>
        (
          (await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(MODEL, needle, after) }))
            .contents as { value: string }
        ).value;
      const agency = await hover('owner газар', 7);
      expect(agency).toContain('- mn: Улсын \\*бүртгэл\\* \\`код\\`');
      expect(agency).toContain('- en: Registry \\<i\\>\\&\\</i\\> \\*\\*Co\\*\\*');
      expect(agency).toContain('Description: Бүртгэлийн \\[газар\\](https://example.org) \\<b\\>тод\\</b\\>');
      expect(await hover('field рд', 7)).toContain('— \\# \\[Регистр\\](x)');
      expect(await hover('waiver w', 7)).toContain('Reason: \\_зөвшөөрсөн\\_ \\~\\~');
      // A finding's message quotes the certificate's subject: text, beside the ids as code.
      expect(await hover('certificate "', 2)).toContain('certificate "CN=\\[x\\](y) \\*z\\*" of trust service `ca` expired');
      const completion = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: positionOf(MODEL, 'owner газар masters', 6),
      });
      const item = completion.items.find((candidate) => candidate.label === 'газар')!;
      expect(item.documentation).toEqual({ kind: 'markdown', value: 'Бүртгэлийн \\[газар\\](https://example.org) \\<b\\>тод\\</b\\>' });
    } finally {
      await client.stop();
    }
  });
});
