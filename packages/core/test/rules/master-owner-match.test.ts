import { describe, expect, it } from 'vitest';
import { masterOwnerMatch } from '../../src/rules/master-owner-match.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

const AGENCIES = `
agency gasr "Газар" { }
agency mta "Татвар" { }`;

describe('master-owner-match', () => {
  it('reports a master owned by another agency at the `masters` statement, as a warning', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
data citizen "Иргэн" { owner gasr }
system tax "Татвар" {
  owner mta
  masters citizen
}`,
    );
    expect(brief(findings)).toEqual(['master-owner-match@7']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('tax');
    expect(findings[0]!.message).toContain('system `tax` masters data asset `citizen`, but it is owned by agency `mta`');
    expect(findings[0]!.message).toContain("not by the asset's owner agency `gasr`");
  });

  it("accepts a master owned by the asset's owner, or operated by it", async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
data citizen "Иргэн" { owner gasr }
data taxpayer "Татвар төлөгч" { owner mta }
system registry "Бүртгэл" { owner gasr masters citizen }
system hosted "Байршуулсан" { owner gasr operator mta masters taxpayer }`,
    );
    expect(findings).toEqual([]);
  });

  it('reports a `masters` list once, naming every asset of another agency in it', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
agency ndc "Төв" { }
data citizen "Иргэн" { owner gasr }
data dataset "Мэдээлэл" { owner ndc }
data taxpayer "Татвар төлөгч" { owner mta }
system tax "Татвар" { owner mta masters citizen, taxpayer, dataset }`,
    );
    expect(brief(findings)).toEqual(['master-owner-match@8']);
    expect(findings[0]!.message).toContain(
      "system `tax` masters data asset `citizen` of `gasr` and data asset `dataset` of `ndc`, but it is owned by agency `mta`, not by those assets' owners",
    );
  });

  it('names the operator when neither owner nor operator is the asset owner', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
agency ndc "Төв" { }
data citizen "Иргэн" { owner gasr }
system tax "Татвар" { owner mta operator ndc masters citizen }`,
    );
    expect(brief(findings)).toEqual(['master-owner-match@6']);
    expect(findings[0]!.message).toContain('owned by agency `mta` and operated by agency `ndc`');
  });

  it('does not fire when the system or the asset has no owner (owner-required does)', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
data citizen "Иргэн" { owner gasr }
data orphan "Өнчин" { }
system nobody "Эзэнгүй" { masters citizen }
system tax "Татвар" { owner mta masters orphan }`,
    );
    expect(findings).toEqual([]);
  });

  it('does not fire when an owner is unresolved (only unresolved-reference does)', async () => {
    const { findings } = await analyze(
      `${AGENCIES}
data citizen "Иргэн" { owner gasr }
system tax "Татвар" { owner mtaa masters citizen }`,
      { rules: [masterOwnerMatch] },
    );
    expect(brief(findings)).toEqual(['unresolved-reference@5']);
  });

  it('does not fire at a plateau where an owner does not exist (owner-exists does)', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Газар" { }
agency mta "Татвар" { until target }
data citizen "Иргэн" { owner gasr }
system tax "Татвар" { owner mta masters citizen }`,
    );
    expect(brief(findings)).toEqual(['master-owner-match@7']);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('reports only while the `masters` statement exists', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Газар" { }
agency mta "Татвар" { }
data citizen "Иргэн" { owner gasr }
system tax "Татвар" { owner mta masters citizen (from target) }`,
    );
    expect(findings.map((f) => f.plateaus)).toEqual([['target']]);
  });

  it('is waived by a waiver on the system', async () => {
    const findings = await findingsOf(
      masterOwnerMatch,
      `${AGENCIES}
data citizen "Иргэн" { owner gasr }
system tax "Татвар" { owner mta masters citizen }
waiver legacy { rule master-owner-match on tax reason "Түр" }`,
    );
    expect(brief(findings)).toEqual(['master-owner-match@5~']);
  });
});
