// What a reviewer sees of findings, counts and numbered labels: the error, warning and waiver marks
// on nodes and edges, explained in the legend in the view's language; `×N` on edges that stand for
// several relations; numbers on the edges with their texts in the legend's key.
import { describe, expect, it } from 'vitest';
import type { FindingMark, ViewGraph } from '@gea-arch/core';
import { wordsFor } from '@gea-arch/core';
import { layoutView } from '../../src/layout/layout-view.js';
import { renderSvg } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import { MIXED_VIEW } from '../layout/fixtures.js';
import { ownTitle, parseSvg } from './parse-svg.js';

const ERROR: FindingMark = { severity: 'error', waived: false, rules: ['single-master'] };
const WARNING: FindingMark = { severity: 'warning', waived: true, rules: ['copy-has-source', 'personal-data-consent'] };
const WAIVED: FindingMark = { waived: true, rules: ['legacy-p2p'] };
const INFO: FindingMark = { severity: 'info', waived: false, rules: ['note'] };

/** MIXED_VIEW with findings on its first three nodes and edges (and an info-only one), counts on two edges. */
function withFindings(locale: string): ViewGraph {
  const marks = [ERROR, WARNING, WAIVED, INFO];
  return {
    ...MIXED_VIEW,
    locale,
    nodes: MIXED_VIEW.nodes.map((node, index) => (marks[index] ? { ...node, findings: marks[index] } : node)),
    edges: MIXED_VIEW.edges.map((edge, index) => ({
      ...edge,
      ...(marks[index] ? { findings: marks[index] } : {}),
      ...(index === 0 ? { count: 3 } : index === 1 ? { count: 2, label: undefined } : {}),
    })),
  };
}

describe.each(['en', 'mn'])('findings, counts and labels drawn (%s)', (locale) => {
  const words = wordsFor(locale).diagrams;
  const graph = withFindings(locale);
  const rendered = layoutView(graph, FONTS).then((layout) => ({ layout, document: parseSvg(renderSvg(layout, FONTS)) }));

  it('draws an unwaived error, an unwaived warning and a waiver on nodes: a halo and a badge in words, rule ids in the tooltip', async () => {
    const { document } = await rendered;
    const expected = [
      ['error', words.findingBadges.error, 'single-master'],
      ['warning', words.findingBadges.warning, 'copy-has-source, personal-data-consent'],
      ['waived', words.findingBadges.waived, 'legacy-p2p'],
    ] as const;
    for (const [index, [level, badge, rules]] of expected.entries()) {
      const node = document.querySelector(`g.node[data-id="${graph.nodes[index]!.id}"]`)!;
      expect(node.getAttribute('class')).toContain(`f-${level}`);
      expect(node.querySelector('.halo')).not.toBeNull();
      expect(node.querySelector(`.badge-f-${level}`)?.textContent).toBe(badge);
      expect(ownTitle(node)).toContain(rules);
    }
    const infoOnly = document.querySelector(`g.node[data-id="${graph.nodes[3]!.id}"]`)!;
    expect(infoOnly.getAttribute('class')).not.toMatch(/\bf-/);
    expect(infoOnly.querySelector('.halo')).toBeNull();
  });

  it('draws the same three on edges as a halo and a sign on the line', async () => {
    const { document } = await rendered;
    const edges = [...document.querySelectorAll('g.edge')];
    for (const [index, level] of (['error', 'warning', 'waived'] as const).entries()) {
      expect(edges[index]!.getAttribute('class')).toContain(`f-${level}`);
      expect(edges[index]!.querySelector(`.sign-${level}`)).not.toBeNull();
      expect(edges[index]!.querySelector('.halo')).not.toBeNull();
    }
    expect(edges[3]!.querySelector('.sign')).toBeNull();
  });

  it('explains every mark it draws in the legend, in the words of the view', async () => {
    const { document } = await rendered;
    const findings = document.querySelector('.legend-section[data-section="findings"]')!;
    const entries = [...findings.querySelectorAll('.legend-item')].map((item) => item.getAttribute('data-value'));
    expect(entries).toEqual(['error', 'warning', 'waived']);
    expect(findings.textContent).toContain(words.legend.findings);
    for (const text of [words.legend.findingError, words.legend.findingWarning, words.legend.findingWaived]) {
      expect(findings.textContent!.toLowerCase()).toContain(text.toLowerCase());
    }
    expect(document.querySelector('.legend-item[data-legend="count"]')?.textContent).toContain(words.legend.count);
  });

  it('shows how many relations an edge stands for as ×N, after its label or alone', async () => {
    const { layout } = await rendered;
    const texts = layout.edges
      .slice(0, 2)
      .map((placed) => (placed.label?.key === undefined ? placed.label?.text.lines.join(' ') : undefined));
    const [first, second] = texts;
    if (first !== undefined) expect(first).toMatch(/×3$/);
    if (second !== undefined) expect(second).toBe('×2');
    const many = [...(await rendered).document.querySelectorAll('g.edge.many')];
    expect(many).toHaveLength(2);
  });

  it('says nothing of findings where there are none', async () => {
    const plain = parseSvg(renderSvg(await layoutView(MIXED_VIEW, FONTS), FONTS));
    expect(plain.querySelector('.legend-section[data-section="findings"]')).toBeNull();
    expect(plain.querySelector('.halo, .sign, .badge-f-error')).toBeNull();
  });
});

describe('numbered edge labels', () => {
  const labels = ['Иргэний лавлагаа', 'Татварын тодорхойлолт', 'Иргэний лавлагаа', 'Өмчийн лавлагаа'];
  const graph: ViewGraph = {
    ...MIXED_VIEW,
    edges: MIXED_VIEW.edges.map((edge, index) => ({ ...edge, label: labels[index % labels.length] })),
  };

  it('puts a number on each labelled edge, one per distinct text, and gives each text once in the key', async () => {
    const layout = await layoutView(graph, FONTS, { plan: { hierarchy: 'nested', direction: 'DOWN', labels: 'numbered' } });
    const document = parseSvg(renderSvg(layout, FONTS));
    const numbers = [...document.querySelectorAll('g.edge .edge-label.keyed')].map((label) => label.getAttribute('data-key'));
    expect(numbers).toHaveLength(graph.edges.length);
    const byText = new Map<string, string>();
    graph.edges.forEach((edge, index) => {
      const number = byText.get(edge.label!) ?? numbers[index]!;
      byText.set(edge.label!, number);
      expect(numbers[index]).toBe(number);
    });
    const key = document.querySelector('.legend-key')!;
    const entries = [...key.querySelectorAll('.legend-item')];
    expect(entries.map((entry) => entry.getAttribute('data-value'))).toEqual(
      [...new Set(byText.values())].sort((a, b) => Number(a) - Number(b)),
    );
    for (const [text, number] of byText) {
      expect(key.querySelector(`.legend-item[data-value="${number}"]`)?.textContent).toContain(text);
    }
  });
});
