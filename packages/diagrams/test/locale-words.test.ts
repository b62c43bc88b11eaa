// Every view of the national example and of a conformance model, rendered in Mongolian and in
// English: the legend, the badges (status, classification, the model's markers), the detail lines
// (criticality, kinds) and the title speak the view's language, and never the other one — no word
// of the other locale's table appears in the drawn text except inside the model's own names.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWorkspace, loadWorkspace } from '@gea-arch/compiler';
import {
  computeViews,
  wordsFor,
  type DiagramWords,
  type Element,
  type SemanticModel,
  type ViewGraph,
  type WordLocale,
} from '@gea-arch/core';
import { CONFORMANCE_DIR, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { layoutViews } from '@gea-arch/diagrams/node';
import { renderSvg } from '../src/svg/render-svg.js';
import { capitalised } from '../src/chrome/words.js';
import { FONTS } from './fonts.js';
import { parseSvg } from './svg/parse-svg.js';

const MODELS = [MONGOLIA_EXAMPLE, join(CONFORMANCE_DIR, '10-merges-waivers-years.gea')];
const LOCALES: readonly WordLocale[] = ['mn', 'en'];

interface Rendered {
  readonly graph: ViewGraph;
  readonly document: Document;
  /** Words the model brings into this view. */
  readonly own: ReadonlySet<string>;
}

/** What a diagram's words are drawn from: every phrase of a locale's diagrams table (the command texts aside). */
function tablePhrases(words: DiagramWords): string[] {
  const { build: _build, criticalityDetail, aggregateDetail, aggregateTooltip: _tooltip, ...plain } = words;
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  return [...strings(plain), criticalityDetail({ level: '' }), aggregateDetail({ count: 2 })];
}

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}]{2,}/gu) ?? [];
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Words of `locale`'s table in the other script that the other table does not share. */
function foreignWords(of: WordLocale, besides: WordLocale, script: (word: string) => boolean): Set<string> {
  const own = new Set(tablePhrases(wordsFor(besides).diagrams).flatMap(tokens));
  return new Set(
    tablePhrases(wordsFor(of).diagrams)
      .flatMap(tokens)
      .filter((word) => script(word) && !own.has(word)),
  );
}

/**
 * Words the model itself brings into a view in `locale`: names, acronyms, versions, and the text of
 * statements drawn on edges (a consumption's purpose, what a direct dependency is), which the
 * language writes once, in the model's own language.
 */
function modelWords(model: SemanticModel, locale: string): Set<string> {
  const label = (element: Element) => element.names[locale] ?? element.names[model.defaultLocale] ?? element.localName;
  const texts = model.elements.flatMap((element) => [
    label(element),
    element.id,
    ...(element.kind === 'agency' && element.acronym ? [element.acronym] : []),
    ...(element.kind === 'interface' ? [element.version ?? '', element.style ?? ''] : []),
    ...(element.kind === 'system' ? [...element.consumes.map((c) => c.purpose ?? ''), ...element.dependsOn.map((d) => d.what ?? '')] : []),
  ]);
  return new Set(texts.flatMap(tokens));
}

/** The text a reader sees, line by line (each `<tspan>` or `<text>` on its own). */
function drawnLines(root: Element | Document): string[] {
  return [...root.querySelectorAll('text')].flatMap((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return spans.length > 0 ? spans.map((span) => span.textContent ?? '') : [text.textContent ?? ''];
  });
}

describe.each(LOCALES)('diagrams in %s', (locale) => {
  const words = wordsFor(locale).diagrams;
  const other: WordLocale = locale === 'mn' ? 'en' : 'mn';
  // English drawn in a Mongolian diagram is Latin; Mongolian in an English one is Cyrillic.
  const foreign = foreignWords(other, locale, (word) => (other === 'mn' ? CYRILLIC.test(word) : !CYRILLIC.test(word)));
  const rendered: Rendered[] = [];

  beforeAll(async () => {
    for (const target of MODELS) {
      const { analysis } = await compileWorkspace(await loadWorkspace([target]), { evaluationDate: '2026-11-27' });
      const own = modelWords(analysis.model, locale);
      const { layouts } = await layoutViews(computeViews(analysis.model, { locale }), FONTS, { workers: 1 });
      for (const layout of layouts) rendered.push({ graph: layout.graph, document: parseSvg(renderSvg(layout, FONTS)), own });
    }
  }, 300_000);

  it('has views to check, with every kind of badge the test is about', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(30);
    const badges = rendered.flatMap(({ document }) => [...document.querySelectorAll('g.node .badge text')].map((text) => text.textContent));
    expect(badges).toEqual(
      expect.arrayContaining([words.badges['base registry'], words.statusBadges.planned, words.classificationBadges.restricted]),
    );
    const details = rendered.flatMap(({ document }) => [...document.querySelectorAll('g.node .detail')].map((text) => text.textContent));
    expect(details).toContain(words.criticalityDetail({ level: words.criticality.critical }));
  });

  it('titles every view in its words', () => {
    for (const { graph, document } of rendered) {
      // A long title wraps: its lines, joined, are the title.
      const title = [...document.querySelectorAll('.title text.bold')].map((line) => line.textContent!).join(' ');
      if (!graph.declared) expect(title, graph.id).toMatch(new RegExp(`^${words.titles[graph.kind]}`));
      if (graph.aggregated) expect(title, graph.id).toContain(words.aggregated);
      // The accessible title keeps what the model says; the drawn one has a stand-in where the font has no glyph.
      expect(document.querySelector('title#gea-diagram-title')!.textContent!.replace(/→/g, '»'), graph.id).toBe(title);
    }
  });

  it('writes the legend in its words: title, headings and every entry', () => {
    const expected = (category: string, value: string): string => {
      switch (category) {
        case 'node-kind':
          return capitalised(words.kinds[value as keyof typeof words.kinds]);
        case 'group-kind':
          return capitalised(words.groupKinds[value as keyof typeof words.groupKinds]);
        case 'classification':
          return capitalised(words.classifications[value as keyof typeof words.classifications]);
        case 'status':
        case 'edge-status':
          return capitalised(words.statuses[value as keyof typeof words.statuses]);
        case 'count':
          return words.legend.count;
        case 'finding':
          return capitalised(
            { error: words.legend.findingError, warning: words.legend.findingWarning, waived: words.legend.findingWaived }[
              value as 'error' | 'warning' | 'waived'
            ],
          );
        default:
          return words.relations[value as keyof typeof words.relations];
      }
    };
    for (const { graph, document } of rendered) {
      const legend = document.querySelector('.legend');
      if (!legend) continue;
      expect(legend.querySelector(':scope > text')!.textContent, graph.id).toBe(words.legend.title);
      for (const section of legend.querySelectorAll('.legend-section')) {
        const id = section.getAttribute('data-section') as 'elements' | 'classification' | 'status' | 'relations' | 'findings' | 'labels';
        expect(section.querySelector(':scope > text')!.textContent, graph.id).toBe(words.legend[id]);
      }
      // The key of numbered labels gives the model's own text (findings.test.ts checks it).
      for (const item of legend.querySelectorAll('.legend-item:not([data-legend="label"])')) {
        const text = item.querySelector(':scope > text')!.textContent;
        expect(text, `${graph.id} ${item.getAttribute('data-value')}`).toBe(
          expected(item.getAttribute('data-legend')!, item.getAttribute('data-value')!),
        );
      }
    }
  });

  it('draws every badge in its words', () => {
    const known = new Set([
      ...Object.values(words.statusBadges),
      ...Object.values(words.classificationBadges),
      ...Object.values(words.badges),
    ]);
    for (const { graph, document } of rendered) {
      for (const badge of document.querySelectorAll('.badge text')) {
        const text = badge.textContent!;
        if (!/^\+\d+$/.test(text)) expect(known, `${graph.id}: ${text}`).toContain(text);
      }
    }
  });

  it("never draws a word of the other language's table outside the model's names", () => {
    // The check itself works: the other table's legend and badge words are among those it looks for.
    const sample = wordsFor(other).diagrams;
    for (const word of tokens(`${sample.legend.title} ${sample.badges['base registry']} ${sample.titles.landscape}`))
      expect(foreign).toContain(word);
    const mixed: string[] = [];
    for (const { graph, document, own } of rendered) {
      for (const line of drawnLines(document)) {
        for (const word of tokens(line)) if (foreign.has(word) && !own.has(word)) mixed.push(`${graph.id}: ${word} in "${line}"`);
      }
    }
    expect(mixed).toEqual([]);
  });
});
