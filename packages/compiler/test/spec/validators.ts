// Independent validators for the specs gea writes, and sample messages built from the model's
// fields (not from the generated schemas), so that a spec is checked against what the model says:
// OpenAPI by Redocly's recommended ruleset, AsyncAPI by its parser, WSDL by the `soap` client,
// JSON Schema by ajv (2020-12), the XSD in a WSDL by xmllint, DCAT-AP by its SHACL shapes. Nothing
// is fetched: the document loader refuses the network, the shapes are vendored.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser as AsyncApiParser } from '@asyncapi/parser';
import type { createConfig, NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { Store } from 'n3';
import type { Data, Field } from '@gea-arch/core';

// The validators are large: each is loaded when a test first needs it, so a test file pays only for its own.

export const DCAT_AP_SHAPES = fileURLToPath(new URL('../../../fixtures/schemas/dcat-ap/dcat-ap-SHACL.ttl', import.meta.url));

// ── OpenAPI ───────────────────────────────────────────────────────────────────────────────

let redoclyConfig: Awaited<ReturnType<typeof createConfig>> | undefined;

/** Redocly's lint with its recommended ruleset: every problem, errors and warnings. */
export async function lintOpenApi(text: string, path = '/spec/openapi.yaml'): Promise<NormalizedProblem[]> {
  const redocly = await import('@redocly/openapi-core');
  redoclyConfig ??= await redocly.createConfig({ extends: ['recommended'] });
  return redocly.lintFromString({ source: text, absoluteRef: path, config: redoclyConfig });
}

export const problemText = (problem: NormalizedProblem) =>
  `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`;

// ── AsyncAPI ──────────────────────────────────────────────────────────────────────────────

let asyncApiParser: AsyncApiParser | undefined;

/** The AsyncAPI parser's reading of a document (one parser for all: building its rule set is slow). */
export async function parseAsyncApi(text: string) {
  asyncApiParser ??= new (await import('@asyncapi/parser')).Parser();
  return asyncApiParser.parse(text);
}

/** Its diagnostics at error severity (0), as text. */
export function asyncApiErrors(diagnostics: Awaited<ReturnType<typeof parseAsyncApi>>['diagnostics']): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 0)
    .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message} at ${diagnostic.path.join('/')}`);
}

// ── WSDL and XSD ──────────────────────────────────────────────────────────────────────────

export type WsdlDescription = Record<
  string,
  Record<string, Record<string, { input: Record<string, unknown>; output: Record<string, unknown> }>>
>;

/** What the `soap` client reads off a WSDL file: services, ports, operations and their parts. */
export async function describeWsdl(path: string): Promise<WsdlDescription> {
  const soap = (await import('soap')).default;
  const client = await soap.createClientAsync(path);
  return client.describe() as WsdlDescription;
}

/** The `xs:schema` inside a WSDL, as a document of its own (gea declares its namespaces on it). */
export function xsdOf(wsdl: string): string {
  const start = wsdl.indexOf('<xs:schema');
  const end = wsdl.indexOf('</xs:schema>') + '</xs:schema>'.length;
  if (start < 0 || end < start) throw new Error('no xs:schema in the WSDL');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${wsdl.slice(start, end)}\n`;
}

/** xmllint's verdict on each document against the schema: `true` for valid. Throws when the schema does not compile. */
export function xmllintVerdicts(xsd: string, documents: readonly string[]): boolean[] {
  const dir = mkdtempSync(join(tmpdir(), 'gea-xsd-'));
  const schema = join(dir, 'schema.xsd');
  writeFileSync(schema, xsd);
  const files = documents.map((text, index) => {
    const file = join(dir, `sample-${index}.xml`);
    writeFileSync(file, text);
    return file;
  });
  const run = xmllint(['--noout', '--schema', schema, ...files]);
  if (run.status === 5 || /failed to compile/.test(run.stderr)) throw new Error(`the schema does not compile:\n${run.stderr}`);
  return files.map((file) => new RegExp(`^${escapeRegExp(file)} validates$`, 'm').test(run.stderr));
}

/** xmllint's well-formedness check of an XML document. */
export function xmlWellFormed(text: string): boolean {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-xml-')), 'document.xml');
  writeFileSync(file, text);
  return xmllint(['--noout', file]).status === 0;
}

/** What xmllint says of an XML document besides well-formedness: namespace errors (an invalid namespace URI) and the like. */
export function xmllintComplaints(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-xml-')), 'document.xml');
  writeFileSync(file, text);
  return xmllint(['--noout', file]).stderr;
}

function xmllint(args: readonly string[]) {
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint did not run (${run.error.message}); install Debian's libxml2-utils, as .ci/run does`);
  return run;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ── JSON Schema ───────────────────────────────────────────────────────────────────────────

/** ajv in 2020-12 mode, strict, knowing gea's `x-gea-*` annotations and the OpenAPI format `decimal`. */
export function jsonSchemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // ajv-formats is CommonJS: its default export is the plugin itself.
  (formats as unknown as (ajv: Ajv2020) => void)(ajv);
  ajv.addFormat('decimal', true);
  for (const keyword of [
    'x-gea-titles',
    'x-gea-descriptions',
    'x-gea-key',
    'x-gea-personal',
    'x-gea-sensitive',
    'x-gea-data',
    'x-gea-classification',
    'x-gea-privacy',
    'x-gea-meta',
    'x-gea-carrier',
    'x-gea-interface',
    'x-gea-version',
  ])
    ajv.addKeyword(keyword);
  return ajv;
}

// ── Sample messages from the model's fields ───────────────────────────────────────────────

const SAMPLE: Readonly<Record<string, { json: unknown; xml: string }>> = {
  string: { json: 'АА00112233', xml: 'АА00112233' },
  integer: { json: 42, xml: '42' },
  decimal: { json: 12.5, xml: '12.5' },
  boolean: { json: true, xml: 'true' },
  date: { json: '2026-06-01', xml: '2026-06-01' },
  datetime: { json: '2026-06-01T09:30:00Z', xml: '2026-06-01T09:30:00Z' },
  binary: { json: 'JVBERi0xLjQK', xml: 'JVBERi0xLjQK' },
};

/** A JSON instance holding every field (one item in each list), nested assets in full. */
export function sampleInstance(fields: readonly Field[], depth = 0): Record<string, unknown> {
  return Object.fromEntries(
    fields
      .filter((field) => depth < 3 || !field.optional)
      .map((field) => {
        const data = field.type.data?.target;
        const value = data ? sampleInstance(data.fields, depth + 1) : SAMPLE[field.type.primitive ?? 'string']!.json;
        return [field.name, field.type.list ? [value] : value];
      }),
  );
}

/** An XML message `<tns:NAME>` holding every field in order, nested assets in full. */
export function sampleXml(element: string, namespace: string, fields: readonly Field[]): string {
  return `<tns:${element} xmlns:tns="${namespace}">${xmlFields(fields, 0)}</tns:${element}>\n`;
}

function xmlFields(fields: readonly Field[], depth: number): string {
  return fields
    .filter((field) => depth < 3 || !field.optional)
    .map((field) => {
      const data: Data | undefined = field.type.data?.target;
      const value = data ? xmlFields(data.fields, depth + 1) : SAMPLE[field.type.primitive ?? 'string']!.xml;
      return `<tns:${field.name}>${value}</tns:${field.name}>`;
    })
    .join('');
}

// ── DCAT-AP ───────────────────────────────────────────────────────────────────────────────

let shapes: Store | undefined;

/** Refuses every remote document: the specs must expand offline. */
export const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`refusing to fetch ${url}: JSON-LD from gea must expand offline`);
};

export interface ShaclResult {
  readonly conforms: boolean;
  readonly triples: number;
  readonly violations: string[];
}

/** The JSON-LD expanded offline (in jsonld's safe mode, so that nothing is dropped) and validated against DCAT-AP 3.0. */
export async function validateDcatAp(document: unknown): Promise<ShaclResult> {
  const [{ default: jsonld }, n3, { default: SHACLValidator }] = await Promise.all([
    import('jsonld'),
    import('n3'),
    import('rdf-validate-shacl'),
  ]);
  shapes ??= new n3.Store(new n3.Parser().parse(readFileSync(DCAT_AP_SHAPES, 'utf8')));
  const nquads = (await jsonld.toRDF(
    document as never,
    {
      format: 'application/n-quads',
      documentLoader: offlineLoader as never,
      safe: true,
    } as never,
  )) as unknown as string;
  const data = new n3.Store(new n3.Parser({ format: 'N-Quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    triples: data.size,
    violations: report.results.map(
      (result) =>
        `${result.focusNode?.value} ${result.path?.value ?? ''} ${result.sourceConstraintComponent?.value ?? ''} ${result.message.map((message) => message.value).join(' ')}`,
    ),
  };
}
