// `gea diff [BASE]`: what a change does to the architecture, the model at a git revision against
// the working tree, as Markdown for a merge-request comment or as JSON; exit 1 with
// `--fail-on new-errors` when the change adds errors.
import { resolve } from 'node:path';
import { contextOf, diffJson, diffMarkdown, diffWorkspace, loadWorkspace, newErrors } from '@gea-arch/compiler';
import { askedLocale, checkDate, checkLocale, chosenLocale } from '../options.js';
import { Progress, writeFileAtomically, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';
import { DIFF_FORMATS, FAIL_ON } from '../choices.js';
import { wholeWorkspace } from './build.js';

export interface DiffCommandOptions {
  readonly format: string;
  readonly failOn?: string;
  readonly workspace?: string;
  readonly plateau?: string;
  readonly output?: string;
  readonly locale?: string;
  readonly date?: string;
  readonly linkBase?: string;
}

export async function diff(base: string | undefined, options: DiffCommandOptions, io: Io): Promise<number> {
  const earlier = { output: options.output, inputs: [options.workspace ?? '.'], locale: options.locale };
  return removingEarlierOutput(earlier, io, () => writeDiff(base, options, io));
}

async function writeDiff(base: string | undefined, options: DiffCommandOptions, io: Io): Promise<number> {
  const format = options.format;
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: DIFF_FORMATS.join(', ') }));
  }
  const failOn = options.failOn;
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError((words) => words.reports.commands.failOnTakes({ value: failOn }));
  }
  checkDate(options.date);
  const workspace = wholeWorkspace(
    await loadWorkspace([options.workspace ?? '.'], io.cwd, { locale: askedLocale(options.locale, io.env) }),
  );
  const output = outputTarget(options.output, io, workspace);
  checkLocale(options.locale, workspace);
  const locale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const result = await diffWorkspace(workspace, { base, plateau: options.plateau, locale, evaluationDate: options.date });
  progress.done();
  const links =
    options.linkBase !== undefined ? { linkBase: options.linkBase } : { linkFrom: output !== undefined ? resolve(output, '..') : io.cwd };
  const contexts = {
    head: contextOf(result.after, { locale, ...links }),
    base: contextOf(result.before ?? result.after, { locale }),
  };
  const text = format === 'json' ? diffJson(result, contexts) : diffMarkdown(result, contexts);
  if (output !== undefined) await writeFileAtomically(output, text);
  else io.stdout(text);
  return failOn === 'new-errors' && newErrors(result).length > 0 ? 1 : 0;
}
