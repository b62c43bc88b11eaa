// Completion never offers the declaration being written for its own references: an agency its
// own `parent`, a trust service its own `issuer`, a waiver its own `on`, a system its own
// `depends-on` would each be a cycle. Its neighbours are offered as before.
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createGeaServices } from '../src/lsp/index.js';

async function labelsAt(text: string, marker: string): Promise<string[]> {
  const { shared, gea } = createGeaServices(EmptyFileSystem, { locale: 'en' });
  const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/itself.gea'));
  shared.workspace.LangiumDocuments.addDocument(document);
  await shared.workspace.DocumentBuilder.build([document]);
  const position = document.textDocument.positionAt(text.indexOf(marker) + marker.length);
  const list = await gea.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
  return list?.items.map((item) => item.label) ?? [];
}

const MODEL = `namespace яам
agency төв "Төв"
agency салбар "Салбар" { parent  }
trust ca "CA" { kind ca operator төв }
trust sub "Sub" { kind ca operator төв issuer  }
system а "А" { owner төв }
system б "Б" { owner төв depends-on  }
waiver w { rule agreement-required on  reason "r" }
`;

describe('completion of a reference', () => {
  it('offers every agency but the one whose parent is being written', async () => {
    const labels = await labelsAt(MODEL, 'parent ');
    expect(labels).toContain('төв');
    expect(labels).not.toContain('салбар');
  });

  it('offers every trust service but the one whose issuer is being written', async () => {
    const labels = await labelsAt(MODEL, 'issuer ');
    expect(labels).toContain('ca');
    expect(labels).not.toContain('sub');
  });

  it('offers every system but the one whose dependency is being written', async () => {
    const labels = await labelsAt(MODEL, 'depends-on ');
    expect(labels).toContain('а');
    expect(labels).not.toContain('б');
  });

  it('offers every element but the waiver itself after `on`', async () => {
    const labels = await labelsAt(MODEL, 'agreement-required on ');
    expect(labels).toEqual(expect.arrayContaining(['төв', 'салбар', 'ca', 'а', 'б']));
    expect(labels).not.toContain('w');
  });
});
