// `gea check`: parse, link, run the rules, print the findings; exit 1 on errors or too many warnings.
// Every message (text, JSON `message`, SARIF texts) is in the chosen locale; rule ids stay as they are.
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

export interface CheckOptions {
  readonly format: string;
  readonly plateau?: string;
  readonly maxWarnings?: string;
  readonly output?: string;
  readonly date?: string;
  readonly locale?: string;
}

export async function check(targets: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const format = options.format;
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: CHECK_FORMATS.join(', ') }));
  }
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  checkDate(options.date);
  const progress = new Progress(io);
  const workspace = await loadWorkspace(targets, io.cwd, { locale: askedLocale(options.locale, io.env) });
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
  const toFile = options.output !== undefined;
  const text =
    options.format === 'json'
      ? findingsJson(records, summary)
      : options.format === 'sarif'
        ? findingsSarif(records, { version: VERSION }, workspace, locale)
        : findingsText(records, summary, {
            color: !toFile && useColor(io, io.stdoutIsTty),
            plateaus: compilation.analysis.model.plateaus.some((plateau) => !plateau.implicit),
            path: (file) => shownPath(io, resolve(workspace.root, file)),
            locale,
          });
  if (toFile) await writeFileAtomically(resolve(io.cwd, options.output!), text);
  else io.stdout(text);
  const tooManyWarnings = maxWarnings !== undefined && summary.warning > maxWarnings;
  if (tooManyWarnings) io.stderr(`gea: ${wordsFor(locale).cli.tooManyWarnings({ warnings: summary.warning, max: maxWarnings })}\n`);
  return summary.error > 0 || tooManyWarnings ? 1 : 0;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError((words) => words.cli.usage.maxWarnings({ value }));
  return Number(value);
}
