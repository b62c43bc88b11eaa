// The site names each view in both languages; a view the build folded because it was too dense to
// read is named folded in both, not only in the language it was drawn in.
import { describe, expect, it } from 'vitest';
import { computeView, computeViews, PlateauProjections, viewSpecs } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { titlesInEveryLocale } from '../../src/site/view-titles.js';
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
    expect(folded).toMatchObject({ aggregated: true, folding: 'others' });
    const drawn = computed.map((view) => (view.id === 'context-home' ? folded : view));

    const titles = titlesInEveryLocale(model, drawn, 'mn');
    const home = titles.get('context-home')!;
    expect(home.mn).toBe(folded.title);
    const inEnglish = computeViews(model, { locale: 'en', foldOthers: new Set(['context-home']) }).find(
      (view) => view.id === 'context-home',
    )!;
    expect(inEnglish.aggregated).toBe(true);
    expect(home.en).toBe(inEnglish.title);
    expect(home.en).toMatch(/^Context: Home .*\[aggregated/);
    // Views drawn as computed keep their computed titles.
    const english = new Map(computeViews(model, { locale: 'en' }).map((view) => [view.id, view.title]));
    for (const view of drawn.filter((candidate) => candidate.id !== 'context-home')) {
      expect(titles.get(view.id), view.id).toEqual({ mn: view.title, en: english.get(view.id) });
    }
  });
});
