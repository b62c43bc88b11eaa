// gea's parser links a parsed tree's nodes to their containers in the walk that lists the tree's
// references (parser.ts, tree-references.ts), not by Langium's `linkContentToContainer`, and
// finishes each node with defaults looked up once per type (node-construction.ts): the examples
// and every construct read as Langium's own parser reads them, each node with the same properties
// in the same order and the same container, property and index, set in the same order, whether
// into Langium's syntax tree or a batch's compact one; the trees of broken texts and random
// mutations (which gea's parser may repair, so Langium's reading differs) are linked as
// `linkContentToContainer` links them.
import fc from 'fast-check';
import { AstUtils, createLangiumParser, EmptyFileSystem, isReference, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { conformanceEntries, EVERY_CONSTRUCT, geaFilesIn, MONGOLIA_EXAMPLE, mutate, mutation, tokenText } from '@gea-arch/fixtures';
import { createGeaCoreServices } from '../src/index.js';
import { createGeaParser } from '../src/syntax/parser.js';
import { treeReferences } from '../src/scoping/tree-references.js';

const { gea } = createGeaCoreServices(EmptyFileSystem, { locale: 'en' });
const parser = createGeaParser(gea, () => gea.syntax.GrammarFacts);
const batchParser = createGeaParser(gea, () => gea.syntax.GrammarFacts, true);
const langiumParser = createLangiumParser(gea);

const CONTAINER_KEYS = new Set(['$container', '$containerProperty', '$containerIndex']);

/** Every node of the tree, in order: its type, its container's place in that order, the property and index it is held in, and the order those were set in. */
function containment(root: AstNode) {
  const nodes = AstUtils.streamAst(root).toArray();
  const place = new Map(nodes.map((node, index) => [node, index]));
  return nodes.map((node) => [
    node.$type,
    node.$container ? place.get(node.$container) : -1,
    node.$containerProperty,
    node.$containerIndex,
    Object.keys(node).filter((key) => CONTAINER_KEYS.has(key)),
  ]);
}

function tree(root: AstNode): string {
  return JSON.stringify(root, (key, value: unknown) => {
    if (key === '$container' || key === '$cstNode' || key === '$document') return undefined;
    return isReference(value) ? `→ ${value.$refText}` : value;
  });
}

function expectReadAsLangiumReads(text: string): void {
  const theirs = langiumParser.parse(text);
  for (const ours of [parser.parse(text), batchParser.parse(text)]) {
    expect(tree(ours.value)).toBe(tree(theirs.value));
    expect(containment(ours.value)).toEqual(containment(theirs.value));
  }
}

function expectLinkedAsLangiumLinks(text: string): void {
  const { value } = parser.parse(text);
  const ours = containment(value);
  for (const node of AstUtils.streamAst(value)) for (const key of CONTAINER_KEYS) delete (node as unknown as Record<string, unknown>)[key];
  AstUtils.linkContentToContainer(value, { deep: true });
  expect(ours).toEqual(containment(value));
}

describe('a parsed tree', () => {
  it('has every node linked to its container as Langium links it, for the examples and every construct', () => {
    const texts = [
      ...conformanceEntries().flatMap((entry) => Object.values(entry.sources)),
      ...Object.values(geaFilesIn(MONGOLIA_EXAMPLE)),
      EVERY_CONSTRUCT,
    ];
    let linked = 0;
    for (const text of texts) {
      const { value, parserErrors } = parser.parse(text);
      // A conformance example written with a syntax error is one gea's parser may repair.
      if (parserErrors.length > 0) {
        expectLinkedAsLangiumLinks(text);
        continue;
      }
      expectReadAsLangiumReads(text);
      linked += containment(value).filter(([, container]) => container !== -1).length;
    }
    expect(linked).toBeGreaterThan(1000);
  });

  it('of a broken or random text is linked as Langium links it', () => {
    const broken = ['system s { owner a masters }', 'systen s { ownr a }', 'data d { fields { id: , name: strin } }', '}}}{{{ "unclosed'];
    for (const text of broken) expectLinkedAsLangiumLinks(text);
    const examples = conformanceEntries().flatMap((entry) => Object.values(entry.sources));
    fc.assert(
      fc.property(tokenText, (text) => expectLinkedAsLangiumLinks(text)),
      { numRuns: 60, seed: 39 },
    );
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) =>
        expectLinkedAsLangiumLinks(mutate(examples[index]!, mutations)),
      ),
      { numRuns: 60, seed: 39 },
    );
  });

  it('has its references listed by the walk that linked it', () => {
    const { value } = parser.parse('agency a { kind agency }\nsystem s { owner a operator a }\n');
    const listed = treeReferences(value);
    expect(listed.map(({ container, property, reference }) => `${container.$type}.${property} ${reference.$refText}`)).toEqual([
      'OwnerProperty.agency a',
      'OperatorProperty.agency a',
    ]);
    expect(treeReferences(value)).toBe(listed);
  });
});
