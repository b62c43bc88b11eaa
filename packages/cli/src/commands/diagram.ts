// `gea diagram VIEW`: one view in one of the diagrams emitter's formats.
import { buildsLayoutCache, compileWorkspace, diagramsEmitter, loadWorkspace, renderDiagram, type DiagramFormat } from '@gea-arch/compiler';
import { closeNames, computeView, viewSpecs, wordsFor } from '@gea-arch/core';
import { checkLocale, chosenLocale } from '../options.js';
import { type Io, writeFileAtomically } from '../terminal.js';
import { formatOfFile } from '../output-format.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';
import { UsageError } from '../usage-error.js';
import { reportUnreadParts } from './unread-parts.js';

/** What `--format` takes: every format of the diagrams emitter. */
export const DIAGRAM_FORMATS: readonly string[] = diagramsEmitter.formats.map((format) => format.id);

/** An unknown view is answered with at most this many close ones… */
const SUGGESTED_VIEWS = 5;
/** …and with every view when the model has no more than this (else with how many, and `gea views`). */
const LISTED_VIEWS_MAX = 20;

export interface DiagramOptions {
  readonly format?: string;
  readonly output?: string;
  readonly locale?: string;
}

export async function diagram(viewId: string, targets: readonly string[], options: DiagramOptions, io: Io): Promise<number> {
  const earlier = { output: options.output, inputs: targets, locale: options.locale };
  return removingEarlierOutput(earlier, io, () => drawView(viewId, targets, options, io));
}

async function drawView(viewId: string, targets: readonly string[], options: DiagramOptions, io: Io): Promise<number> {
  const workspace = await loadWorkspace(targets, io.cwd);
  const output = outputTarget(options.output, io, workspace);
  checkLocale(options.locale, workspace);
  const messageLocale = chosenLocale(options.locale, io.env, workspace);
  const words = wordsFor(messageLocale).diagrams.build;
  const compilation = await compileWorkspace(workspace, { locale: messageLocale });
  const { analysis } = compilation;
  // Only the view asked for is computed: a national model has a thousand (three seconds' work).
  const specs = viewSpecs(analysis.model, { locale: options.locale });
  const spec = specs.find((candidate) => candidate.id === viewId);
  if (!spec) {
    const ids = specs.map((candidate) => candidate.id);
    const close = closeNames(viewId, ids, SUGGESTED_VIEWS);
    const views = ids.length <= LISTED_VIEWS_MAX ? words.viewsListed({ views: ids.join(', ') }) : words.viewsCounted({ count: ids.length });
    throw new UsageError(
      close.length > 0
        ? words.noViewClose({ view: viewId, close: close.map((id) => `\`${id}\``).join(words.or), views })
        : words.noView({ view: viewId, views }),
    );
  }
  const { model, findings } = analysis;
  const graph = computeView(model, spec, undefined, findings);
  const format = options.format ?? formatOfFile(options.output, diagramsEmitter.formats) ?? 'svg';
  const content = await renderDiagram(graph, format as DiagramFormat, {
    model,
    findings,
    locale: options.locale,
    // The layouts of the workspace's builds (decision 0040).
    cacheDir: buildsLayoutCache(workspace),
    messageLocale,
    onWarning: (message) => io.stderr(`${message}\n`),
  });
  if (output !== undefined) {
    await writeFileAtomically(output, content);
  } else if (typeof content === 'string') {
    io.stdout(content);
  } else {
    if (io.stdoutIsTty) throw new UsageError(words.pngToTerminal);
    if (!io.stdoutBytes) throw new UsageError(words.noBinaryOutput);
    io.stdoutBytes(content);
  }
  return reportUnreadParts(compilation, messageLocale, io);
}
