// `gea gap FROM TO`: the gap analysis between two plateaus as Markdown, an HTML page or JSON,
// in the chosen locale; links to source lines relative to the current folder.
import { resolve } from 'node:path';
import { compileWorkspace, contextOf, gapOf, loadWorkspace, renderGap, reportsEmitter, type GapFormat } from '@gea-arch/compiler';
import { askedLocale, checkDate, checkLocale, chosenLocale } from '../options.js';
import { Progress, writeFileAtomically, type Io } from '../terminal.js';
import { formatOfFile } from '../output-format.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';
import { UsageError } from '../usage-error.js';
import { wholeWorkspace } from './build.js';
import { reportUnreadParts } from './unread-parts.js';

/** What `--format` takes: the reports emitter's formats that a gap is rendered in. */
export const GAP_FORMATS: readonly GapFormat[] = ['md', 'html', 'json'].filter((id) =>
  reportsEmitter.formats.some((format) => format.id === id),
) as GapFormat[];

export interface GapOptions {
  readonly format?: string;
  readonly output?: string;
  readonly locale?: string;
  readonly date?: string;
  readonly linkBase?: string;
}

export async function gap(from: string, to: string, targets: readonly string[], options: GapOptions, io: Io): Promise<number> {
  const earlier = { output: options.output, inputs: targets, locale: options.locale };
  return removingEarlierOutput(earlier, io, () => writeGap(from, to, targets, options, io));
}

async function writeGap(from: string, to: string, targets: readonly string[], options: GapOptions, io: Io): Promise<number> {
  const format = (options.format ?? formatOfFile(options.output, reportsEmitter.formats) ?? 'md') as GapFormat;
  if (!GAP_FORMATS.includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: GAP_FORMATS.join(', ') }));
  }
  if (from === to) throw new UsageError((words) => words.reports.commands.samePlateau({ plateau: from }));
  checkDate(options.date);
  const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd, { locale: askedLocale(options.locale, io.env) }));
  const output = outputTarget(options.output, io, workspace);
  checkLocale(options.locale, workspace);
  const locale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const compilation = await compileWorkspace(workspace, { evaluationDate: options.date, locale, onProgress: (m) => progress.update(m) });
  progress.done();
  const analysis = gapOf(compilation, from, to, locale);
  const context = contextOf(compilation, {
    locale,
    ...(options.linkBase !== undefined
      ? { linkBase: options.linkBase }
      : { linkFrom: output !== undefined ? resolve(output, '..') : io.cwd }),
  });
  const text = renderGap(analysis, format, context);
  if (output !== undefined) await writeFileAtomically(output, text);
  else io.stdout(text);
  return reportUnreadParts(compilation, locale, io);
}
