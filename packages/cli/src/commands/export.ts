// `gea export archimate [workspace] [-o FILE]`: the model as an Open Group ArchiMate exchange file,
// to standard output or a file (the same file `gea build` writes to out/archimate/model.xml).
import { buildArchimate, buildsLayoutCache, compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { wholeWorkspace } from './build.js';
import { checkLocale, chosenLocale } from '../options.js';
import { Progress, shownPath, writeFileAtomically, type Io } from '../terminal.js';
import { reportUnreadParts } from './unread-parts.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';

export interface ExportOptions {
  readonly output?: string;
  readonly locale?: string;
}

export async function exportArchimateCommand(targets: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  const earlier = { output: options.output, inputs: targets, locale: options.locale };
  return removingEarlierOutput(earlier, io, () => exportArchimate(targets, options, io));
}

async function exportArchimate(targets: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd));
  const file = outputTarget(options.output, io, workspace);
  checkLocale(options.locale, workspace);
  const messageLocale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const compilation = await compileWorkspace(workspace, { locale: messageLocale, onProgress: (message) => progress.update(message) });
  const { analysis } = compilation;
  const built = await buildArchimate(analysis.model, {
    name: workspace.config.name,
    findings: analysis.findings,
    locale: options.locale,
    messageLocale,
    // The layouts of the workspace's builds: after `gea build`, nothing is laid out again.
    cacheDir: buildsLayoutCache(workspace),
    onProgress: (message) => progress.update(message),
  });
  progress.done();
  if (file === undefined) {
    io.stdout(Buffer.concat(built.xml).toString('utf8'));
    return reportUnreadParts(compilation, messageLocale, io);
  }
  await writeFileAtomically(file, built.xml);
  io.stdout(`${wordsFor(messageLocale).archimate.export.wrote({ file: shownPath(io, file), ...built })}\n`);
  return reportUnreadParts(compilation, messageLocale, io);
}
