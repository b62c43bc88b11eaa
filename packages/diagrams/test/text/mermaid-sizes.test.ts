// Mermaid sizes remembered by what the views' pictures show (node/mermaid-sizes.ts): the sizes the
// texts have, read back only by the code that wrote them, and only for graphs that draw the same.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnGraphDigest } from '../../src/node/graph-digests.js';
import { MermaidSizes } from '../../src/node/mermaid-sizes.js';
import { mermaidDrawing, renderMermaid } from '../../src/text/mermaid.js';
import { ALL_FIXTURES, hostile, landscape } from './fixtures.js';

const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'gea-mermaid-sizes-'));
const FILE = 'mermaid-characters.txt';

describe('remembered Mermaid sizes', () => {
  it('are the sizes of the texts, remembered for the next build by the same code', () => {
    const dir = cacheDir();
    const first = MermaidSizes.read(dir, 'gea 1');
    expect(ALL_FIXTURES.map((graph) => first.sizeOf(graph))).toEqual(ALL_FIXTURES.map((graph) => mermaidDrawing(graph).size));
    first.write();
    const lines = readFileSync(join(dir, FILE), 'utf8').trim().split('\n');
    expect(lines).toEqual([
      '"gea 1"',
      ...ALL_FIXTURES.map((graph) => `${drawnGraphDigest(graph)} ${mermaidDrawing(graph).size.characters}`),
    ]);
    const warm = MermaidSizes.read(dir, 'gea 1');
    expect(ALL_FIXTURES.map((graph) => warm.sizeOf(graph))).toEqual(ALL_FIXTURES.map((graph) => mermaidDrawing(graph).size));
  });

  it('are read back (not measured) for the same code only, and for graphs that draw the same', () => {
    const dir = cacheDir();
    // A remembered size no text has shows that it was read, not measured.
    writeFileSync(join(dir, FILE), `"gea 1"\n${drawnGraphDigest(landscape)} 60000\n`);
    const measured = mermaidDrawing(landscape).size;
    expect(MermaidSizes.read(dir, 'gea 1').sizeOf(landscape)).toEqual({ edges: measured.edges, characters: 60000 });
    expect(MermaidSizes.read(dir, 'gea 2').sizeOf(landscape)).toEqual(measured);
    // Tooltips are not in the text: a graph that differs only in them has the same text and size.
    const retooltipped = { ...landscape, nodes: landscape.nodes.map((node) => ({ ...node, tooltip: 'өөр' })) };
    expect(renderMermaid(retooltipped)).toBe(renderMermaid(landscape));
    expect(MermaidSizes.read(dir, 'gea 1').sizeOf(retooltipped).characters).toBe(60000);
    const relabelled = { ...landscape, nodes: landscape.nodes.map((node) => ({ ...node, label: `${node.label}!` })) };
    expect(MermaidSizes.read(dir, 'gea 1').sizeOf(relabelled)).toEqual(mermaidDrawing(relabelled).size);
    expect(MermaidSizes.read(dir, 'gea 1').sizeOf(hostile)).toEqual(mermaidDrawing(hostile).size);
  });
});
