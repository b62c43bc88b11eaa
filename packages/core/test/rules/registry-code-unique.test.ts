import { describe, expect, it } from 'vitest';
import { registryCodeUnique } from '../../src/rules/registry-code-unique.js';
import { brief, findingsOf } from '@gea-arch/fixtures';

describe('registry-code-unique', () => {
  it('reports the later agency once, at its `registry-code`, naming the earlier', async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
agency gasr "Газар" { registry-code "9000002" }
agency mta "Татвар" {
  kind agency
  registry-code "9000002"
}`,
    );
    expect(brief(findings)).toEqual(['registry-code-unique@5']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('mta');
    expect(findings[0]!.message).toContain('agency `mta` has registry-code "9000002", which agency `gasr` (line 2) already has');
  });

  it('reports every later agency of three that share a code once, naming the first and how many others have it', async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
agency a "А" { registry-code "1" }
agency b "Б" { registry-code "1" }
agency c "В" { registry-code "1" }
agency d "Г" { registry-code "2" }`,
    );
    expect(brief(findings)).toEqual(['registry-code-unique@3', 'registry-code-unique@4']);
    expect(findings[0]!.message).toContain('agency `b` has registry-code "1", which agency `a` (line 2) already has;');
    expect(findings[1]!.message).toContain('agency `c` has registry-code "1", which agency `a` (line 2) and 1 other agency already have;');
  });

  it('gives n agencies with one code n - 1 findings', async () => {
    const agencies = Array.from({ length: 50 }, (_, i) => `agency a${i} "А${i}" { registry-code "7" }`).join('\n');
    const findings = await findingsOf(registryCodeUnique, agencies);
    expect(findings).toHaveLength(49);
    expect(findings[48]!.message).toContain('agency `a0` (line 1) and 48 other agencies already have');
  });

  it("reports one finding at a `registry-code` whose first holder differs by plateau, with the earliest plateau's message", async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency old "Хуучин" { registry-code "5" until target }
agency successor "Залгамжлагч" { registry-code "5" }
agency branch "Салбар" { registry-code "5" }`,
    );
    expect(brief(findings)).toEqual(['registry-code-unique@5', 'registry-code-unique@6']);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['current', 'target']]);
    expect(findings[1]!.message).toContain('which agency `old` (line 4) and 1 other agency already have');
  });

  it('orders across files by workspace-relative path, then line, and names the other file by that path', async () => {
    const findings = await findingsOf(registryCodeUnique, {
      'b.gea': `agency later "Сүүлд" { registry-code "7" }`,
      'a/reg.gea': `\n\nagency earlier "Эрт" { registry-code "7" }`,
    });
    expect(findings.map((f) => `${f.source.uri.slice(-5)}:${f.source.start.line + 1}`)).toEqual(['b.gea:1']);
    expect(findings[0]!.message).toContain('agency `earlier` (a/reg.gea:3)');
  });

  it('orders by workspace-relative path, not by URI (where Cyrillic names are percent-encoded)', async () => {
    const findings = await findingsOf(registryCodeUnique, {
      'Б.gea': `agency be "Бэ" { registry-code "7" }`,
      'z.gea': `agency zed "Зэд" { registry-code "7" }`,
    });
    expect(findings.map((f) => f.element)).toEqual(['be']);
    expect(findings[0]!.message).toContain('agency `zed` (z.gea:1)');
  });

  it('does not report agencies that never exist at the same plateau', async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency old "Хуучин" { registry-code "5" until target }
agency successor "Залгамжлагч" { registry-code "5" from target }`,
    );
    expect(findings).toEqual([]);
  });

  it('reports only at the plateaus where both agencies exist', async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency old "Хуучин" { registry-code "5" }
agency successor "Залгамжлагч" { registry-code "5" from target }`,
    );
    expect(brief(findings)).toEqual(['registry-code-unique@5']);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('is waived by a waiver on the later agency', async () => {
    const findings = await findingsOf(
      registryCodeUnique,
      `
agency gasr "Газар" { registry-code "9" }
agency branch "Салбар" { registry-code "9" }
waiver same_entity { rule registry-code-unique on branch reason "Нэг хуулийн этгээд" }`,
    );
    expect(brief(findings)).toEqual(['registry-code-unique@3~']);
  });
});
