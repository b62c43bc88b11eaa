// `gea build`: one section per emitter into the out folder, a summary of what it wrote, the findings
// and the time it took; exit 1 when the model has errors. `--watch` builds again on every change.
import { relative, resolve } from 'node:path';
import { buildIfChanged, findingsText, loadWorkspace, type BuildOutcome, type Workspace } from '@gea-arch/compiler/build';
import { wordsFor, type Words } from '@gea-arch/core';
import { BUILD_SECTIONS } from '../choices.js';
import { checkDate, checkLocale, chosenLocale } from '../options.js';
import { Progress, shownPath, useColor, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import { watchWorkspace } from './watch.js';

export interface BuildCommandOptions {
  readonly out?: string;
  readonly only?: string;
  readonly png?: boolean;
  readonly cache?: boolean;
  readonly locale?: string;
  readonly date?: string;
  readonly watch?: boolean;
}

/** Builds once, or with `--watch` until `stop` is aborted (Ctrl+C). */
export async function build(targets: readonly string[], options: BuildCommandOptions, io: Io, stop?: AbortSignal): Promise<number> {
  const only = parseSections(options.only, wordsFor(chosenLocale(options.locale, io.env)).diagrams.build);
  checkDate(options.date);
  const load = async () => {
    const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd));
    checkLocale(options.locale, workspace);
    return workspace;
  };
  const workspace = await load();
  const words = wordsFor(chosenLocale(options.locale, io.env, workspace));
  const once = (current: Workspace) => buildOnce(current, options, only, io);
  const code = await once(workspace);
  if (!options.watch || !stop) return code;
  io.stderr(`${words.diagrams.build.watching}\n`);
  return watchWorkspace(workspace, {
    stop,
    onChange: async (files) => {
      io.stderr(`${words.diagrams.build.rebuilding({ files: files.join(', ') })}\n`);
      try {
        return await once(await load());
      } catch (error) {
        io.stderr(`gea: ${words.diagrams.build.failed({ message: (error as Error).message })}\n`);
        return 2;
      }
    },
  });
}

async function buildOnce(workspace: Workspace, options: BuildCommandOptions, only: string[] | undefined, io: Io): Promise<number> {
  const started = performance.now();
  const messageLocale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const result = await buildIfChanged(workspace, {
    outDir: options.out !== undefined ? resolve(io.cwd, options.out) : undefined,
    only,
    png: options.png,
    noCache: options.cache === false,
    locale: options.locale,
    messageLocale,
    evaluationDate: options.date,
    toolVersion: VERSION,
    onProgress: (message) => progress.update(message),
    onWarning: (message) => {
      progress.done();
      io.stderr(`${message}\n`);
    },
  });
  progress.done();
  io.stdout(errorLines(result, workspace, messageLocale, io));
  io.stdout(summary(result, wordsFor(messageLocale), io, (performance.now() - started) / 1000));
  return result.summary.error > 0 ? 1 : 0;
}

/** The first errors as `gea check` prints them (file:line:column, severity, rule, message), so a CI log shows where. */
function errorLines({ errors, summary }: BuildOutcome, workspace: Workspace, locale: string, io: Io): string {
  if (errors.length === 0) return '';
  const lines = findingsText(errors, summary, {
    color: useColor(io, io.stdoutIsTty),
    path: (file) => shownPath(io, resolve(workspace.root, file)),
    locale,
    summary: false,
  });
  const more = summary.error - errors.length;
  return `${lines}${more > 0 ? `${wordsFor(locale).diagrams.build.moreErrors({ count: more })}\n` : ''}\n`;
}

/** What was written, section by section, the findings by severity and the time it took. */
function summary(result: BuildOutcome, words: Words, io: Io, seconds: number): string {
  const said = words.diagrams.build;
  const where = relative(io.cwd, result.outDir) || '.';
  const lines = result.sections.map(({ section, folder, files, stats }) => {
    const detail =
      section === 'diagrams' && result.diagrams
        ? said.diagramsDetail(result.diagrams)
        : section === 'site' && stats?.pages !== undefined
          ? said.siteDetail({ pages: stats.pages, index: `${where}/${folder}/index.html` })
          : '';
    return `${said.section({ folder: `${where}/${folder}/`, files })}${detail}`;
  });
  return [...lines, said.findings(result.summary), said.took({ seconds: seconds.toFixed(1) }), ''].join('\n');
}

/** A build is of the whole workspace: files named on the command line only point at theirs. */
export function wholeWorkspace({ reported: _reported, ...workspace }: Workspace): Workspace {
  return workspace;
}

function parseSections(value: string | undefined, words: ReturnType<typeof wordsFor>['diagrams']['build']): string[] | undefined {
  if (value === undefined) return undefined;
  const sections = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const unknown = sections.filter((section) => !BUILD_SECTIONS.includes(section));
  if (unknown.length > 0 || sections.length === 0) {
    throw new UsageError(words.onlyTakes({ sections: BUILD_SECTIONS.join(', '), given: unknown.join(',') || value }));
  }
  return sections;
}
