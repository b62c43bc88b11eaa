// `gea views`: every view of the workspace, declared and generated, with its kind, size and title,
// so that a reviewer finds the id to give `gea diagram`. Titles are in the labels' locale, one line
// each. The size is the view's as computed; a view that may be drawn folded (which only its layout
// tells, seconds a view) is marked, its drawn size left to `gea diagram -f json` (decision 0065).
import { compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { computeViews, DENSE_FOLD_ABOVE, spacedLine, wordsFor, type ViewGraph } from '@gea-arch/core';
import { checkLocale, chosenLocale } from '../options.js';
import { Progress, type Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { VIEWS_FORMATS } from '../choices.js';
import { reportUnreadParts } from './unread-parts.js';

export interface ViewsOptions {
  readonly format: string;
  readonly locale?: string;
}

export async function listViews(targets: readonly string[], options: ViewsOptions, io: Io): Promise<number> {
  const format = options.format;
  if (!(VIEWS_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError((words) => words.cli.usage.unknownFormat({ format, formats: VIEWS_FORMATS.join(', ') }));
  }
  const workspace = await loadWorkspace(targets, io.cwd);
  checkLocale(options.locale, workspace);
  const messageLocale = chosenLocale(options.locale, io.env, workspace);
  const progress = new Progress(io);
  const compilation = await compileWorkspace(workspace, { locale: messageLocale, onProgress: (message) => progress.update(message) });
  progress.done();
  const { analysis } = compilation;
  const views = computeViews(analysis.model, { locale: options.locale });
  io.stdout(format === 'json' ? viewsJson(views) : viewsText(views, wordsFor(messageLocale).diagrams.viewList));
  return reportUnreadParts(compilation, messageLocale, io);
}

function viewsJson(views: readonly ViewGraph[]): string {
  const rows = views.map((view) => ({
    id: view.id,
    kind: view.kind,
    title: view.title,
    declared: view.declared,
    aggregated: view.aggregated,
    nodes: view.nodes.length,
    edges: view.edges.length,
  }));
  return `${JSON.stringify({ views: rows }, null, 2)}\n`;
}

function viewsText(views: readonly ViewGraph[], words: ReturnType<typeof wordsFor>['diagrams']['viewList']): string {
  const { headings } = words;
  // A view that may be drawn folded has its count of nodes marked, the others a space, so the digits align.
  const marks = views.some(mayBeFolded);
  const mark = (view: ViewGraph) => (!marks ? '' : mayBeFolded(view) ? '*' : ' ');
  const rows = views.map((view) => [
    view.id,
    view.kind,
    `${view.nodes.length}${mark(view)}`,
    String(view.edges.length),
    spacedLine(view.title),
  ]);
  const widths = [headings.id, headings.kind, headings.nodes, headings.edges].map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = ([id, kind, nodes, edges, title]: readonly string[]) =>
    [id!.padEnd(widths[0]!), kind!.padEnd(widths[1]!), nodes!.padStart(widths[2]!), edges!.padStart(widths[3]!), title].join('  ');
  const header = line([headings.id, headings.kind, headings.nodes, headings.edges, headings.title]);
  const note = marks ? `${words.foldedNote({ nodes: DENSE_FOLD_ABOVE })}\n` : '';
  return `${[header, ...rows.map(line)].join('\n')}\n\n${note}${words.footer({ count: views.length })}\n`;
}

/** A view a diagram draws folded into agencies when its layout is too dense to read (as `gea build` does). */
function mayBeFolded(view: ViewGraph): boolean {
  return !view.aggregated && view.nodes.length > DENSE_FOLD_ABOVE;
}
