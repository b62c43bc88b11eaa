// `gea build`: one section per emitter into the out folder; exit 1 when the model has errors.
import { relative, resolve } from 'node:path';
import { buildWorkspace, EMITTERS, loadWorkspace, type Workspace } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { checkDate, checkLocale, chosenLocale } from '../options.js';
import { Progress, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';

export interface BuildCommandOptions {
  readonly out?: string;
  readonly only?: string;
  readonly png?: boolean;
  readonly cache?: boolean;
  readonly locale?: string;
  readonly date?: string;
}

/** What `--only` takes: the emitters' ids. */
export const BUILD_SECTIONS: readonly string[] = EMITTERS.map((emitter) => emitter.id);

export async function build(targets: readonly string[], options: BuildCommandOptions, io: Io): Promise<number> {
  const only = parseSections(options.only, wordsFor(chosenLocale(options.locale, io.env)).diagrams.build);
  checkDate(options.date);
  const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd));
  checkLocale(options.locale, workspace);
  const messageLocale = chosenLocale(options.locale, io.env, workspace);
  const words = wordsFor(messageLocale).diagrams.build;
  const progress = new Progress(io);
  const result = await buildWorkspace(workspace, {
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
  const where = relative(io.cwd, result.outDir) || '.';
  for (const { section, folder, files } of result.sections) {
    const detail = section === 'diagrams' && result.diagrams ? words.diagramsDetail(result.diagrams) : '';
    io.stdout(`${words.section({ folder: `${where}/${folder}/`, files })}${detail}\n`);
  }
  io.stdout(`${words.findings(result.summary)}\n`);
  return result.summary.error > 0 ? 1 : 0;
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
