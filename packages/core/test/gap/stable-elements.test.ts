// A gap analysis keeps without comparing the elements that list nothing with a lifecycle
// (stable-elements.ts). Kept wrongly, an element whose properties differ between two plateaus
// would be missing from the gap report: for every pair of plateaus of the national example, of a
// generated model and of a model whose lifecycles sit where the shortcut must not be taken, the
// comparison must be the one made property by property.
import { describe, expect, it } from 'vitest';
import { compareElements, layeredElements, modelAt, type Analysis, type Element } from '@gea-arch/core';
import { analyze, geaFilesIn, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { nationalModel } from '../../../../bench/generate-model.mjs';
import { isStableAcrossPlateaus } from '../../src/gap/stable-elements.js';

/** Every pair of plateaus compared with the shortcut and without; how many elements it kept. */
function expectShortcutChangesNothing({ model }: Analysis): number {
  let taken = 0;
  for (const from of model.plateaus)
    for (const to of model.plateaus) {
      if (from === to) continue;
      const earlier = layeredElements(modelAt(model, from));
      const later = layeredElements(modelAt(model, to));
      const stable = (element: Element) => isStableAcrossPlateaus(model.byId.get(element.id)!);
      expect(compareElements(earlier, later, stable), `${from.id} → ${to.id}`).toEqual(compareElements(earlier, later));
      taken += [...later.values()].filter((element) => earlier.has(element.id) && stable(element)).length;
    }
  return taken;
}

const LIFECYCLES = `
plateau now "Одоо" { date 2026-01-01 }
plateau later "Дараа" { date 2027-01-01 }
agency a "А" { kind agency }
agency b "Б" { kind agency }
system old_portal "Хуучин портал" { owner b until later consumes api }
system portal "Портал" { owner b consumes api { from later } }
system registry "Бүртгэл" { owner a masters citizen }
system archive "Архив" { owner a from later stores citizen }
data citizen "Иргэн" { owner a kind registry field id string key }
interface api "Лавлагаа" { provider registry style soap version "1" operation get { input citizen { id } output citizen } }
`;

describe('elements kept without comparing their properties', () => {
  it('are compared as property by property in the national example', async () => {
    const analysis = await analyze(geaFilesIn(MONGOLIA_EXAMPLE), { locales: ['mn', 'en'], evaluationDate: '2026-11-27' });
    expect(expectShortcutChangesNothing(analysis)).toBeGreaterThan(100);
  });

  it('are compared as property by property in a generated national model', async () => {
    const files = Object.fromEntries([...nationalModel({ agencies: 12, seed: 3 })].filter(([path]) => path.endsWith('.gea')));
    expect(expectShortcutChangesNothing(await analyze(files, { locales: ['mn', 'en'] }))).toBeGreaterThan(500);
  });

  it('leave out an element that names, or is named by, something with a lifecycle', async () => {
    const analysis = await analyze(LIFECYCLES);
    expect(analysis.findings.filter((finding) => finding.rule === 'syntax').map((finding) => finding.message)).toEqual([]);
    const stable = (id: string) => isStableAcrossPlateaus(analysis.model.byId.get(id)!);
    // Consumed by a system that is retired, and by a consumption that starts later.
    expect(stable('api')).toBe(false);
    // Mastered by a stable system, stored by one that starts later.
    expect(stable('citizen')).toBe(false);
    // A consumption with a lifecycle of its own.
    expect(stable('portal')).toBe(false);
    expect(stable('registry')).toBe(true);
    expect(stable('a')).toBe(false);
    expectShortcutChangesNothing(analysis);
  });
});
