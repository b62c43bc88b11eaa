// `gea check`: parse, link, run the rules, print the findings; exit 1 on errors or too many warnings.
// Every message (text, JSON `message`, SARIF texts) is in the chosen locale; rule ids stay as they are.
// With `-o FILE`, the format is the file's (`.sarif`, `.json`) unless --format says, and a run that
// stops (exit 2) leaves no output of an earlier run there to be taken for its own (decisions 0065, 0072).
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
import { wordsFor } from '@gea-arch/core';
import { askedLocale, checkDate, checkMessageLocale, chosenLocale } from '../options.js';
import { VERSION } from '../version.js';
import { Progress, shownPath, useColor, writeFileAtomically, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { CHECK_FORMATS } from '../choices.js';
import { formatOfFile } from '../output-format.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';

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
  const earlier = { output: options.output, inputs: targets, locale: options.locale };
  return removingEarlierOutput(earlier, io, () => checkWorkspace(targets, options, io));
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
        ? findingsSarif(records, { version: VERSION }, workspace, locale, compilation.analysis.model)
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

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError((words) => words.cli.usage.maxWarnings({ value }));
  return Number(value);
}
