// Renders the README's example diagrams from examples/mongolia into docs/ (run after a build:
// `npm run docs:diagrams`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compileWorkspace, loadWorkspace } = await import('../packages/compiler/dist/index.js');
const { computeViews } = await import('../packages/core/dist/index.js');
const { layoutView, renderSvg } = await import('../packages/diagrams/dist/index.js');
const { loadBundledFonts, renderPng } = await import('../packages/diagrams/dist/node/index.js');

const VIEWS = ['landscape-current', 'dataflow-mn.gasr.citizen'];

const { analysis } = await compileWorkspace(await loadWorkspace([join(root, 'examples/mongolia')]), { evaluationDate: '2026-11-27' });
const graphs = computeViews(analysis.model);
const fonts = loadBundledFonts();
mkdirSync(join(root, 'docs'), { recursive: true });
for (const id of VIEWS) {
  const graph = graphs.find((view) => view.id === id);
  if (!graph) throw new Error(`examples/mongolia has no view ${id}`);
  const svg = renderSvg(await layoutView(graph, fonts), fonts, { siteRoot: '' });
  writeFileSync(join(root, 'docs', `${id}.png`), renderPng(svg, { scale: 1 }));
  console.log(`docs/${id}.png`);
}
