import { describe, expect, it } from 'vitest';
import { singleMaster } from '../../src/rules/single-master.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

const PLATEAUS = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }`;

describe('single-master', () => {
  it('reports a data asset with no master at its first line, saying what to add', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
data citizen "Иргэн" {
  owner gasr
}`,
    );
    expect(brief(findings)).toEqual(['single-master@3']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('citizen');
    expect(findings[0]!.message).toContain('data asset `citizen` has no master system');
    expect(findings[0]!.message).toContain('add `masters citizen`');
  });

  it('leaves an asset that a `masters` naming nothing declared may mean to unresolved-reference, not one it cannot', async () => {
    const { findings } = await analyze(`
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
data vehicle "Тээврийн хэрэгсэл" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizn }`);
    expect(brief(findings)).toEqual(['single-master@4', 'unresolved-reference@5']);
    expect(findings[0]!.element).toBe('vehicle');
  });

  it('reports no master at a plateau where the master has retired', async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system legacy "Хуучин" { owner gasr until target masters citizen }`,
    );
    expect(brief(findings)).toEqual(['single-master@5']);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('reports no master at a plateau where the `masters` statement has ended', async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system registry "Бүртгэл" {
  owner gasr
  masters citizen (until target)
}`,
    );
    expect(brief(findings)).toEqual(['single-master@5']);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('accepts a master handed over from one system to another', async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system legacy "Хуучин" { owner gasr until target masters citizen }
system registry "Шинэ" { owner gasr from target masters citizen }`,
    );
    expect(findings).toEqual([]);
  });

  it('reports two masters once at each `masters` statement, naming the other', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
agency mta "Татвар" { }
data citizen "Иргэн" { owner gasr }
system registry "Бүртгэл" {
  owner gasr
  masters citizen
}
system tax "Татвар" {
  owner mta
  masters citizen
}`,
    );
    expect(brief(findings)).toEqual(['single-master@7', 'single-master@11']);
    expect(findings[0]!.message).toContain('system `registry` masters data asset `citizen`, which `tax` also masters');
    expect(findings[1]!.message).toContain('system `tax` masters data asset `citizen`, which `registry` also masters');
    expect(findings.every((f) => f.element === 'citizen')).toBe(true);
  });

  it("reports one finding at a `masters` statement whose rival differs by plateau, with the earliest plateau's message", async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system old_registry "Хуучин" { owner gasr until target masters citizen }
system new_registry "Шинэ" { owner gasr masters citizen }
system next_registry "Дараагийн" { owner gasr from target masters citizen }`,
    );
    expect(brief(findings)).toEqual(['single-master@6', 'single-master@7', 'single-master@8']);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['current', 'target'], ['target']]);
    expect(findings[1]!.message).toContain('system `new_registry` masters data asset `citizen`, which `old_registry` also masters');
  });

  it('reports two masters only at the plateaus where both exist', async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system legacy "Хуучин" { owner gasr masters citizen (until target) }
system registry "Шинэ" { owner gasr masters citizen }`,
    );
    expect(brief(findings)).toEqual(['single-master@6', 'single-master@7']);
    expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['current']]);
  });

  it('finds a second master in a `masters` list', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
data address "Хаяг" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizen, address }
system other "Өөр" { owner gasr masters address }`,
    );
    expect(brief(findings)).toEqual(['single-master@5', 'single-master@6']);
    expect(findings.every((f) => f.element === 'address')).toBe(true);
  });

  it('counts a system that masters an asset in two statements as one master', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizen masters citizen }`,
    );
    expect(findings).toEqual([]);
  });

  it('names each rival once when a system masters an asset twice beside another system', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
system registry "Бүртгэл" {
  owner gasr
  masters citizen
  masters citizen
}
system copy "Хуулбар" { owner gasr masters citizen }`,
    );
    expect(brief(findings)).toEqual(['single-master@6', 'single-master@7', 'single-master@9']);
    expect(findings[0]!.message).toContain('system `registry` masters data asset `citizen`, which `copy` also masters;');
    expect(findings[2]!.message).toContain('system `copy` masters data asset `citizen`, which `registry` also masters;');
  });

  it('does not report a data asset at plateaus where it does not exist', async () => {
    const findings = await findingsOf(
      singleMaster,
      `${PLATEAUS}
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr from target }
system registry "Бүртгэл" { owner gasr until target masters citizen }`,
    );
    expect(brief(findings)).toEqual(['single-master@5']);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('leaves a second declaration with the same name to duplicate-name', async () => {
    const { findings } = await analyze(
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
data citizen "Давхар" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizen }`,
      { rules: [singleMaster] },
    );
    expect(brief(findings)).toEqual(['duplicate-name@3', 'duplicate-name@4']);
  });

  it('does not count an unresolved `masters` reference for any asset, and does not report at it', async () => {
    const { findings } = await analyze(`agency gasr "Газар" { }\nsystem registry "Бүртгэл" { owner gasr masters citizn }`, {
      rules: [singleMaster],
    });
    expect(brief(findings)).toEqual(['unresolved-reference@2']);
  });

  it('is waived by a waiver on the data asset, and on the system for its `masters` statement', async () => {
    const findings = await findingsOf(
      singleMaster,
      `
agency gasr "Газар" { }
data citizen "Иргэн" { owner gasr }
data orphan "Өнчин" { owner gasr }
system registry "Бүртгэл" { owner gasr masters citizen }
system copy "Хуулбар" { owner gasr masters citizen }
waiver on_data { rule single-master on orphan reason "Шилжилт" }
waiver on_system { rule single-master on copy reason "Шилжилт" }`,
    );
    expect(brief(findings)).toEqual(['single-master@4~', 'single-master@5', 'single-master@6~']);
  });
});
