// The ArchiMate export of every conformance model, the national example and the fixtures: valid
// against the Open Group XSDs (xmllint, offline), every relationship one Archi's ArchiMate 3.2 table
// allows between its ends, every diagram connection drawing a relationship between its nodes'
// elements, ids unique xsd:IDs, and the same bytes for the same model.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFORMANCE_DIR,
  conformanceEntries,
  EVERY_CONSTRUCT,
  HOSTILE_NAMES,
  MONGOLIA_EXAMPLE,
  QUICKSTART_EXAMPLE,
} from '@gea-arch/fixtures';
import { readExchangeXml, type DiagramNode, type ExchangeModel } from '@gea-arch/compiler';
import { archiRelationshipTable, exported, schemaProblems, writeFiles } from './support.js';

const TABLE = archiRelationshipTable();

const WORKSPACES: readonly [string, string][] = [
  ...conformanceEntries().map((entry): [string, string] => [`conformance ${entry.name}`, join(CONFORMANCE_DIR, entry.name)]),
  ['examples/mongolia', MONGOLIA_EXAMPLE],
  ['examples/quickstart', QUICKSTART_EXAMPLE],
  ['every-construct.gea', EVERY_CONSTRUCT],
  ['hostile-names', HOSTILE_NAMES],
];

/** Every problem with the relationships and diagrams of an exchange model, as sentences. */
function problemsOf(exchange: ExchangeModel): string[] {
  const problems: string[] = [];
  const types = new Map(exchange.elements.map((element) => [element.id, element.type]));
  for (const relationship of exchange.relationships) {
    const source = types.get(relationship.source);
    const target = types.get(relationship.target);
    const letter = TABLE.letters.get(relationship.type);
    const allowed = TABLE.allowed.get(`${source}|${target}`) ?? '';
    if (!letter || !allowed.includes(letter)) problems.push(`${relationship.type} from ${source} to ${target} (${relationship.id})`);
  }
  const relationships = new Map(exchange.relationships.map((relationship) => [relationship.id, relationship]));
  for (const diagram of exchange.diagrams) {
    const elementOf = new Map<string, string | undefined>();
    const visit = (node: DiagramNode, parent?: DiagramNode) => {
      elementOf.set(node.id, node.elementRef);
      if (node.elementRef && !types.has(node.elementRef)) problems.push(`${diagram.id}: node ${node.id} draws no element`);
      if (
        parent &&
        (node.x < parent.x || node.y < parent.y || node.x + node.w > parent.x + parent.w || node.y + node.h > parent.y + parent.h)
      )
        problems.push(`${diagram.id}: node ${node.id} is not inside ${parent.id}`);
      for (const child of node.nodes) visit(child, node);
    };
    for (const node of diagram.nodes) visit(node);
    for (const connection of diagram.connections) {
      if (connection.type !== 'Relationship') continue;
      const relationship = relationships.get(connection.relationshipRef!);
      if (!relationship) problems.push(`${diagram.id}: ${connection.id} draws no relationship`);
      else if (elementOf.get(connection.source) !== relationship.source || elementOf.get(connection.target) !== relationship.target)
        problems.push(`${diagram.id}: ${connection.id} does not join the ends of ${relationship.id}`);
    }
  }
  return problems;
}

describe('ArchiMate export', () => {
  for (const [name, target] of WORKSPACES) {
    it(`of ${name} validates against the exchange-format XSDs and the relationship table`, { timeout: 180_000 }, async () => {
      const { xml, compilation } = await exported(target);
      expect(schemaProblems(xml)).toBe('');
      const exchange = readExchangeXml(xml);
      expect(problemsOf(exchange)).toEqual([]);
      const ids = [
        ...exchange.elements,
        ...exchange.relationships,
        ...exchange.propertyDefinitions,
        ...exchange.diagrams,
        ...exchange.diagrams.flatMap((diagram) => diagram.connections),
      ].map((concept) => concept.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
      // One diagram per view, and one element per declaration the export maps.
      const mapped = compilation.analysis.model.elements.filter((element) => !['view', 'waiver'].includes(element.kind));
      const firsts = mapped.filter(
        (element) => compilation.analysis.model.byId.get(element.id) === element && !(element.kind === 'plateau' && element.implicit),
      );
      expect(exchange.elements.filter((element) => element.id.startsWith('gea-')).length).toBe(firsts.length);
    });
  }

  it('names a connection by the relationship it draws, so another edge leaves the others as they were', { timeout: 60_000 }, async () => {
    const model = `agency a "A"
plateau now "Now" { date 2026-01-01 }
system s1 "S1" { owner a }
system s2 "S2" { owner a consumes i2 { purpose "p" } }
system s3 "S3" { owner a consumes i1 { purpose "p" } }
interface i1 "I1" { provider s1 style rest version "1" }
interface i2 "I2" { provider s3 style rest version "1" }
`;
    const connections = async (text: string) => {
      const { xml } = await exported(writeFiles(new Map([['model.gea', text]])));
      const diagrams = readExchangeXml(xml).diagrams;
      return new Map(diagrams.flatMap((diagram) => diagram.connections.map((connection) => [connection.id, connection.relationshipRef])));
    };
    const before = await connections(model);
    // The new consumption is drawn before others in the landscape.
    const after = await connections(model.replace('system s1 "S1" { owner a }', 'system s1 "S1" { owner a consumes i2 { purpose "q" } }'));
    expect(before.size).toBeGreaterThan(3);
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id, relationship] of before) expect(after.get(id), id).toBe(relationship);
    for (const id of after.keys()) expect(id).toMatch(/^edge\.\.[^.]/);
  });

  it('writes the same bytes for the same model', { timeout: 60_000 }, async () => {
    const first = await exported(EVERY_CONSTRUCT);
    const second = await exported(EVERY_CONSTRUCT);
    expect(second.xml).toBe(first.xml);
  });
});

describe('the ArchiMate table used by the exporter', () => {
  it('is Archi’s table for the element types gea exports', async () => {
    const { ALLOWED, ELEMENT_TYPES } = await import('../../src/archimate/relationship-table.js');
    for (const source of ELEMENT_TYPES)
      for (const target of ELEMENT_TYPES)
        expect(ALLOWED[source][target], `${source} → ${target}`).toBe(TABLE.allowed.get(`${source}|${target}`));
  });
});
