// The index's entries, their path and segments made when first read: the same entries Langium makes
// at once.
import { readFileSync } from 'node:fs';
import { DefaultAstNodeDescriptionProvider, EmptyFileSystem, URI, type AstNodeDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { EVERY_CONSTRUCT } from '@gea-arch/fixtures';
import { createGeaCoreServices } from '../src/gea-module.js';
import { GeaDescriptionProvider } from '../src/scoping/descriptions.js';
import { qualifiedNameOf } from '../src/scoping/qualified-names.js';
import type { Model } from '../src/generated/ast.js';

const entry = (description: AstNodeDescription) => ({
  name: description.name,
  type: description.type,
  documentUri: description.documentUri.toString(),
  path: description.path,
  node: description.node,
  nameSegment: description.nameSegment && { ...description.nameSegment },
  selectionSegment: description.selectionSegment && { ...description.selectionSegment },
});

describe('index entries', () => {
  it('are Langium’s, for every declaration of every construct', async () => {
    const { gea, shared } = createGeaCoreServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(
      readFileSync(EVERY_CONSTRUCT, 'utf8'),
      URI.parse('file:///ws/every.gea'),
    );
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const ours = gea.workspace.AstNodeDescriptionProvider;
    expect(ours).toBeInstanceOf(GeaDescriptionProvider);
    const langiums = new DefaultAstNodeDescriptionProvider(gea);
    const declarations = ((document.parseResult.value as Model).declarations ?? []).filter((node) => node.name);
    expect(declarations.length).toBeGreaterThan(10);
    for (const node of declarations) {
      const name = qualifiedNameOf(node);
      expect(entry(ours.createDescription(node, name, document)), name).toEqual(entry(langiums.createDescription(node, name, document)));
      expect(entry(ours.createDescription(node, undefined)), name).toEqual(entry(langiums.createDescription(node, undefined)));
    }
    const indexed = shared.workspace.IndexManager.allElements().toArray();
    expect(indexed.map((description) => description.path)).toEqual(
      declarations.map((node) => gea.workspace.AstNodeLocator.getAstNodePath(node)),
    );
  });
});
