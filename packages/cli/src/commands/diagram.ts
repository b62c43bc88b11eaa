// `gea diagram VIEW`: one view as SVG, PNG, Mermaid, PlantUML or laid-out JSON.
import { resolve } from 'node:path';
import { compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import { closestMatches, computeViews } from '@gea-arch/core';
import { layoutView, renderMermaid, renderPlantUml, renderPng, renderSvg } from '@gea-arch/diagrams';
import { checkLocale } from '../options.js';
import { type Io, writeFileAtomically } from '../terminal.js';
import { UsageError } from '../usage-error.js';

export const DIAGRAM_FORMATS = ['svg', 'png', 'mermaid', 'plantuml', 'json'] as const;

export interface DiagramOptions {
  readonly format: string;
  readonly output?: string;
  readonly locale?: string;
}

export async function diagram(viewId: string, targets: readonly string[], options: DiagramOptions, io: Io): Promise<number> {
  const workspace = await loadWorkspace(targets, io.cwd);
  checkLocale(options.locale, workspace);
  const { analysis } = await compileWorkspace(workspace);
  const views = computeViews(analysis.model, { locale: options.locale });
  const graph = views.find((view) => view.id === viewId);
  if (!graph) {
    const close = closestMatches(viewId, views.map((view) => view.id), 3);
    throw new UsageError(
      `no view \`${viewId}\`${close.length ? `; did you mean ${close.map((id) => `\`${id}\``).join(' or ')}?` : ''} (views: ${views.map((view) => view.id).join(', ')})`,
    );
  }
  let content: string | Uint8Array;
  switch (options.format) {
    case 'mermaid':
      content = renderMermaid(graph);
      break;
    case 'plantuml':
      content = renderPlantUml(graph);
      break;
    case 'json':
      content = `${JSON.stringify(await layoutView(graph), null, 2)}\n`;
      break;
    case 'png':
      content = renderPng(renderSvg(await layoutView(graph)));
      break;
    default:
      content = renderSvg(await layoutView(graph));
  }
  if (options.output !== undefined) {
    await writeFileAtomically(resolve(io.cwd, options.output), content);
  } else if (typeof content === 'string') {
    io.stdout(content);
  } else {
    if (io.stdoutIsTty) throw new UsageError('a PNG is not for a terminal; write it to a file with `-o FILE.png`');
    if (!io.stdoutBytes) throw new UsageError('cannot write binary output here; use `-o FILE.png`');
    io.stdoutBytes(content);
  }
  return 0;
}
