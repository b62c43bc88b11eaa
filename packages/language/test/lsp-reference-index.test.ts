// The language server's reference index: the entries Langium's own provider makes, in its order,
// for every construct of the language and the national example.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DefaultReferenceDescriptionProvider, URI, type FileSystemProvider, type ReferenceDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { EVERY_CONSTRUCT, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { createGeaServices } from '../src/lsp/index.js';

function sources(): Array<{ uri: string; text: string }> {
  const files = readdirSync(MONGOLIA_EXAMPLE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.gea'));
  return [...files.sort().map((file) => join(MONGOLIA_EXAMPLE, file)), EVERY_CONSTRUCT].map((path) => ({
    uri: pathToFileURL(path).href,
    text: readFileSync(path, 'utf8'),
  }));
}

const line = (entry: ReferenceDescription) =>
  `${entry.sourceUri.toString()} ${entry.sourcePath} ${entry.targetUri.toString()} ${entry.targetPath} ${entry.segment.offset} ${entry.local}`;

describe('the reference index of the language server', () => {
  it("holds Langium's entries, in Langium's order", async () => {
    const { shared, gea } = createGeaServices({ fileSystemProvider: () => ({}) as FileSystemProvider }, { locale: 'en' });
    const documents = sources().map(({ uri, text }) => {
      const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
      shared.workspace.LangiumDocuments.addDocument(document);
      return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const langium = new DefaultReferenceDescriptionProvider(gea);
    let entries = 0;
    for (const document of documents) {
      const ours = await gea.workspace.ReferenceDescriptionProvider.createDescriptions(document);
      expect(ours.map(line)).toEqual((await langium.createDescriptions(document)).map(line));
      entries += ours.length;
    }
    expect(entries).toBeGreaterThan(500);
  });
});
