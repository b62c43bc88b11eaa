// A syntax tree's references listed once (tree-references.ts): Langium's walk, in its order; the
// linker links from that list in the order Langium's own linker does; and a tree parsed anew
// after an edit gets a list of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, DefaultLinker, URI, type FileSystemProvider, type LangiumDocument, type ReferenceInfo } from 'langium';
import { describe, expect, it } from 'vitest';
import { EVERY_CONSTRUCT, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { createGeaServices } from '../src/lsp/index.js';
import { treeReferences } from '../src/scoping/tree-references.js';

function sources(): Array<{ uri: string; text: string }> {
  const files = readdirSync(MONGOLIA_EXAMPLE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.gea'));
  return [...files.sort().map((file) => join(MONGOLIA_EXAMPLE, file)), EVERY_CONSTRUCT].map((path) => ({
    uri: pathToFileURL(path).href,
    text: readFileSync(path, 'utf8'),
  }));
}

async function built(files: ReadonlyArray<{ uri: string; text: string }>) {
  const { shared, gea } = createGeaServices({ fileSystemProvider: () => ({}) as FileSystemProvider }, { locale: 'en' });
  const documents = files.map(({ uri, text }) => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
  });
  await shared.workspace.DocumentBuilder.build(documents, { validation: true });
  return { shared, gea, documents };
}

const langiumWalk = (document: LangiumDocument): ReferenceInfo[] =>
  AstUtils.streamAst(document.parseResult.value)
    .flatMap((node) => AstUtils.streamReferences(node))
    .toArray();

/** What the linker left in `document.references`: each reference, where it was written and what it resolved to. */
const linked = (document: LangiumDocument) =>
  document.references.map((reference) => {
    const target = 'ref' in reference ? reference.ref : undefined;
    return `${reference.$refText}@${reference.$refNode?.offset} → ${target ? AstUtils.getDocument(target).uri.toString() : reference.error?.message}`;
  });

describe('the references of a syntax tree', () => {
  it("are Langium's walk of the tree, in its order, for every construct and the national example", async () => {
    const { documents } = await built(sources());
    let references = 0;
    for (const document of documents) {
      const ours = treeReferences(document.parseResult.value);
      const walk = langiumWalk(document);
      expect(ours.map(({ reference, container, property, index }) => [reference, container, property, index])).toEqual(
        walk.map(({ reference, container, property, index }) => [reference, container, property, index]),
      );
      for (const [at, info] of ours.entries()) expect(info.reference).toBe(walk[at]!.reference);
      references += ours.length;
    }
    expect(references).toBeGreaterThan(500);
  });

  it('are listed once per tree; a document parsed again after an edit has a list of its own', async () => {
    const uri = 'file:///ws/a.gea';
    const files: Record<string, string> = { [uri]: 'agency a { kind agency }\nsystem s { owner a }\n' };
    const { shared, documents } = await built([{ uri, text: files[uri]! }]);
    const document = documents[0]!;
    const before = treeReferences(document.parseResult.value);
    expect(treeReferences(document.parseResult.value)).toBe(before);
    expect(before.map((info) => info.reference.$refText)).toEqual(['a']);

    const text = 'agency a { kind agency }\nagency b { kind agency }\nsystem s { owner a operator b }\n';
    const changed = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/b.gea'));
    expect(treeReferences(changed.parseResult.value).map((info) => info.reference.$refText)).toEqual(['a', 'b']);
    expect(treeReferences(document.parseResult.value)).toBe(before);
  });

  it("are linked in the order Langium's linker links them, to the same targets and errors", async () => {
    const files = [
      ...sources(),
      {
        uri: 'file:///ws/broken.gea',
        text: 'namespace mn.broken\nsystem s { owner nobody consumes mn.nowhere.api hosting no_platform }\n',
      },
    ];
    const ours = await built(files);
    const theirs = await built(files);
    const linker = theirs.gea.references.Linker;
    for (const document of theirs.documents) {
      linker.unlink(document);
      await DefaultLinker.prototype.link.call(linker, document);
    }
    ours.documents.forEach((document, at) => expect(linked(document)).toEqual(linked(theirs.documents[at]!)));
    expect(ours.documents.at(-1)!.references.filter((reference) => reference.error)).toHaveLength(3);
  });
});
