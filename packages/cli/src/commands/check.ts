// `gea check`: parse, link, run the rules, print the findings; exit 1 on errors or too many warnings.
// Every message (text, JSON `message`, SARIF texts) is in the chosen locale; rule ids stay as they are.
// With `-o FILE`, the format is the file's (`.sarif`, `.json`) unless --format says, and a run that
// stops (exit 2) leaves no results of an earlier run there to be taken for its own (decision 0065).
import { lstat, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  compileWorkspace,
  findingRecords,
  findingsJson,
  findingsSarif,
  findingsText,
  loadWorkspace,
  summarize,
} from '@gea-arch/compiler/check';
import { printable, wordsFor } from '@gea-arch/core';
import { askedLocale, checkDate, checkMessageLocale, chosenLocale } from '../options.js';
import { VERSION } from '../version.js';
import { OutputError, Progress, shownPath, useColor, writeFileAtomically, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { CHECK_FORMATS } from '../choices.js';
import { formatOfFile } from '../output-format.js';
import { namedAsInput, outputTarget, RefusedOutputTarget } from '../output-target.js';

/** The formats a file's extension names (`results.sarif.json` is SARIF too); any other file is text. */
const FILE_FORMATS = [
  { id: 'sarif', extension: 'sarif.json' },
  { id: 'sarif', extension: 'sarif' },
  { id: 'json', extension: 'json' },
] as const;

export interface CheckOptions {
  readonly format?: string;
  readonly plateau?: string;
  readonly maxWarnings?: string;
  readonly output?: string;
  readonly date?: string;
  readonly locale?: string;
}

export async function check(targets: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  try {
    return await checkWorkspace(targets, options, io);
  } catch (error) {
    // A write that failed leaves the previous file as it was (and says so); a refused target is the user's source.
    if (options.output !== undefined && !(error instanceof OutputError) && !(error instanceof RefusedOutputTarget)) {
      await removeEarlierResults(resolve(io.cwd, options.output), io, askedLocale(options.locale, io.env));
    }
    throw error;
  }
}

async function checkWorkspace(targets: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const format = formatOf(options);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  checkDate(options.date);
  const progress = new Progress(io);
  const workspace = await loadWorkspace(targets, io.cwd, { locale: askedLocale(options.locale, io.env) });
  const output = outputTarget(options.output, io, workspace);
  checkMessageLocale(options.locale, workspace);
  const locale = chosenLocale(options.locale, io.env, workspace);
  const compilation = await compileWorkspace(workspace, {
    evaluationDate: options.date,
    plateau: options.plateau,
    locale,
    onProgress: (message) => progress.update(message),
  });
  progress.done();
  const records = findingRecords(compilation);
  const summary = summarize(records, compilation);
  const text =
    format === 'json'
      ? findingsJson(records, summary)
      : format === 'sarif'
        ? findingsSarif(records, { version: VERSION }, workspace, locale)
        : findingsText(records, summary, {
            color: output === undefined && useColor(io, io.stdoutIsTty),
            plateaus: compilation.analysis.model.plateaus.some((plateau) => !plateau.implicit),
            path: (file) => shownPath(io, resolve(workspace.root, file)),
            locale,
          });
  if (output !== undefined) await writeFileAtomically(output, text);
  else io.stdout(text);
  const tooManyWarnings = maxWarnings !== undefined && summary.warning > maxWarnings;
  if (tooManyWarnings) io.stderr(`gea: ${wordsFor(locale).cli.tooManyWarnings({ warnings: summary.warning, max: maxWarnings })}\n`);
  return summary.error > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * `--format`, else the one the `-o` file's extension names, else text. A --format that would make
 * the file other than its name says (text in `.sarif` or `.json`, JSON in `.sarif`) is refused: a CI
 * step would upload it and fail. SARIF is JSON, so it may go to a `.json` file.
 */
function formatOf(options: CheckOptions): string {
  const { format, output } = options;
  if (format !== undefined && !(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: CHECK_FORMATS.join(', ') }));
  }
  const named = formatOfFile(output, FILE_FORMATS);
  if (format === undefined) return named ?? 'text';
  if (named !== undefined && format !== named && !(format === 'sarif' && named === 'json')) {
    throw new UsageError((words) => words.cli.usage.formatNotForFile({ format, file: output!, fileFormat: named }));
  }
  return format;
}

/**
 * After a run that stopped, removes what an earlier `gea check -o` wrote to `file`, so that a CI
 * step that uploads it anyway does not publish old results as this run's. Only a file gea's check
 * wrote in a machine-readable format (SARIF from the tool `gea`, findings JSON) is removed; any
 * other file, and text, which no tool takes for results, is left as it is.
 */
async function removeEarlierResults(file: string, io: Io, locale: string | undefined): Promise<void> {
  // A symbolic link is the user's: neither it nor the file it names is removed.
  if (namedAsInput(file) || !(await lstat(file).catch(() => undefined))?.isFile()) return;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined || !isCheckResults(text)) return;
  try {
    await rm(file);
  } catch {
    return; // What cannot be removed is left: the error that stopped the run is what the reader must see.
  }
  io.stderr(`gea: ${printable(wordsFor(locale).cli.usage.removedEarlierResults({ path: shownPath(io, file) }))}\n`);
}

/** Whether `text` is what `gea check --format sarif|json` writes. */
function isCheckResults(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null) return false;
  const { runs, findings, summary } = value as { runs?: unknown; findings?: unknown; summary?: unknown };
  if (Array.isArray(runs)) {
    return runs.length > 0 && runs.every((run) => (run as { tool?: { driver?: { name?: unknown } } })?.tool?.driver?.name === 'gea');
  }
  return Array.isArray(findings) && typeof summary === 'object' && summary !== null && 'error' in summary && 'warning' in summary;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError((words) => words.cli.usage.maxWarnings({ value }));
  return Number(value);
}
