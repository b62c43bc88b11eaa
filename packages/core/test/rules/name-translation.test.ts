import { describe, expect, it } from 'vitest';
import { nameTranslation } from '../../src/rules/name-translation.js';
import { brief, findingsOf } from '@gea-arch/fixtures';

const BILINGUAL = { locales: ['mn', 'en'] } as const;

describe('name-translation', () => {
  it('reports an element without a name in an expected locale at its first line, as info', async () => {
    const findings = await findingsOf(nameTranslation, `\nagency gasr "Улсын бүртгэлийн ерөнхий газар" { kind agency }`, BILINGUAL);
    expect(brief(findings)).toEqual(['name-translation@2']);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.element).toBe('gasr');
    expect(findings[0]!.message).toContain('agency `gasr` has no name in `en`');
    expect(findings[0]!.message).toContain('add `name en "…"`');
  });

  it('accepts an element named in every expected locale', async () => {
    const findings = await findingsOf(nameTranslation, `agency gasr "Газар" { name en "General Authority" }`, BILINGUAL);
    expect(findings).toEqual([]);
  });

  it('lists every missing locale in one finding per element', async () => {
    const findings = await findingsOf(nameTranslation, `agency gasr "Газар" { name en "General Authority" }\ndata d "Өгөгдөл" { }`, {
      locales: ['mn', 'en', 'ru', 'zh'],
    });
    expect(brief(findings)).toEqual(['name-translation@1', 'name-translation@2']);
    expect(findings[0]!.message).toContain('no name in `ru`, `zh`');
    expect(findings[1]!.message).toContain('no name in `en`, `ru`, `zh`');
  });

  it('leaves an element without a default-locale name to name-required', async () => {
    const findings = await findingsOf(nameTranslation, `agency sia { kind agency }`, BILINGUAL);
    expect(findings).toEqual([]);
  });

  it('expects nothing more when only the default locale is listed (the default)', async () => {
    expect(await findingsOf(nameTranslation, `agency gasr "Газар" { }`)).toEqual([]);
    expect(await findingsOf(nameTranslation, `agency gasr "Газар" { }`, { locales: ['mn'] })).toEqual([]);
  });

  it('does not check views or waivers', async () => {
    const findings = await findingsOf(
      nameTranslation,
      `agency a "А" { name en "A" }\nview v "Харагдац" { kind landscape }\nwaiver w { rule owner-required on a reason "…" }`,
      BILINGUAL,
    );
    expect(findings).toEqual([]);
  });

  it('reports only at the plateaus where the element exists, and is waived by a waiver on it', async () => {
    const findings = await findingsOf(
      nameTranslation,
      `
plateau current "Одоо" { date 2026-01-01 name en "Current" }
plateau target "Зорилт" { date 2028-12-31 name en "Target" }
agency old "Хуучин" { until target }
agency newco "Шинэ" { from target }
waiver later { rule name-translation on newco reason "Орчуулга хийгдэж байна" }`,
      BILINGUAL,
    );
    expect(brief(findings)).toEqual(['name-translation@4', 'name-translation@5~']);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['target']]);
  });
});
