import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ViewLayout } from '../../src/layout/types.js';
import { BUNDLED_FONT_FILES as FONT_FILES } from '../../src/node/index.js';
import { renderSvg as render, type SvgOptions } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import { effectiveClassification } from '../../src/chrome/node-chrome.js';
import { gapLayout, HOSTILE_ID, HOSTILE_NAME, landscapeLayout } from './fixtures.js';
import { ownTitle, parseSvg } from './parse-svg.js';

const renderSvg = (layout: ViewLayout, options?: SvgOptions) => render(layout, FONTS, options);

const layouts: readonly [string, () => ViewLayout][] = [
  ['landscape (mn)', landscapeLayout],
  ['gap (en)', gapLayout],
];

describe.each(layouts)('renderSvg: %s', (_name, makeLayout) => {
  const layout = makeLayout();
  const svg = renderSvg(layout);
  const document = parseSvg(svg);
  const root = document.documentElement;

  it('is well-formed XML with an <svg> root sized to the layout, title bar and legend', () => {
    expect(root.localName).toBe('svg');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBeGreaterThanOrEqual(layout.width);
    expect(height).toBeGreaterThan(layout.height + 60);
    expect(document.querySelector('.title-bar')).not.toBeNull();
    expect(document.querySelector('.legend')).not.toBeNull();
  });

  it('gives every node its data attributes, a tooltip and a link to its page', () => {
    const drawn = [...document.querySelectorAll('g.node')];
    expect(drawn.map((g) => g.getAttribute('data-id'))).toEqual(layout.nodes.map((p) => p.node.id));
    for (const [index, g] of drawn.entries()) {
      const { node } = layout.nodes[index]!;
      expect(g.getAttribute('data-kind')).toBe(node.kind);
      expect(g.getAttribute('data-status')).toBe(node.status);
      expect(ownTitle(g)).toBe(node.tooltip);
      expect(g.querySelector('a')?.getAttribute('href')).toBe(`../site/${node.href}`);
      expect(g.querySelector('.shape')).not.toBeNull();
    }
  });

  it('links every edge to the page of what states it, as every node is linked (OUTPUTS.md)', () => {
    const drawn = [...document.querySelectorAll('g.edge')];
    expect(drawn.map((g) => g.querySelector('a')?.getAttribute('href'))).toEqual(layout.edges.map(({ edge }) => `../site/${edge.href}`));
    for (const g of drawn) expect(g.querySelector('a path.line')).not.toBeNull();
  });

  it('gives every edge its data attributes, a tooltip, a path and an arrowhead defined once', () => {
    const drawn = [...document.querySelectorAll('g.edge')];
    expect(drawn).toHaveLength(layout.edges.length);
    for (const [index, g] of drawn.entries()) {
      const { edge } = layout.edges[index]!;
      expect([g.getAttribute('data-id'), g.getAttribute('data-from'), g.getAttribute('data-to'), g.getAttribute('data-kind')]).toEqual([
        edge.id,
        edge.from,
        edge.to,
        edge.kind,
      ]);
      expect(ownTitle(g)).toBe(edge.tooltip);
      const marker = g.querySelector('path.line')?.getAttribute('marker-end');
      expect(marker).toBe(`url(#gea-head-${edge.kind})`);
      expect(document.querySelectorAll(`marker[id="gea-head-${edge.kind}"]`)).toHaveLength(1);
    }
    expect(document.querySelectorAll('defs marker')).toHaveLength(new Set(layout.edges.map((e) => e.edge.kind)).size);
  });

  it('draws the label of each labelled edge on a background box', () => {
    for (const placed of layout.edges.filter((e) => e.label)) {
      const g = [...document.querySelectorAll('g.edge')].find((e) => e.getAttribute('data-id') === placed.edge.id)!;
      expect(g.querySelector('.edge-label rect')).not.toBeNull();
      expect(g.querySelector('.edge-label text')?.textContent).toBe(placed.label!.text.lines.join(''));
    }
  });

  it('gives every group its data attributes, a tooltip and a frame', () => {
    const drawn = [...document.querySelectorAll('g.group')];
    expect(drawn.map((g) => [g.getAttribute('data-id'), g.getAttribute('data-kind')])).toEqual(
      layout.groups.map((p) => [p.group.id, p.group.kind]),
    );
    for (const [index, g] of drawn.entries()) {
      expect(ownTitle(g)).toBe(layout.groups[index]!.group.tooltip);
      expect(g.querySelector('.frame')).not.toBeNull();
    }
  });

  it('draws each group’s header (tab, label, link to its page) over the edges, so no line runs through its letters', () => {
    const layers = [...document.querySelectorAll('g.body > g')].map((g) => g.getAttribute('class'));
    expect(layers.indexOf('group-headers')).toBeGreaterThan(layers.indexOf('edges'));
    expect(layers.indexOf('groups')).toBeLessThan(layers.indexOf('nodes'));
    const headers = [...document.querySelectorAll('g.group-headers > g.group-header')];
    expect(headers.map((g) => g.getAttribute('data-id'))).toEqual(layout.groups.map((p) => p.group.id));
    for (const [index, g] of headers.entries()) {
      const { group, label } = layout.groups[index]!;
      expect(g.querySelector('a')?.getAttribute('href')).toBe(`../site/${group.href}`);
      expect(g.querySelector('.group-label')?.textContent).toBe(label.lines.join(''));
      expect(g.querySelector('.tab') !== null).toBe(group.kind === 'agency');
    }
    expect(document.querySelector('g.group .group-label')).toBeNull();
  });

  it('lists in the legend exactly the kinds, classifications, statuses and relations shown', () => {
    const shown = [...document.querySelectorAll('.legend-item')].map(
      (item) => `${item.getAttribute('data-legend')}:${item.getAttribute('data-value')}`,
    );
    const { nodes, groups, edges } = layout.graph;
    const statuses = new Set([...nodes, ...groups, ...edges].map((e) => e.status));
    const expected = new Set([
      ...nodes.map((n) => `node-kind:${n.kind}`),
      ...groups.map((g) => `group-kind:${g.kind}`),
      ...nodes.flatMap((n) => (effectiveClassification(n) ? [`classification:${effectiveClassification(n)}`] : [])),
      ...[...statuses].map((s) => `status:${s}`),
      ...edges.map((e) => `edge-kind:${e.kind}`),
    ]);
    expect(new Set(shown)).toEqual(expected);
    expect(shown).toHaveLength(expected.size);
  });

  it('gives the same bytes for the same layout, and for a copy of it', () => {
    expect(renderSvg(makeLayout())).toBe(svg);
    expect(renderSvg(JSON.parse(JSON.stringify(layout)) as ViewLayout)).toBe(svg);
  });

  it('writes numbers with at most one decimal and never -0', () => {
    const markup = svg.replace(/<style>[\s\S]*<\/style>/, '');
    expect(markup).not.toMatch(/\d\.\d\d/);
    expect(markup).not.toMatch(/[^\d.]-0(?![\d.])/);
  });

  it('styles by class from one style sheet with a dark variant and Noto Sans', () => {
    const style = document.querySelector('style')!.textContent!;
    expect(style).toContain('@media (prefers-color-scheme: dark)');
    expect(style).toContain('font-family:"Noto Sans",sans-serif');
    // Colours appear only in the style sheet, never as attributes.
    expect(svg).not.toMatch(/\s(fill|stroke)="#/);
    expect(svg).not.toMatch(/\sstyle="/);
  });

  it('has a glyph in the bundled Noto Sans for every character of every text', () => {
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => create(readFileSync(file)) as Font);
    const text = [...document.querySelectorAll('text')].map((t) => t.textContent).join('');
    const missing = [...new Set(text)].filter((char) => fonts.some((font) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)));
    expect(missing).toEqual([]);
    if (layout.graph.locale === 'mn') expect(text).toMatch(/Ө[\s\S]*Ү|Ү[\s\S]*Ө/);
  });
});

describe('renderSvg title bar', () => {
  it('wraps a title longer than the drawing, the bar taller and the drawing no wider', () => {
    const layout = landscapeLayout();
    const long = Array.from({ length: 12 }, () => 'Маш урт гарчигтай харагдац').join(' ');
    const short = parseSvg(renderSvg(layout)).documentElement;
    const titled = parseSvg(renderSvg({ ...layout, graph: { ...layout.graph, title: long } }));
    const root = titled.documentElement;
    expect(root.getAttribute('width')).toBe(short.getAttribute('width'));
    const lines = [...titled.querySelectorAll('g.title text')].map((text) => text.textContent ?? '');
    expect(lines.length).toBeGreaterThan(2);
    // The title as written, with the plateau it shows after it; the accessible title is one line.
    const whole = `${long} — ${layout.graph.plateau!.label} (${layout.graph.plateau!.date})`;
    expect(lines.join(' ')).toBe(whole);
    expect(ownTitle(root)).toBe(whole);
    for (const line of lines) expect(FONTS.width(line, 18, true)).toBeLessThanOrEqual(Number(root.getAttribute('width')) - 48);
    const barHeight = (svg: Element) => Number(svg.querySelector('.title-bar')!.getAttribute('height'));
    expect(barHeight(root)).toBe(barHeight(short) + (lines.length - 1) * FONTS.lineHeight(18));
    expect(Number(root.getAttribute('height'))).toBe(Number(short.getAttribute('height')) + barHeight(root) - barHeight(short));
  });
});

describe('renderSvg escaping', () => {
  const svg = renderSvg(landscapeLayout());
  const document = parseSvg(svg);

  it('escapes markup in labels, tooltips, details and ids', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    expect(svg).toContain(`data-id="mn.test.x&lt;script&gt;&amp;&quot;&#39;"`);
    const node = [...document.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === HOSTILE_ID)!;
    // Wrapped over lines (at spaces, and inside the long word): compare without the breaks.
    expect(node.querySelector('.label')!.textContent!.replace(/\s/g, '')).toBe(HOSTILE_NAME.replace(/\s/g, ''));
    expect(ownTitle(node)).toBe(`${HOSTILE_NAME}\n<b>tip</b> & "quoted"`);
    expect(node.querySelector('.detail')!.textContent).toBe('REST 2.0 & "v2"');
  });

  it('escapes the links', () => {
    const layout = landscapeLayout();
    const svgWithRoot = renderSvg(layout, { siteRoot: 'https://ea.gov.mn/?a=1&b="2"/' });
    const first = parseSvg(svgWithRoot).querySelector('g.node a')!;
    expect(first.getAttribute('href')).toBe(`https://ea.gov.mn/?a=1&b="2"/${layout.nodes[0]!.node.href}`);
  });
});
