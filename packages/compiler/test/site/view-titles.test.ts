// The site names each view in both languages; a view the build folded because it was too dense to
// read is named folded in both, not only in the language it was drawn in.
import { describe, expect, it } from 'vitest';
import { computeViews, viewSpecs, computeView, PlateauProjections } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { foldedByBuild, titlesInEveryLocale } from '../../src/site/view-titles.js';
import { PARTNER_AGENCIES } from '../partner-agencies.js';

describe('view titles on the site', () => {
  it('say a view is folded in every language when the build folded it', async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const computed = computeViews(model);
    // As the diagrams section draws a view too dense to read: computed again with the others folded.
    const projections = new PlateauProjections(model);
    const foldedSpec = viewSpecs(model, { foldOthers: new Set(['context-home']) }, projections).find((spec) => spec.id === 'context-home')!;
    const folded = computeView(model, foldedSpec, projections);
    expect(computed.find((view) => view.id === 'context-home')!.aggregated).toBe(false);
    expect(folded.aggregated).toBe(true);
    const drawn = computed.map((view) => (view.id === 'context-home' ? folded : view));

    const foldedHere = foldedByBuild(
      drawn,
      computed.map((graph) => ({ graph })),
    );
    expect(foldedHere).toEqual(new Set(['context-home']));
    // A view computed folded already (past the node limit) is not one the build folded.
    expect(
      foldedByBuild(
        drawn,
        computed.map((graph) => ({ graph: graph.id === 'context-home' ? folded : graph })),
      ),
    ).toEqual(new Set());
    const titles = titlesInEveryLocale(model, drawn, 'mn', foldedHere);
    const home = titles.get('context-home')!;
    expect(home.mn).toBe(folded.title);
    const inEnglish = computeViews(model, { locale: 'en', foldOthers: new Set(['context-home']) }).find(
      (view) => view.id === 'context-home',
    )!;
    expect(inEnglish.aggregated).toBe(true);
    expect(home.en).toBe(inEnglish.title);
    expect(home.en).toMatch(/^Context: Home .*\[aggregated/);
    // Views drawn as computed keep their computed titles.
    const other = computed.find((view) => view.id !== 'context-home' && !view.aggregated)!;
    expect(titles.get(other.id)).toEqual({
      mn: other.title,
      en: computeViews(model, { locale: 'en' }).find((view) => view.id === other.id)!.title,
    });
  });
});
