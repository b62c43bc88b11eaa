import { describe, expect, it } from 'vitest';
import { lifecycleOrder } from '../../src/rules/lifecycle-order.js';
import { runRules } from '@gea-arch/core';
import { analyze, brief, findingsOf, TEST_DATE } from '@gea-arch/fixtures';

// Lines 2–4; models below start on line 5.
const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Газар" { }`;

describe('lifecycle-order', () => {
  it('reports an element whose `until` comes before its `from`, at `until`, at every plateau', async () => {
    const findings = await findingsOf(
      lifecycleOrder,
      `${BASE}
system archive "Архив" {
  owner gasr
  from target
  until current
}`,
    );
    expect(brief(findings)).toEqual(['lifecycle-order@8']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('archive');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('system `archive` has `from target` (2028-12-31) and `until current` (2026-01-01)');
    expect(findings[0]!.message).toContain('`until` must name a plateau dated after `from`');
  });

  it('is found once a run, and again in the language of the next run on the same model', async () => {
    const { model } = await analyze(`${BASE}\ndata d "Өгөгдөл" { owner gasr from current until current }`);
    const [english] = runRules(model, [lifecycleOrder], { evaluationDate: TEST_DATE, locale: 'en' });
    const [mongolian] = runRules(model, [lifecycleOrder], { evaluationDate: TEST_DATE, locale: 'mn' });
    expect(english!.plateaus).toEqual(['current', 'target']);
    expect(english!.message).toContain('the same plateau');
    expect(mongolian!.message).toMatch(/[\u0400-\u04FF]/);
  });

  it('reports `from P until P`', async () => {
    const findings = await findingsOf(lifecycleOrder, `${BASE}\ndata d "Өгөгдөл" { owner gasr from current until current }`);
    expect(brief(findings)).toEqual(['lifecycle-order@5']);
    expect(findings[0]!.message).toContain('the same plateau');
  });

  it('reports two plateaus with one date (plateau-order aside)', async () => {
    const { findings } = await analyze(
      `${BASE}
plateau also "Бас" { date 2028-12-31 }
platform p "Платформ" { operator gasr from target until also }`,
      { rules: [lifecycleOrder] },
    );
    expect(brief(findings)).toEqual(['plateau-order@5', 'lifecycle-order@6']);
  });

  it('accepts `from` before `until`, and either alone', async () => {
    const findings = await findingsOf(
      lifecycleOrder,
      `${BASE}
system a "А" { owner gasr from current until target }
system b "Б" { owner gasr until current }
system c "В" { owner gasr from target }`,
    );
    expect(findings).toEqual([]);
  });

  it('checks statement lifecycles, in parentheses and in blocks', async () => {
    const findings = await findingsOf(
      lifecycleOrder,
      `${BASE}
data d "Өгөгдөл" { owner gasr }
platform cloud "Үүл" { operator gasr }
interface api "API" { provider s }
system s "Систем" {
  owner gasr
  masters d (from target until current)
  uses cloud (from target until target)
  consumes api {
    from target
    until current
  }
}`,
    );
    expect(brief(findings)).toEqual(['lifecycle-order@10', 'lifecycle-order@11', 'lifecycle-order@14']);
    expect(findings.map((f) => f.message.split(' has ')[0])).toEqual([
      'the `masters` statement of system `s`',
      'the `uses` statement of system `s`',
      'the `consumes` statement of system `s`',
    ]);
    expect(findings.every((f) => f.element === 's')).toBe(true);
  });

  it('reports a list statement once', async () => {
    const findings = await findingsOf(
      lifecycleOrder,
      `${BASE}
data a "А" { owner gasr }
data b "Б" { owner gasr }
system s "Систем" { owner gasr masters a, b (from target until current) }`,
    );
    expect(brief(findings)).toEqual(['lifecycle-order@7']);
  });

  it('does not fire when a plateau is unresolved (only unresolved-reference does)', async () => {
    const { findings } = await analyze(`${BASE}\nsystem s "Систем" { owner gasr from target until curent }`, { rules: [lifecycleOrder] });
    expect(brief(findings)).toEqual(['unresolved-reference@5']);
  });

  describe("a statement outside its element's life", () => {
    const THREE = `
plateau current "Одоо" { date 2026-01-01 }
plateau middle "Дунд" { date 2027-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Газар" { }
data d "Өгөгдөл" { owner gasr }
platform cloud "Үүл" { operator gasr }`;

    it("warns, at the statement's `until`, of one that ends before its system begins", async () => {
      const findings = await findingsOf(
        lifecycleOrder,
        `${THREE}
system s "Систем" {
  owner gasr
  from middle
  until target
  stores d (until current)
}`,
      );
      expect(brief(findings)).toEqual(['lifecycle-order@12']);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.element).toBe('s');
      expect(findings[0]!.source.start.character).toBe('  stores d ('.length);
      expect(findings[0]!.message).toBe(
        "the `stores` statement of system `s` has `until current` (2026-01-01), outside the system's life (`from middle`, 2027-01-01), " +
          "so the statement exists at no plateau; name a plateau within the system's life in its `until`, or remove the statement",
      );
    });

    it("warns, at the statement's `from`, of one that begins once its system has ended, or ends where it begins", async () => {
      const findings = await findingsOf(
        lifecycleOrder,
        `${THREE}
system s "Систем" {
  owner gasr
  from middle
  until target
  uses cloud (from target)
  masters d (from current until middle)
}`,
      );
      expect(brief(findings)).toEqual(['lifecycle-order@12', 'lifecycle-order@13']);
      expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
      expect(findings[0]!.message).toContain("has `from target` (2028-12-31), outside the system's life (`until target`, 2028-12-31)");
      expect(findings[1]!.message).toContain("has `until middle` (2027-01-01), outside the system's life (`from middle`, 2027-01-01)");
    });

    it('says so in Mongolian', async () => {
      const findings = await findingsOf(
        lifecycleOrder,
        `${THREE}
system s "Систем" { owner gasr from middle stores d (until current) }`,
        {
          locale: 'mn',
        },
      );
      expect(findings[0]!.message).toBe(
        '`s` системийн `stores` заалтын `until current` (2026-01-01) нь системийн амьдралын мөчлөгөөс (`from middle`, 2027-01-01) гадуур ' +
          'тул заалт ямар ч үе шатанд оршин байхгүй; `until` заалтад системийн амьдралын мөчлөг доторх үе шатыг нэрлэх, эсвэл заалтыг устгана уу',
      );
    });

    it('accepts a statement that meets its system at one plateau, and says nothing more where a lifecycle is reversed', async () => {
      const findings = await findingsOf(
        lifecycleOrder,
        `${THREE}
system s "Систем" {
  owner gasr
  from middle
  until target
  stores d (from current until target)
  uses cloud (from middle)
}
system reversed "Урвуу" {
  owner gasr
  from target
  until middle
  stores d (until current)
  uses cloud (from target until current)
}`,
      );
      expect(brief(findings)).toEqual(['lifecycle-order@18', 'lifecycle-order@20']);
      expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    });
  });

  it('is waived by a waiver on the element', async () => {
    const findings = await findingsOf(
      lifecycleOrder,
      `${BASE}
system archive "Архив" { owner gasr from target until current }
waiver later { rule lifecycle-order on archive reason "Засварлана" }`,
    );
    expect(brief(findings)).toEqual(['lifecycle-order@5~']);
  });
});
