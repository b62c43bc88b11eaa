// What the ArchiMate tests share: xmllint with the vendored XSDs and their catalog (offline), Archi's
// relationship table read from its XML, and workspaces compiled and exported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ARCHIMATE_SCHEMAS } from '@gea-arch/fixtures';
import { buildArchimate, compileWorkspace, findingRecords, loadWorkspace, type Compilation } from '@gea-arch/compiler';
import { attribute, parseXml } from '../../src/archimate/xml-tree.js';

export const EVALUATION_DATE = '2026-06-01';

/** xmllint's complaints about `xml` against archimate3_Diagram.xsd; empty when it validates. */
export function schemaProblems(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gea-xsd-')), 'model.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(ARCHIMATE_SCHEMAS, 'archimate3_Diagram.xsd'), file], {
    env: { ...process.env, XML_CATALOG_FILES: join(ARCHIMATE_SCHEMAS, 'catalog.xml') },
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}`;
}

/** Archi's ArchiMate 3.2 table: the letters allowed from one element type to another. */
export function archiRelationshipTable(): { readonly allowed: ReadonlyMap<string, string>; readonly letters: ReadonlyMap<string, string> } {
  const parse = (file: string) => parseXml(readFileSync(join(ARCHIMATE_SCHEMAS, file), 'utf8'));
  const allowed = new Map<string, string>();
  for (const source of parse('archi-relationships-3.2.xml').children.filter((element) => element.local === 'source')) {
    for (const target of source.children.filter((element) => element.local === 'target'))
      allowed.set(`${attribute(source, 'concept')}|${attribute(target, 'concept')}`, attribute(target, 'relations') ?? '');
  }
  const letters = new Map<string, string>();
  for (const key of parse('archi-relationships-keys.xml').children.filter((element) => element.local === 'key')) {
    // `AccessRelationship` in Archi's file, `Access` in the exchange format.
    letters.set(attribute(key, 'relationship')!.replace(/Relationship$/, ''), attribute(key, 'char')!);
  }
  return { allowed, letters };
}

export async function compile(target: string): Promise<Compilation> {
  return compileWorkspace(await loadWorkspace([target]), { evaluationDate: EVALUATION_DATE });
}

/** The workspace's exchange file, its views laid out in this process. */
export async function exported(target: string): Promise<{ compilation: Compilation; xml: string }> {
  const compilation = await compile(target);
  const { xml } = await buildArchimate(compilation.analysis.model, { name: compilation.workspace.config.name });
  return { compilation, xml: Buffer.concat(xml).toString('utf8') };
}

/** Writes files (relative path → text) into a new folder and gives its path. */
export function writeFiles(files: ReadonlyMap<string, string>, prefix = 'gea-import-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Findings that say a workspace does not compile: syntax, unresolved references, duplicate names. */
export function compileErrors(compilation: Compilation): string[] {
  return findingRecords(compilation)
    .filter((record) => ['syntax', 'unresolved-reference', 'duplicate-name'].includes(record.rule))
    .map((record) => `${record.rule} ${record.file}:${record.line} ${record.message}`);
}
