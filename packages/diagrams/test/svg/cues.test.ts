import { describe, expect, it } from 'vitest';
import type { PlacedEdge, ViewLayout } from '../../src/layout/types.js';
import { isInside } from '../../src/svg/outline-contact.js';
import { renderSvg as render } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import type { ViewEdge, ViewGraph } from '@gea-arch/core';
import { gapLayout, labelAt, landscapeLayout, place, port, viewNode } from './fixtures.js';
import { parseSvg } from './parse-svg.js';

const renderSvg = (layout: ViewLayout) => render(layout, FONTS);

function nodeElement(document: Document, id: string): Element {
  return [...document.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === id)!;
}

function badgeTexts(element: Element): string[] {
  return [...element.querySelectorAll('.badge text')].map((t) => t.textContent!);
}

describe('second cues besides colour', () => {
  const landscape = parseSvg(renderSvg(landscapeLayout()));
  const gap = parseSvg(renderSvg(gapLayout()));

  it('marks planned elements with a dashed border class and a `шинэ` badge', () => {
    const planned = nodeElement(landscape, 'mn.mta.tax_system');
    expect(planned.getAttribute('class')).toContain('s-planned');
    expect(badgeTexts(planned)).toContain('шинэ');
  });

  it('marks restricted and secret elements with a text badge', () => {
    expect(badgeTexts(nodeElement(landscape, 'mn.gasr.citizen'))).toContain('ХЯЗГААРЛАГДМАЛ');
    expect(badgeTexts(nodeElement(gap, 'mn.mof.treasury.ledger'))).toEqual(expect.arrayContaining(['new', 'SECRET']));
  });

  it('samples a classified kind in the legend in its elements’ classification colours, never its kind’s', () => {
    const swatch = (kind: string) =>
      [...landscape.querySelectorAll('.legend-item')]
        .find((i) => i.getAttribute('data-legend') === 'node-kind' && i.getAttribute('data-value') === kind)!
        .querySelector('.swatch')!
        .getAttribute('class');
    // The one document is public; the data assets are restricted and public, the interfaces internal
    // and secret: a mix is sampled as `internal`.
    expect(swatch('document')).toBe('swatch k-document c-public');
    expect(swatch('data')).toBe('swatch k-data c-internal');
    expect(swatch('interface')).toBe('swatch k-interface c-internal');
    expect(swatch('system')).toBe('swatch k-system');
  });

  it('draws a changed element with a double border and an eliminated one struck through', () => {
    expect(nodeElement(gap, 'mn.mof.budget').querySelector('.double-gap')).not.toBeNull();
    const eliminated = nodeElement(gap, 'mn.mof.treasury.old_payments');
    expect(eliminated.querySelector('.strike')).not.toBeNull();
    expect(badgeTexts(eliminated)).toContain('eliminated');
  });

  it('shows tags that do not fit as `+n`', () => {
    expect(badgeTexts(nodeElement(gap, 'mn.mof.treasury.ledger'))).toEqual(['new', 'SECRET', 'base registry', '+2']);
  });

  it('titles a gap view with both plateaus', () => {
    expect(gap.querySelector('.title')!.textContent).toContain('Current (2026-01-01) » Target (2030-01-01)');
  });
});

/** A system and an interface joined by one consumption, with the status given. */
function smallView(status: ViewEdge['status']): ViewLayout {
  const a = place(viewNode({ id: 'mn.a', kind: 'system', label: 'Систем А' }), 0, 0);
  const b = place(viewNode({ id: 'mn.b', kind: 'interface', label: 'Интерфэйс Б' }), 300, 0);
  const from = port(a, 'right', 0.5);
  const to = port(b, 'left', 0.2);
  const edge: PlacedEdge = {
    edge: { id: 'consumes:mn.a->mn.b', kind: 'consumes', from: 'mn.a', to: 'mn.b', status, tooltip: 'A → B' },
    points: [from, { x: 150, y: from.y }, { x: 150, y: to.y }, to],
  };
  const graph: ViewGraph = {
    id: 'context-a',
    kind: 'context',
    title: 'Орчин: Систем А',
    locale: 'mn',
    plateau: { id: 'current', label: 'Одоо', date: '2026-01-01' },
    declared: true,
    aggregated: false,
    nodes: [a.node, b.node],
    groups: [],
    edges: [edge.edge],
  };
  return { graph, width: 500, height: 80, nodes: [a, b], groups: [], edges: [edge] };
}

describe('a small view', () => {
  const layout = smallView('active');
  const document = parseSvg(renderSvg(layout));
  const b = layout.nodes[1]!;
  const to = layout.edges[0]!.points.at(-1)!;

  it('has a legend of only what it shows: no statuses when all are active', () => {
    const items = [...document.querySelectorAll('.legend-item')].map(
      (i) => `${i.getAttribute('data-legend')}:${i.getAttribute('data-value')}`,
    );
    expect(items).toEqual(['node-kind:system', 'node-kind:interface', 'classification:internal', 'edge-kind:consumes']);
    expect(document.querySelector('[data-section="status"]')).toBeNull();
  });

  it('adds the plateau to a title that does not name it', () => {
    expect(document.querySelector('.title text')!.textContent).toBe('Орчин: Систем А — Одоо (2026-01-01)');
  });

  it('ends an edge on the drawn outline, not on the bounding box, when they differ', () => {
    const d = document.querySelector('g.edge path.line')!.getAttribute('d')!;
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const end = { x: numbers.at(-2)!, y: numbers.at(-1)! };
    // The hexagon's slant lies right of the box's left side at 20% of its height.
    expect(end.x).toBeGreaterThan(b.x + 2);
    expect(end.y).toBeCloseTo(to.y, 1);
    expect(isInside('interface', b, end)).toBe(true);
    expect(isInside('interface', b, { x: end.x - 0.5, y: end.y })).toBe(false);
  });
});

describe('a layout whose routes stray outside its stated size', () => {
  const a = place(viewNode({ id: 'mn.a', kind: 'system', label: 'А' }), 0, 0);
  const b = place(viewNode({ id: 'mn.b', kind: 'system', label: 'Б' }), 0, 100);
  const edge: PlacedEdge = {
    edge: { id: 'uses:mn.a->mn.b', kind: 'uses', from: 'mn.a', to: 'mn.b', status: 'active', tooltip: 'А → Б' },
    points: [port(a, 'left'), { x: -40, y: port(a, 'left').y }, { x: -40, y: port(b, 'left').y }, port(b, 'left')],
  };
  const graph: ViewGraph = {
    id: 'stray',
    kind: 'context',
    title: 'Stray',
    locale: 'en',
    declared: true,
    aggregated: false,
    nodes: [a.node, b.node],
    groups: [],
    edges: [edge.edge],
  };
  const layout: ViewLayout = { graph, width: a.width, height: b.y + b.height, nodes: [a, b], groups: [], edges: [edge] };

  it('shifts the body so that the whole route is on the canvas', () => {
    const body = parseSvg(renderSvg(layout)).querySelector('g.body')!;
    const [x] = /translate\(([-\d.]+) /.exec(body.getAttribute('transform')!)!.slice(1).map(Number);
    expect(x! - 40).toBeGreaterThanOrEqual(0);
  });
});

describe('a line whose status changes', () => {
  const svg = renderSvg(smallView('retiring'));
  const document = parseSvg(svg);

  it('is dotted when it ends and heavier when it changes, not only paler (colour is never the only cue)', () => {
    expect(svg).toMatch(/\.edge\.s-retiring \.line,[^{]*\{stroke-dasharray:1\.5 3\.5/);
    expect(svg).toMatch(/\.edge\.s-changed \.line,[^{]*\{stroke-width:3\.4\}/);
    expect(document.querySelector('g.edge')!.getAttribute('class')).toContain('s-retiring');
  });

  it('is explained in the legend by a line, as nothing boxed in the view has that status', () => {
    const item = [...document.querySelectorAll('.legend-item')].find((i) => i.getAttribute('data-value') === 'retiring')!;
    expect(item.getAttribute('data-legend')).toBe('edge-status');
    expect(item.querySelector('.edge-swatch.s-retiring .line')).not.toBeNull();
  });
});

describe('the sign of a finding on a line', () => {
  it('is drawn where the line’s label leaves it free, not under the label', () => {
    const a = place(viewNode({ id: 'mn.a', kind: 'system', label: 'А' }), 0, 0);
    const b = place(viewNode({ id: 'mn.b', kind: 'system', label: 'Б' }), 500, 0);
    const from = port(a, 'right', 0.5);
    const to = port(b, 'left', 0.5);
    // A wide label over the first half of the line, where the sign would go first (30 % along).
    const label = { ...labelAt('хэрэглэдэг интерфэйс', { x: from.x + (to.x - from.x) * 0.3, y: from.y }), width: 200 };
    label.x = from.x + (to.x - from.x) * 0.3 - 100;
    const edge: PlacedEdge = {
      edge: {
        id: 'consumes:mn.a->mn.b',
        kind: 'consumes',
        from: 'mn.a',
        to: 'mn.b',
        status: 'active',
        tooltip: 'A → B',
        findings: { severity: 'error', waived: false, rules: ['cross-agency-via-platform'] },
      },
      points: [from, to],
      label,
    };
    const graph: ViewGraph = {
      id: 'context-a',
      kind: 'context',
      title: 'Орчин',
      locale: 'mn',
      declared: true,
      aggregated: false,
      nodes: [a.node, b.node],
      groups: [],
      edges: [edge.edge],
    };
    const document = parseSvg(renderSvg({ graph, width: 800, height: 120, nodes: [a, b], groups: [], edges: [edge] }));
    const sign = document.querySelector('g.edge .sign circle')!;
    const x = Number(sign.getAttribute('cx'));
    expect(x < label.x - 9 || x > label.x + label.width + 9).toBe(true);
  });
});
