// A batch's syntax trees lose their one-token data type nodes (syntax/compact-syntax-tree.ts):
// everything read from them must be what Langium's own trees give — every diagnostic, every range
// of the model, what each reference was written as, where each name is — with fewer nodes. A text
// with syntax errors keeps Langium's tree, which its errors are explained from.
import { readFileSync } from 'node:fs';
import {
  AstUtils,
  CstUtils,
  EmptyFileSystem,
  GrammarAST,
  GrammarUtils,
  isCompositeCstNode,
  isLeafCstNode,
  URI,
  type LangiumDocument,
} from 'langium';
import { describe, expect, it } from 'vitest';
import { conformanceEntries, EVERY_CONSTRUCT, geaFilesIn, modelRanges, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { buildSemanticModel, buildSources, createGeaCoreServices, documentFindings } from '../src/index.js';
import type { Model } from '../src/generated/ast.js';
import { treeReferences } from '../src/scoping/tree-references.js';

const COMMENTED = `
/** Доод түвшин */
agency a "А" { // мөрийн тайлбар
  kind agency /* блок */
}
system s "С" { owner /* эзэн */ a masters mn.x.d /* ард */ consumes api }
data d "Д" { owner a fields { id string key /* түлхүүр */ name /* төрөл */ string } }
interface api "И" { provider s operation get { output d { id } } }
`;

const BROKEN = `
agency a "А" { kind agency
system s "С" { owner a masters }
data d { fields { id: , name: strin } }
interface api { provider nowhere.at.all operation { output } }
`;

async function documentsOf(files: Readonly<Record<string, string>>, compactSyntaxTrees: boolean): Promise<LangiumDocument[]> {
  const { shared } = createGeaCoreServices(EmptyFileSystem, { locale: 'en', compactSyntaxTrees });
  const documents = Object.keys(files)
    .sort()
    .map((name) => shared.workspace.LangiumDocumentFactory.fromString(files[name]!, URI.parse(`file:///ws/${name}`)));
  for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
  await shared.workspace.DocumentBuilder.build(documents, { validation: true });
  return documents;
}

/** What each reference was written as, and where each declaration's name is. */
function writtenPlaces(document: LangiumDocument): string[] {
  const root = document.parseResult.value as Model;
  const places = treeReferences(root).map(({ reference }) => {
    const node = reference.$refNode;
    return `${reference.$refText} @ ${JSON.stringify(node?.range)} ${JSON.stringify(node?.text)}`;
  });
  for (const declaration of root.declarations ?? []) {
    const name = declaration.$cstNode && GrammarUtils.findNodeForProperty(declaration.$cstNode, 'name');
    places.push(`name ${JSON.stringify(name?.text)} @ ${JSON.stringify(name?.range)}`);
  }
  return places;
}

function holdsText(source: GrammarAST.AbstractElement | undefined): boolean {
  if (GrammarAST.isCrossReference(source)) return true;
  const rule = GrammarAST.isRuleCall(source) ? source.rule.ref : undefined;
  return GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule);
}

function compositeNodes(documents: readonly LangiumDocument[]): number {
  return documents.reduce((sum, document) => sum + compositeNodesOf(document), 0);
}

function compositeNodesOf(document: LangiumDocument): number {
  let count = 0;
  for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) if (isCompositeCstNode(node)) count++;
  return count;
}

const CASES: Array<[string, Readonly<Record<string, string>>]> = [
  ['every construct', { 'every.gea': readFileSync(EVERY_CONSTRUCT, 'utf8') }],
  ['the Mongolia example', geaFilesIn(MONGOLIA_EXAMPLE)],
  ['comments around names', { 'commented.gea': COMMENTED }],
  ['syntax that does not parse', { 'broken.gea': BROKEN }],
  ...conformanceEntries().map((entry): [string, Readonly<Record<string, string>>] => [`conformance ${entry.name}`, entry.sources]),
];

describe('compact syntax trees', () => {
  it.each(CASES)('read as Langium’s own: %s', async (_, files) => {
    const langium = await documentsOf(files, false);
    const compact = await documentsOf(files, true);
    expect(compact.map(documentFindings)).toEqual(langium.map(documentFindings));
    expect(compact.map(writtenPlaces)).toEqual(langium.map(writtenPlaces));
    expect(modelRanges(buildSemanticModel(compact, { documentsDiscarded: true }))).toEqual(modelRanges(buildSemanticModel(langium)));
    compact.forEach((document, index) => {
      const plain = compositeNodesOf(langium[index]!);
      if (document.parseResult.parserErrors.length > 0) expect(compositeNodesOf(document)).toBe(plain);
      else expect(compositeNodesOf(document)).toBeLessThan(plain);
    });
  });

  it('are what the batch builds (buildSources, behind analyzeSources and the CLI)', async () => {
    const files = geaFilesIn(MONGOLIA_EXAMPLE);
    const batch = await buildSources(Object.keys(files).map((name) => ({ uri: `file:///ws/${name}`, text: files[name]! })));
    expect(compositeNodes(batch)).toBe(compositeNodes(await documentsOf(files, true)));
    expect(compositeNodes(batch)).toBeLessThan(compositeNodes(await documentsOf(files, false)));
  });

  it('keep no one-token data type node; every AST node and reference names a node in the tree', async () => {
    const documents = await documentsOf(geaFilesIn(MONGOLIA_EXAMPLE), true);
    for (const document of documents) {
      for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
        if (!isCompositeCstNode(node) || node.content.length !== 1 || !isLeafCstNode(node.content[0])) continue;
        expect(holdsText(node.grammarSource), node.text).toBe(false);
      }
      for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const cst = node.$cstNode!;
        expect(cst.astNode).toBe(node);
        if (cst.container) expect(cst.container.content).toContain(cst);
      }
      for (const { reference } of treeReferences(document.parseResult.value)) {
        const node = reference.$refNode!;
        expect(isLeafCstNode(node) || (isCompositeCstNode(node) && node.content.length > 1), reference.$refText).toBe(true);
        expect(node.container?.content).toContain(node);
      }
    }
  });
});
