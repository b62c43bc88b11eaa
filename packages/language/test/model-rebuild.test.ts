// The model built again from the same documents (as the language server does after every edit):
// the same model, each declaration's common part read once per syntax node and locale, and read
// anew for a tree parsed again or another default locale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocuments, EVERY_CONSTRUCT, plainElements, TEST_DATE } from '@gea-arch/fixtures';
import { buildSemanticModel } from '@gea-arch/language';

const OPTIONS = { evaluationDate: TEST_DATE };
const everyConstruct = () => buildDocuments(readFileSync(EVERY_CONSTRUCT, 'utf8'));

describe('the model built again from the same documents', () => {
  it('is the same model, sharing what each declaration says of itself', async () => {
    const documents = await everyConstruct();
    const first = buildSemanticModel(documents, OPTIONS);
    const again = buildSemanticModel(documents, OPTIONS);
    // Identity compared as booleans: vitest's toBe looks for deep equality in a cyclic model when the objects differ.
    expect(again === first).toBe(false);
    expect(plainElements(again)).toEqual(plainElements(first));
    expect([...again.byId.keys()]).toEqual([...first.byId.keys()]);
    again.elements.forEach((element, at) => {
      const before = first.elements[at]!;
      expect(element === before).toBe(false);
      expect(element.names).toBe(before.names);
      expect(element.sources).toBe(before.sources);
      expect(element.head).toBe(before.head);
    });
    expect(again.elements.length).toBeGreaterThan(20);
  });

  it('reads titles and descriptions anew in another default locale', async () => {
    const documents = await buildDocuments('/** Тайлбар */\nagency a "Газар" { kind agency }\n');
    const mongolian = buildSemanticModel(documents, { ...OPTIONS, defaultLocale: 'mn' }).agencies[0]!;
    const english = buildSemanticModel(documents, { ...OPTIONS, defaultLocale: 'en' }).agencies[0]!;
    expect(mongolian.names).toEqual({ mn: 'Газар' });
    expect(mongolian.descriptions).toEqual({ mn: 'Тайлбар' });
    expect(english.names).toEqual({ en: 'Газар' });
    expect(english.descriptions).toEqual({ en: 'Тайлбар' });
    expect(buildSemanticModel(documents, { ...OPTIONS, defaultLocale: 'mn' }).agencies[0]!.names).toEqual({ mn: 'Газар' });
  });

  it('reads a document parsed again from its new text', async () => {
    const before = buildSemanticModel(await buildDocuments('agency a "Нэг" { kind agency }\n'), OPTIONS);
    const after = buildSemanticModel(await buildDocuments('agency a "Хоёр" {\n  kind agency\n}\n'), OPTIONS);
    expect(before.agencies[0]!.names).toEqual({ mn: 'Нэг' });
    expect(after.agencies[0]!.names).toEqual({ mn: 'Хоёр' });
    expect(after.agencies[0]!.source.end.line).toBe(2);
  });
});
