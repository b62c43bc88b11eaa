import { describe, expect, it } from 'vitest';
import { ownerExists } from '../../src/rules/owner-exists.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

const PLATEAUS = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }`;

describe('owner-exists', () => {
  it('reports an owner that is gone at a plateau where the data asset still exists, at the `owner` statement', async () => {
    const findings = await findingsOf(
      ownerExists,
      `${PLATEAUS}
agency hosp "Эмнэлэг" { until target }
data patient "Өвчтөн" {
  owner hosp
}`,
    );
    expect(brief(findings)).toEqual(['owner-exists@6']);
    expect(findings[0]!.plateaus).toEqual(['target']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('patient');
    expect(findings[0]!.message).toContain('data asset `patient` has owner agency `hosp`');
    expect(findings[0]!.message).not.toContain('target');
  });

  it('reports an owner that arrives only after the element', async () => {
    const findings = await findingsOf(
      ownerExists,
      `${PLATEAUS}
agency newco "Шинэ газар" { from target }
system s "Систем" {
  owner newco
}`,
    );
    expect(brief(findings)).toEqual(['owner-exists@6']);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('checks operators, providers and parents too', async () => {
    const findings = await findingsOf(
      ownerExists,
      `${PLATEAUS}
agency old "Хуучин" { until target }
agency gasr "Газар" { }
agency child "Салбар" { parent old }
platform khur "ХУР" { operator old }
trust ca "CA" { operator old }
system s "Систем" { owner gasr operator old }
system legacy "Хуучин систем" { owner gasr until target }
interface api "API" { provider legacy }`,
    );
    expect(brief(findings)).toEqual(['owner-exists@6', 'owner-exists@7', 'owner-exists@8', 'owner-exists@9', 'owner-exists@11']);
    expect(findings.map((f) => f.message.split(',')[0])).toEqual([
      'agency `child` has parent agency `old`',
      'platform `khur` has operator agency `old`',
      'trust service `ca` has operator agency `old`',
      'system `s` has operator agency `old`',
      'interface `api` has provider system `legacy`',
    ]);
  });

  it('does not fire when the element ends with its owner', async () => {
    const findings = await findingsOf(
      ownerExists,
      `${PLATEAUS}
agency hosp "Эмнэлэг" { until target }
data patient "Өвчтөн" { owner hosp until target }`,
    );
    expect(findings).toEqual([]);
  });

  it('does not fire for an unresolved owner (only unresolved-reference does) or a missing one', async () => {
    const { findings } = await analyze(`${PLATEAUS}\nsystem s "Систем" { owner nobody }\nsystem t "Систем" { }`, { rules: [ownerExists] });
    expect(brief(findings)).toEqual(['unresolved-reference@4']);
  });

  it('is waived by a waiver on the element', async () => {
    const findings = await findingsOf(
      ownerExists,
      `${PLATEAUS}
agency hosp "Эмнэлэг" { until target }
data patient "Өвчтөн" {
  owner hosp
}
waiver moving { rule owner-exists on patient reason "Шилжүүлэх шийдвэр гараагүй" }`,
    );
    expect(brief(findings)).toEqual(['owner-exists@6~']);
  });

  it("stops being waived at the waiver's `until`", async () => {
    const findings = await findingsOf(
      ownerExists,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau mid "Дунд" { date 2027-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency hosp "Эмнэлэг" { until mid }
data patient "Өвчтөн" {
  owner hosp
}
waiver moving { rule owner-exists on patient reason "Шилжилт" until target }`,
    );
    expect(brief(findings).sort()).toEqual(['owner-exists@7', 'owner-exists@7~']);
    expect(findings.find((f) => f.waived)!.plateaus).toEqual(['mid']);
    expect(findings.find((f) => !f.waived)!.plateaus).toEqual(['target']);
  });
});
