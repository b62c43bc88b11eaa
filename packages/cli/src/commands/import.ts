// `gea import archimate FILE [-o DIR]`: .gea files (one folder per agency), a gea.yaml and a report
// of what was not mapped, from an Open Group ArchiMate exchange file. It writes only files that are
// not there yet, so an import never overwrites a model, and all of them or none.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ARCHIMATE_IMPORT_REPORT, ExchangeReadError, importArchimate, NewFilesError, sayNote, writeNewFiles } from '@gea-arch/compiler';
import { printable, wordsFor } from '@gea-arch/core';
import { checkWordLocale, chosenLocale } from '../options.js';
import { OutputError, shownPath, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The notes on what was not mapped that the command prints; the report lists them all. */
const NOTES_SHOWN = 10;

export interface ImportOptions {
  readonly output?: string;
  readonly locale?: string;
}

export async function importArchimateCommand(file: string, options: ImportOptions, io: Io): Promise<number> {
  checkWordLocale(options.locale);
  const locale = chosenLocale(options.locale, io.env);
  const words = wordsFor(locale).archimate.import;
  const path = resolve(io.cwd, file);
  const shown = shownPath(io, path);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError((said) => said.archimate.import.isFolder({ file: shown }));
  const xml = await readFile(path, 'utf8');
  let imported;
  try {
    imported = importArchimate(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, { fileName: basename(path), messageLocale: locale });
  } catch (error) {
    if (!(error instanceof ExchangeReadError)) throw error;
    // file:line:column, as the parser gives them.
    const at = [shown, ...(error.line ? [error.line, ...(error.column !== undefined ? [error.column] : [])] : [])].join(':');
    throw new UsageError((said) =>
      error.reason === 'empty'
        ? said.archimate.import.emptyFile({ file: shown })
        : error.reason === 'not-xml'
          ? said.archimate.import.notXml({ file: at, detail: error.detail })
          : said.archimate.import.notExchange({ file: at, root: error.detail, namespace: error.namespace ?? '' }),
    );
  }
  // A file with nothing gea can keep would make a workspace that `gea check` refuses (no .gea files).
  if (![...imported.files.keys()].some((relative) => relative.endsWith('.gea')))
    throw new UsageError((said) => said.archimate.import.nothingToImport({ file: shown }));
  const folder = resolve(io.cwd, options.output ?? '.');
  const files = new Map([...imported.files, [ARCHIMATE_IMPORT_REPORT, imported.report]]);
  const existing = [...files.keys()].filter((relative) => existsSync(join(folder, relative)));
  if (existing.length > 0) {
    throw new UsageError((said) =>
      said.archimate.import.alreadyExist({ paths: existing.map((relative) => shownPath(io, join(folder, relative))) }),
    );
  }
  // All of them or none: a failure leaves nothing new behind.
  await writeNewFiles(folder, files).catch((error: unknown) => {
    throw error instanceof NewFilesError ? new OutputError(error.path, error.code) : error;
  });
  io.stdout(`${words.wrote({ files: files.size, folder: shownPath(io, folder) })}\n`);
  io.stdout(
    `${words.summary({
      elements: imported.elements,
      relationships: imported.relationships,
      notes: imported.notes.length,
      report: shownPath(io, join(folder, ARCHIMATE_IMPORT_REPORT)),
    })}\n`,
  );
  // What was not mapped, the first few here (the report has them all).
  const notes = wordsFor(locale).archimate.notes;
  for (const note of imported.notes.slice(0, NOTES_SHOWN)) io.stdout(`  - ${printable(sayNote(note, notes))}\n`);
  if (imported.notes.length > NOTES_SHOWN) io.stdout(`  ${words.moreNotes({ count: imported.notes.length - NOTES_SHOWN })}\n`);
  return 0;
}
