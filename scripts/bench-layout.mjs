// Layout benchmark: synthetic view graphs of 20, 50 and 150 nodes (in agencies, some nested, ~1.5
// edges a node) laid out in-process, each size in a fresh process (cold, no cache), with quality
// numbers (size, edge crossings, bends). `--sweep` compares ELK options. `--views [WORKSPACE]`
// prints the readability measures of every view of a workspace (examples/mongolia by default) as
// the build draws it (dense views folded), against READABILITY_LIMITS, with the layout each view was
// drawn with. Prints JSON.
// Reads the compiled layout from packages/diagrams/dist (or GEA_DIAGRAMS_DIST); build first.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SIZES = (process.env.GEA_LAYOUT_SIZES ?? '20,50,150').split(',').map(Number);
const DIST = resolve(process.env.GEA_DIAGRAMS_DIST ?? fileURLToPath(new URL('../packages/diagrams/dist', import.meta.url)));
const RUNS = 3;

/** Options compared by `--sweep`, laid over the ones the compiler picks for the view's size. */
const SWEEP = [
  ...['BRANDES_KOEPF', 'NETWORK_SIMPLEX'].flatMap((placement) =>
    [1, 7, 20].map((thoroughness) => ({
      'elk.layered.nodePlacement.strategy': placement,
      'elk.layered.thoroughness': String(thoroughness),
    })),
  ),
  { 'elk.direction': 'DOWN' },
  { 'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH' },
];

/** A deterministic view graph of `size` nodes: agencies of ~8, every fifth one inside the first. */
export function syntheticViewGraph(size, seed = 1) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pad = (n, width) => String(n).padStart(width, '0');
  const kinds = ['system', 'system', 'system', 'data', 'interface', 'document', 'platform', 'trust'];
  const edgeKinds = ['consumes', 'provides', 'masters', 'uses', 'depends-on', 'signs'];
  const groupCount = Math.max(2, Math.round(size / 8));
  const groups = Array.from({ length: groupCount }, (_, i) => ({
    id: `mn.agency${pad(i, 3)}`,
    kind: 'agency',
    label: `Агентлаг ${i}: Өргөө Үйлчилгээний газар`,
    status: 'active',
    ...(i % 5 === 4 ? { parent: 'mn.agency000' } : {}),
    tooltip: `agency ${i}`,
    href: `agency/mn.agency${pad(i, 3)}.html`,
  }));
  const nodes = Array.from({ length: size }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const group = random() < 0.85 ? groups[Math.floor(random() * groupCount)].id : undefined;
    return {
      id: `mn.element${pad(i, 4)}`,
      kind,
      label: `${['Иргэний бүртгэлийн систем', 'Өгөгдлийн сан', 'Үйлчилгээ', 'Бүртгэл'][i % 4]} ${i}`,
      ...(i % 4 === 0 ? { detail: 'REST 1.2.0' } : {}),
      status: 'active',
      ...(group ? { group } : {}),
      badges: i % 7 === 0 ? ['personal'] : [],
      tooltip: `element ${i}`,
      href: `${kind}/mn.element${pad(i, 4)}.html`,
    };
  });
  const edges = [];
  const seen = new Map();
  for (let count = 0; count < Math.round(size * 1.5); count++) {
    const fromIndex = Math.floor(random() * size);
    let toIndex = Math.floor(random() * size);
    if (toIndex === fromIndex) toIndex = (toIndex + 1) % size;
    const kind = edgeKinds[count % edgeKinds.length];
    const base = `${kind}:${nodes[fromIndex].id}->${nodes[toIndex].id}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    edges.push({
      id: repeat ? `${base}#${repeat}` : base,
      from: nodes[fromIndex].id,
      to: nodes[toIndex].id,
      kind,
      ...(count % 3 === 0 ? { label: `Лавлагаа ${count}` } : {}),
      status: 'active',
      tooltip: base,
    });
  }
  return {
    id: `synthetic-${size}`,
    kind: 'landscape',
    title: `Synthetic ${size}`,
    locale: 'mn',
    declared: false,
    aggregated: false,
    nodes,
    groups,
    edges,
  };
}

/** Pairs of edges whose orthogonal segments cross (a horizontal through a vertical). */
function edgeCrossings(layout) {
  const segments = layout.edges.flatMap((placed, edge) => placed.points.slice(1).map((end, i) => ({ edge, a: placed.points[i], b: end })));
  const horizontal = segments.filter((s) => s.a.y === s.b.y && s.a.x !== s.b.x);
  const vertical = segments.filter((s) => s.a.x === s.b.x && s.a.y !== s.b.y);
  let crossings = 0;
  for (const h of horizontal) {
    const [x1, x2] = [Math.min(h.a.x, h.b.x), Math.max(h.a.x, h.b.x)];
    for (const v of vertical) {
      if (v.edge === h.edge) continue;
      const [y1, y2] = [Math.min(v.a.y, v.b.y), Math.max(v.a.y, v.b.y)];
      if (v.a.x > x1 && v.a.x < x2 && h.a.y > y1 && h.a.y < y2) crossings++;
    }
  }
  return crossings;
}

function quality(layout) {
  let length = 0;
  let bends = 0;
  for (const placed of layout.edges) {
    bends += placed.points.length - 2;
    for (let i = 1; i < placed.points.length; i++) {
      length += Math.abs(placed.points[i].x - placed.points[i - 1].x) + Math.abs(placed.points[i].y - placed.points[i - 1].y);
    }
  }
  return { width: layout.width, height: layout.height, crossings: edgeCrossings(layout), bends, edgeLength: Math.round(length) };
}

const round = (value) => Math.round(value * 10) / 10;
const round2 = (value) => Math.round(value * 100) / 100;

/** In a fresh process: import the layout, lay out one size RUNS times, report the cold run and the median. */
async function measure(size, elkOptions) {
  const t0 = performance.now();
  const { layoutView } = await import(pathToFileURL(`${DIST}/index.js`).href);
  const { loadBundledFonts } = await import(pathToFileURL(`${DIST}/node/index.js`).href);
  const fonts = loadBundledFonts();
  const importMs = performance.now() - t0;
  const graph = syntheticViewGraph(size);
  const times = [];
  let layout;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    layout = await layoutView(graph, fonts, { elkOptions });
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    nodes: graph.nodes.length,
    groups: graph.groups.length,
    edges: graph.edges.length,
    ms: { import: round(importMs), cold: round(times[0]), median: round(sorted[Math.floor(RUNS / 2)]) },
    ...quality(layout),
  };
}

function inFreshProcess(size, elkOptions) {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [script, '--measure', String(size), JSON.stringify(elkOptions)], { encoding: 'utf8' });
  return JSON.parse(out);
}

/**
 * Every view of `workspace` as the build draws it (findings marked, laid out in the build's worker
 * pool, a view over a limit folded when that is over fewer), with its readability measures and what
 * is over a limit.
 */
export async function measureViews(workspace) {
  const compiler = await import(pathToFileURL(resolve(DIST, '../../compiler/dist/index.js')).href);
  const core = await import(pathToFileURL(resolve(DIST, '../../core/dist/index.js')).href);
  const { measureReadability, readabilityProblems } = await import(pathToFileURL(`${DIST}/index.js`).href);
  const { layoutViews, loadBundledFonts } = await import(pathToFileURL(`${DIST}/node/index.js`).href);
  const fonts = loadBundledFonts();
  const { analysis } = await compiler.compileWorkspace(await compiler.loadWorkspace([workspace]), { evaluationDate: '2026-11-27' });
  const start = performance.now();
  const layOut = async (graphs) => (await layoutViews(graphs, fonts)).layouts;
  const drawn = await layOut(core.computeViews(analysis.model, { findings: analysis.findings }));
  const { layouts } = await compiler.foldDenseViews(analysis.model, drawn, layOut, { findings: analysis.findings });
  const views = layouts.map((layout) => {
    const measures = measureReadability(layout);
    const view = {
      view: layout.graph.id,
      folded: layout.graph.aggregated && !drawn.find((unfolded) => unfolded.graph.id === layout.graph.id)?.graph.aggregated,
      nodes: layout.graph.nodes.length,
      edges: layout.graph.edges.length,
      plan: layout.plan,
      size: `${Math.round(measures.width)}x${Math.round(measures.height)}`,
      aspect: round2(measures.aspect),
      crossingsPerEdge: round2(measures.crossingsPerEdge),
      bendsPerEdge: round2(measures.bendsPerEdge),
      edgesThroughNodes: measures.edgesThroughNodes,
      smallestTextAtA3: Number.isFinite(measures.smallestTextAtA3) ? round(measures.smallestTextAtA3) : null,
      overLimits: readabilityProblems(measures),
    };
    process.stderr.write(`${view.view}${view.folded ? ' (folded)' : ''}: ${view.overLimits.join('; ') || 'within the limits'}\n`);
    return view;
  });
  return {
    workspace,
    views: views.length,
    within: views.filter((view) => view.overLimits.length === 0).length,
    folded: views.filter((view) => view.folded).length,
    seconds: round((performance.now() - start) / 1000),
    measures: views,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2] === '--views') {
  const workspace = resolve(process.argv[3] ?? fileURLToPath(new URL('../examples/mongolia', import.meta.url)));
  process.stdout.write(`${JSON.stringify(await measureViews(workspace), null, 2)}\n`);
} else if (isMain && process.argv[2] === '--measure') {
  process.stdout.write(JSON.stringify(await measure(Number(process.argv[3]), JSON.parse(process.argv[4] ?? '{}'))));
} else if (isMain) {
  const configurations = process.argv.includes('--sweep') ? [{}, ...SWEEP] : [{}];
  const results = [];
  for (const options of configurations) {
    for (const size of SIZES) {
      results.push({ options, ...inFreshProcess(size, options) });
      process.stderr.write(`${JSON.stringify(results[results.length - 1])}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify({ dist: DIST, runs: RUNS, results }, null, 2)}\n`);
}
