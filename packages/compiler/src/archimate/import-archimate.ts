// Open Group exchange file → a gea workspace: the declarations (import-exchange, import-
// declarations) written into one folder per agency, a file per namespace in it; what has no gea
// counterpart in unmapped.gea as comments; a gea.yaml with the file's languages; and the report of
// everything not mapped, in the reader's words. Pure: the caller writes the files.
import { isLocaleCode, wordsFor, type ElementKind } from '@gea-arch/core';
import type { GeaDeclaration, GeaFile } from './gea-source.js';
import { renderFile } from './gea-source.js';
import { caseUniquePaths } from './case-unique-paths.js';
import { declarationsOf } from './import-declarations.js';
import { agencyOf, importExchange, UNMAPPED_FILE, type Imported, type ImportedModel, type ImportNote } from './import-exchange.js';
import { KEY, sameKey } from './mapping.js';
import { readField, type DeclarationKind, type ReadContext } from './read-values.js';
import { readExchangeXml } from './read-xml.js';

export interface ArchimateImportOptions {
  /** The exchange file's name, for headers and the report. */
  readonly fileName?: string;
  /** The locale of names written without a language; the first language the file uses, else mn. */
  readonly defaultLocale?: string;
  /** The language of the report. */
  readonly messageLocale?: string;
}

export interface ArchimateImport {
  /** The workspace's files by relative path: .gea files, gea.yaml. */
  readonly files: ReadonlyMap<string, string>;
  /** The report's Markdown, in the message locale. */
  readonly report: string;
  readonly notes: readonly ImportNote[];
  readonly elements: number;
  readonly relationships: number;
}

export const WORKSPACE_CONFIG = 'gea.yaml';
export const REPORT_FILE = 'archimate-import.md';

/** Kinds in the order a file lists them. */
const ORDER: readonly DeclarationKind[] = ['agency', 'plateau', 'law', 'platform', 'trust', 'data', 'system', 'interface', 'view'];

export function importArchimate(xml: string, options: ArchimateImportOptions = {}): ArchimateImport {
  const fileName = options.fileName ?? 'model.xml';
  const model = importExchange(readExchangeXml(xml), { defaultLocale: options.defaultLocale, fileName });
  const byName = new Map(model.declarations.map((declaration) => [declaration.name, declaration]));
  const fields = new Map<string, Set<string>>();
  const read: ReadContext = {
    kindOf: (name) => byName.get(name)?.kind,
    fieldsOf: (name) => fields.get(name) ?? new Set(),
  };
  for (const declaration of model.declarations) {
    if (declaration.kind !== 'data') continue;
    const names = declaration.element.properties
      .filter((property) => sameKey(property.key, KEY.field))
      .map((property) => readField(property.value, read)?.name)
      .filter((name): name is string => name !== undefined);
    fields.set(declaration.name, new Set(names));
  }
  const pending = new Map<ImportNote, Imported>(model.commentHolders);
  const written = new Map<Imported, GeaDeclaration[]>();
  for (const declaration of model.declarations) written.set(declaration, declarationsOf(declaration, { model, read, pending }));

  const placement = filePlacement(model.declarations);
  const files = new Map<string, GeaFile & { declarations: GeaDeclaration[] }>();
  const header = [`Imported from ${fileName} by \`gea import archimate\`.`];
  for (const declaration of [...model.declarations].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))) {
    const { path, namespace } = placement.get(declaration)!;
    const file = files.get(path) ?? { path, ...(namespace ? { namespace } : {}), header, declarations: [], trailer: [] };
    file.declarations.push(...written.get(declaration)!);
    files.set(path, file);
  }
  if (model.unmapped.length > 0) {
    const trailer = model.unmapped.flatMap((unmapped, index) => [...(index > 0 ? [''] : []), ...unmapped.lines]);
    files.set(UNMAPPED_FILE, {
      path: UNMAPPED_FILE,
      header: [...header, 'What the file holds that gea has no declaration for:'],
      declarations: [],
      trailer,
    });
  }
  for (const [note, holder] of pending) note.params.file = placement.get(holder)!.path;

  const declared = new Set(byName.keys());
  const out = new Map<string, string>();
  for (const path of [...files.keys()].sort()) out.set(path, renderFile(files.get(path)!, declared));
  out.set(WORKSPACE_CONFIG, configText(model, fileName));
  const elements = model.declarations.length;
  return {
    files: out,
    report: reportText(model, fileName, [...out.keys()], options.messageLocale),
    notes: model.notes,
    elements,
    relationships: model.statements,
  };
}

/**
 * Where each declaration is written: the folder of its agency (the agency itself, or what it owns,
 * operates or provides), a file per namespace in it; the rest in files named for their kind. No two
 * paths differ only in case.
 */
function filePlacement(declarations: readonly Imported[]): Map<Imported, { path: string; namespace?: string }> {
  const agencies = declarations.filter((declaration) => declaration.kind === 'agency');
  const lastPart = (name: string) => name.slice(name.lastIndexOf('.') + 1);
  const sharing = new Map<string, number>();
  for (const agency of agencies) sharing.set(lastPart(agency.name), (sharing.get(lastPart(agency.name)) ?? 0) + 1);
  // Agencies whose names end alike (`mn.tax`, `kz.tax`) get folders by their full names.
  const folderOf = (agency: Imported) => (sharing.get(lastPart(agency.name))! > 1 ? agency.name : lastPart(agency.name));
  const placement = new Map<Imported, { path: string; namespace?: string }>();
  for (const declaration of declarations) {
    const dot = declaration.name.lastIndexOf('.');
    const namespace = dot < 0 ? undefined : declaration.name.slice(0, dot);
    const agency = agencyOf(declaration);
    const group =
      declaration.kind === 'plateau' ? 'plateaus' : declaration.kind === 'law' ? 'laws' : declaration.kind === 'view' ? 'views' : 'shared';
    const path = agency ? `${folderOf(agency)}/${namespace ?? 'model'}.gea` : `${group}${namespace ? `.${namespace}` : ''}.gea`;
    placement.set(declaration, { path, ...(namespace ? { namespace } : {}) });
  }
  const unique = caseUniquePaths(
    [...placement.values()].map(({ path }) => path),
    [WORKSPACE_CONFIG, REPORT_FILE, UNMAPPED_FILE],
  );
  for (const place of placement.values()) place.path = unique.get(place.path)!;
  return placement;
}

function configText(model: ImportedModel, fileName: string): string {
  const name = model.exchange.names[0]?.text.trim() || fileName;
  const locales = model.locales.filter(isLocaleCode);
  return [
    `# Imported from ${fileName.replace(/[\r\n]+/g, ' ')} by \`gea import archimate\`.`,
    // A JSON string is a YAML string with every character escaped as YAML expects.
    `name: ${JSON.stringify(name)}`,
    ...(isLocaleCode(model.defaultLocale) ? [`locale: ${model.defaultLocale}`] : []),
    ...(locales.length > 0 ? [`locales: [${locales.join(', ')}]`] : []),
    '',
  ].join('\n');
}

function reportText(model: ImportedModel, fileName: string, files: readonly string[], locale: string | undefined): string {
  const words = wordsFor(locale).archimate;
  const counts = new Map<ElementKind, number>();
  for (const declaration of model.declarations) counts.set(declaration.kind, (counts.get(declaration.kind) ?? 0) + 1);
  const lines = [`# ${words.report.title}`, '', words.report.source({ file: fileName }), '', `## ${words.report.imported}`, ''];
  for (const kind of ORDER) if (counts.has(kind)) lines.push(`- ${words.report.kindCount({ kind, count: counts.get(kind)! })}`);
  lines.push(`- ${words.report.statements({ count: model.statements })}`, '', `## ${words.report.notMapped}`, '');
  if (model.notes.length === 0) lines.push(words.report.nothing);
  for (const note of model.notes) lines.push(`- ${sayNote(note, words.notes)}`);
  lines.push('', `## ${words.report.files}`, '', ...files.map((file) => `- \`${file}\``), '');
  return lines.join('\n');
}

type NoteWords = ReturnType<typeof wordsFor>['archimate']['notes'];

export function sayNote(note: ImportNote, words: NoteWords): string {
  return (words[note.code] as (params: Record<string, string | number>) => string)(note.params);
}
