// Rename refuses a new name that another element has, or that would make a reference mean
// another element (LANGUAGE.md: a name is looked up in the file's namespace first, then outward).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { positionOf } from './support/positions.js';
import { uriOf, workspaceOf } from './support/workspace-copy.js';

const FILES = {
  'gea.yaml': 'locale: mn\n',
  'root.gea':
    'namespace mn\nagency ndc "NDC" { kind agency }\ndata citizen "Иргэн" {\n  owner ndc\n  field a string "A"\n  field b string "B"\n}\n',
  'tax.gea': 'namespace mn.tax\nagency mta "MTA" { kind agency }\nsystem itc "ITC" { owner mta operator ndc }\n',
};

let client: LspClient;
let root: string;

beforeAll(async () => {
  root = workspaceOf(FILES);
  client = await LspClient.start({ command: await bundledServer(), folders: [root], initializationOptions: { locale: 'en' } });
  await client.settled();
});

afterAll(() => client.stop());

function rename(file: keyof typeof FILES, written: string, newName: string): Promise<WorkspaceEdit> {
  const position = positionOf(FILES[file], written, written.lastIndexOf(' ') + 1);
  return client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uriOf(root, file) }, position, newName });
}

describe('rename', () => {
  it('refuses a full name another element has', async () => {
    await expect(rename('root.gea', 'agency ndc', 'citizen')).rejects.toMatchObject({
      code: -32803,
      message: '`mn.citizen` is declared already; choose another name',
    });
    await expect(rename('root.gea', 'field a', 'b')).rejects.toMatchObject({ message: expect.stringContaining('`mn.citizen.b`') });
  });

  it('refuses a name under which one of its references would find a nearer namesake', async () => {
    // `operator ndc` in mn.tax would read `operator mta`: mn.tax.mta.
    await expect(rename('root.gea', 'agency ndc', 'mta')).rejects.toMatchObject({
      code: -32803,
      message: '`mta` at tax.gea:3 would mean `mn.tax.mta`, not `mn.ndc`; choose another name',
    });
  });

  it('refuses a name under which it would be found first by the references to another element', async () => {
    // mn.tax.mta renamed ndc would take `operator ndc` (mn.ndc) from mn.tax.
    await expect(rename('tax.gea', 'agency mta', 'ndc')).rejects.toMatchObject({
      code: -32803,
      message: '`ndc` at tax.gea:3 would mean `mn.tax.ndc`, not `mn.ndc`; choose another name',
    });
  });

  it('renames where nothing changes meaning', async () => {
    const edit = await rename('root.gea', 'agency ndc', 'data_agency');
    expect(Object.values(edit.changes!).flat()).toHaveLength(3);
    expect(Object.values((await rename('root.gea', 'field a', 'c')).changes!).flat()).toHaveLength(1);
  });
});
