// `gea stats`: how many elements the model holds, per kind, per agency and per plateau, as aligned
// tables for people or as JSON for scripts. Elements are named by full name; like `gea views`, it
// counts what parsed and leaves the findings to `gea check`.
import { compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { modelStats, STATS_KINDS, wordsFor, type ModelStats, type Words } from '@gea-arch/core';
import { STATS_FORMATS } from '../choices.js';
import { askedLocale, checkDate, checkMessageLocale, chosenLocale } from '../options.js';
import { Progress, useColor, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { reportUnreadParts } from './unread-parts.js';

export interface StatsOptions {
  readonly format: string;
  readonly locale?: string;
  readonly date?: string;
}

export async function stats(targets: readonly string[], options: StatsOptions, io: Io): Promise<number> {
  const format = options.format;
  if (!(STATS_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: STATS_FORMATS.join(', ') }));
  }
  checkDate(options.date);
  const workspace = await loadWorkspace(targets, io.cwd, { locale: askedLocale(options.locale, io.env) });
  checkMessageLocale(options.locale, workspace);
  const locale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const compilation = await compileWorkspace(workspace, { evaluationDate: options.date, locale, onProgress: (m) => progress.update(m) });
  progress.done();
  const { analysis } = compilation;
  const counted = modelStats(analysis.model);
  io.stdout(
    format === 'json' ? `${JSON.stringify(counted, null, 2)}\n` : statsText(counted, wordsFor(locale), useColor(io, io.stdoutIsTty)),
  );
  return reportUnreadParts(compilation, locale, io);
}

type Align = 'left' | 'right';

function statsText(counted: ModelStats, words: Words, color: boolean): string {
  const { titles, headings, kinds, agenciesNote } = words.cli.stats;
  const title = (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text);
  const byKind = table(
    [[headings.kind, headings.count], ...STATS_KINDS.map((kind) => [kinds[kind], String(counted.kinds[kind])])],
    ['left', 'right'],
  );
  const byAgency = table(
    [
      [headings.agency, headings.systems, headings.data, headings.interfaces, headings.operates],
      ...counted.agencies.map((row) => [
        row.declared ? `${row.agency} (${row.declared})` : row.agency,
        ...[row.systems, row.data, row.interfaces, row.operates].map(String),
      ]),
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );
  // Kinds down, plateaus across: a national model has a handful of plateaus but ten kinds.
  const byPlateau = table(
    [
      [headings.kind, ...counted.plateaus.map((row) => row.plateau)],
      [headings.date, ...counted.plateaus.map((row) => row.date)],
      ...STATS_KINDS.map((kind) => [kinds[kind], ...counted.plateaus.map((row) => String(row.kinds[kind]))]),
    ],
    ['left', ...counted.plateaus.map((): Align => 'right')],
  );
  return [
    title(titles.kinds),
    byKind,
    '',
    title(titles.agencies),
    byAgency,
    `(${agenciesNote})`,
    '',
    title(titles.plateaus),
    byPlateau,
    '',
  ].join('\n');
}

/** Rows of cells in columns as wide as their widest cell, two spaces apart. */
function table(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = align.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
