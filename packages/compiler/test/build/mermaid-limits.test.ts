// A view whose Mermaid text Mermaid will not draw (more than 500 edges, or 50 000 characters) is
// written whole, with a note at its top, and the build says which view and what to do; a build
// after it takes the sizes of unchanged views from what it remembered instead of writing their texts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { attachGraph, type ViewLayout } from '@gea-arch/diagrams';
import { buildWorkspace, loadWorkspace, type BuildOptions } from '../../src/index.js';

/** Agencies whose one system each consumes every other's interface, all via one platform. */
const AGENCIES = 23;

function everyoneConsumesEveryone(): string {
  const lines = ['platform x "X" { kind exchange operator a0 }', 'view all "All" { kind integration of x }'];
  for (let i = 0; i < AGENCIES; i++) {
    lines.push(`agency a${i} "A${i}" { kind agency }`);
    lines.push(`interface i${i} "I${i}" { provider s${i} via x style rest version "1" }`);
    const consumes = Array.from({ length: AGENCIES }, (_, j) => j)
      .filter((j) => j !== i)
      .map((j) => `  consumes i${j}`);
    lines.push(`system s${i} "S${i}" { owner a${i}`, ...consumes, '}');
  }
  return `${lines.join('\n')}\n`;
}

/** Nodes on a square grid, edges straight: within every readability limit (nothing folded), and quick. */
async function gridLayout(graph: ViewGraph): Promise<ViewLayout> {
  const side = Math.max(1, Math.ceil(Math.sqrt(graph.nodes.length)));
  const label = { lines: ['x'], fontSize: 12, bold: false, width: 10 };
  const nodes = graph.nodes.map((_, index) => ({
    x: (index % side) * 200,
    y: Math.floor(index / side) * 200,
    width: 100,
    height: 40,
    label,
  }));
  const centre = (id: string) => {
    const node = nodes[graph.nodes.findIndex((candidate) => candidate.id === id)] ?? { x: 0, y: 0 };
    return { x: node.x + 50, y: node.y + 20 };
  };
  return attachGraph(graph, {
    width: side * 200,
    height: side * 200,
    nodes,
    groups: [],
    edges: graph.edges.map((edge) => ({ points: [centre(edge.from), centre(edge.to)] })),
    plan: 'grid',
  });
}

describe('a build of a view Mermaid will not draw', () => {
  it('writes its Mermaid text whole with a note at the top, and warns naming the view, its edges and the limit', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-mermaid-limits-')), 'ws');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'model.gea'), everyoneConsumesEveryone());
    const warnings: string[] = [];
    const options: BuildOptions = {
      toolVersion: 'test',
      only: ['diagrams'],
      locale: 'en',
      messageLocale: 'en',
      layout: gridLayout,
      onWarning: (message) => warnings.push(message),
    };
    const built = await buildWorkspace(await loadWorkspace([root]), options);
    // Each system provides one interface and consumes the others': 23 + 23 × 22 edges.
    const edges = AGENCIES + AGENCIES * (AGENCIES - 1);
    const mermaid = warnings.filter((warning) => warning.includes('Mermaid'));
    expect(mermaid).toEqual([
      `warning: Mermaid will not draw view all: its text has ${edges} edges (at most 500), and GitHub, GitLab and most wikis cannot raise Mermaid's limits; narrow the view, or declare a narrower one (\`include\`, \`exclude\`, \`of\`, \`depth\`), or share its SVG`,
    ]);
    const text = readFileSync(join(built.outDir, 'diagrams', 'all.mmd'), 'utf8').split('\n');
    expect(text[3]).toMatch(new RegExp(`^%% Mermaid will not draw this: it has ${edges} edges \\(at most 500\\)`));
    expect(text[4]).toBe('flowchart LR');
    expect(text.filter((line) => / (-->|-\.->|==>)\|/.test(line))).toHaveLength(edges);

    // The next build says the same from the sizes it remembered: one made up for every view shows they are read.
    warnings.length = 0;
    await buildWorkspace(await loadWorkspace([root]), options);
    expect(warnings.filter((warning) => warning.includes('Mermaid'))).toEqual(mermaid);
    const remembered = join(built.outDir, '.cache', 'layouts', 'mermaid-characters.txt');
    const [identity, ...sizes] = readFileSync(remembered, 'utf8').trim().split('\n');
    expect(sizes).toHaveLength(built.diagrams!.views);
    writeFileSync(remembered, [identity, ...sizes.map((line) => line.replace(/ \d+$/, ' 60000'))].join('\n'));
    warnings.length = 0;
    await buildWorkspace(await loadWorkspace([root]), options);
    const said = warnings.filter((warning) => warning.includes('Mermaid'));
    expect(said).toHaveLength(built.diagrams!.views);
    expect(said).toContain(
      `warning: Mermaid will not draw view all: its text has ${edges} edges (at most 500) and 60000 characters (at most 50000), and GitHub, GitLab and most wikis cannot raise Mermaid's limits; narrow the view, or declare a narrower one (\`include\`, \`exclude\`, \`of\`, \`depth\`), or share its SVG`,
    );
  }, 120_000);
});
