// `gea build`: diagrams and reports into the out folder; exit 1 when the model has errors.
import { relative, resolve } from 'node:path';
import { buildWorkspace, loadWorkspace, SECTIONS, type Section, type Workspace } from '@gea-arch/compiler';
import { checkDate, checkLocale } from '../options.js';
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

export async function build(targets: readonly string[], options: BuildCommandOptions, io: Io): Promise<number> {
  const only = parseSections(options.only);
  checkDate(options.date);
  const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd));
  checkLocale(options.locale, workspace);
  const progress = new Progress(io);
  const result = await buildWorkspace(workspace, {
    outDir: options.out !== undefined ? resolve(io.cwd, options.out) : undefined,
    only,
    png: options.png,
    noCache: options.cache === false,
    locale: options.locale,
    evaluationDate: options.date,
    toolVersion: VERSION,
    onProgress: (message) => progress.update(message),
  });
  progress.done();
  const where = relative(io.cwd, result.outDir) || '.';
  for (const { section, files } of result.sections) {
    const detail =
      section === 'diagrams' && result.diagrams
        ? ` (${result.diagrams.views} views: ${result.diagrams.laidOut} laid out, ${result.diagrams.cached} from cache)`
        : '';
    io.stdout(`${where}/${section}/: ${files} files${detail}\n`);
  }
  const { error, warning, info, waived } = result.summary;
  io.stdout(`findings: ${error} errors, ${warning} warnings, ${info} infos, ${waived} waived — \`gea check\` lists them\n`);
  return error > 0 ? 1 : 0;
}

/** A build is of the whole workspace: files named on the command line only point at theirs. */
export function wholeWorkspace({ reported: _reported, ...workspace }: Workspace): Workspace {
  return workspace;
}

function parseSections(value: string | undefined): Section[] | undefined {
  if (value === undefined) return undefined;
  const sections = value.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = sections.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown.length > 0 || sections.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of ${SECTIONS.join(', ')}; not \`${unknown.join(',') || value}\``);
  }
  return sections as Section[];
}
