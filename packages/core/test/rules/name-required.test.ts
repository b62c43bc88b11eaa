import { describe, expect, it } from 'vitest';
import type { Element } from '@gea-arch/core';
import { nameIn, nameRequired } from '../../src/rules/name-required.js';
import { brief, findingsOf } from '@gea-arch/fixtures';

describe('name-required', () => {
  it('reports an agency without a default-locale name at its first line', async () => {
    const findings = await findingsOf(nameRequired, `\nagency sia {\n  kind agency\n}`);
    expect(brief(findings)).toEqual(['name-required@2']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('sia');
    expect(findings[0]!.message).toContain('agency `sia` has no name in the default locale `mn`');
    expect(findings[0]!.message).toContain('`agency sia "…"`');
  });

  it('checks laws, plateaus, agencies, platforms, trust services, data, systems and interfaces, but not views or waivers', async () => {
    const findings = await findingsOf(
      nameRequired,
      `
law l { }
plateau p { date 2026-01-01 }
agency a { }
platform pl { operator a }
trust t { operator a }
data d { owner a }
system s { owner a }
interface i { provider s }
view v { kind landscape }
waiver w { rule owner-required on s reason "…" }`,
    );
    expect(brief(findings)).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((line) => `name-required@${line}`));
  });

  it('accepts a `name` property in the default locale instead of a title', async () => {
    const findings = await findingsOf(nameRequired, `agency sia { name mn "Нийгмийн даатгал" }`);
    expect(findings).toEqual([]);
  });

  it('does not count a name in another locale, or a blank title', async () => {
    const findings = await findingsOf(nameRequired, `agency sia { name en "Social Insurance" }\nagency blank "  " { }`);
    expect(brief(findings)).toEqual(['name-required@1', 'name-required@2']);
  });

  it('counts a name of white space alone as blank, whichever white space it is', () => {
    const named = (name: string) => ({ names: { mn: name } }) as unknown as Element;
    for (const blank of ['', ' ', '\t\n', '\u00a0', '\u1680', '\u2003 ', '\u3000', '\ufeff'])
      expect(nameIn(named(blank), 'mn')).toBeUndefined();
    for (const name of ['a', 'Нийгэм', ' x', '\u00a0Б', '1', '\u0085', '\u1681', '蒙古']) expect(nameIn(named(name), 'mn')).toBe(name);
    expect(nameIn(named('a'), 'en')).toBeUndefined();
  });

  it('uses the default locale of the workspace', async () => {
    const findings = await findingsOf(nameRequired, `agency a "Agency A" { }\nagency b { name mn "Б газар" }`, { defaultLocale: 'en' });
    expect(brief(findings)).toEqual(['name-required@2']);
    expect(findings[0]!.message).toContain('default locale `en`');
  });

  it('reports only at the plateaus where the element exists', async () => {
    const findings = await findingsOf(
      nameRequired,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency newco { from target }`,
    );
    expect(findings.map((f) => f.plateaus)).toEqual([['target']]);
  });

  it('is waived by a waiver on the element', async () => {
    const findings = await findingsOf(nameRequired, `agency sia { }\nwaiver later { rule name-required on sia reason "Нэр батлагдаагүй" }`);
    expect(brief(findings)).toEqual(['name-required@1~']);
  });
});
