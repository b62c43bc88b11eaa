import { describe, expect, it } from 'vitest';
import { modelAt, modelUpdated, runRules, type Data, type Finding, type SemanticModel } from '@gea-arch/core';
import { assetShapes, shapesInTable } from '../../src/rules/asset-shapes.js';
import { duplicateData } from '../../src/rules/duplicate-data.js';
import { analyze, brief, findingsOf, TEST_DATE } from '@gea-arch/fixtures';

const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Бүртгэл" { kind agency }
agency mta "Татвар" { kind agency }
agency sia "Даатгал" { kind agency }
data citizen "Иргэн" {
  owner gasr
  field register_no string "Регистр" key
  field surname string "Овог"
}
`;
// BASE fills lines 1-11; `data citizen` is on line 7, an appended model starts on line 12.
const CITIZEN = 7;
const at = (line: number) => line + 11;

describe('duplicate-data', () => {
  it('reports the later of two assets of different agencies with the same key and mostly the same fields, naming the earlier', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data taxpayer "Татвар төлөгч" {
  owner mta
  field register_no string "Регистр" key
  field surname string "Овог"
  field tin string "ТТД"
}`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('taxpayer');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'data asset `taxpayer` of `mta` looks like a copy of `citizen` of `gasr`: both are keyed by `register_no` and share the field names ' +
        "`register_no`, `surname`, 2 of the smaller asset's 2; if it is the same data, consume it from `citizen`'s master through an interface " +
        'and keep only what is your own, otherwise waive this with a reason',
    );
  });

  it('accepts the same shape kept by one agency', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE + `data archive "Архив" { owner gasr field register_no string "Регистр" key field surname string "Овог" }`,
    );
    expect(findings).toEqual([]);
  });

  it('needs a field that is key in both assets', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data taxpayer "Татвар төлөгч" { owner mta field tin string "ТТД" key field register_no string "Регистр" field surname string "Овог" }`,
    );
    expect(findings).toEqual([]);
  });

  it("reports when exactly half of the smaller asset's field names are in common", async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data person "Хүн" {
  owner sia
  field register_no string "Регистр" key
  field surname string "Овог"
  field given string "Нэр"
  field phone string "Утас"
}
data insured "Даатгуулагч" {
  owner mta
  field register_no string "Регистр" key
  field given string "Нэр"
  field salary decimal "Цалин"
  field employer string "Ажил олгогч"
}`,
    );
    // person–citizen: 2 of 2; insured–citizen: 1 of 2 (half); insured–person: 2 of 4 (half).
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`, `duplicate-data@${at(8)}`]);
    expect(findings.map((f) => /looks like a copy of `(\w+)` of `\w+`( \(and of 1 other asset\))?:/.exec(f.message)!.slice(1))).toEqual([
      ['citizen', undefined],
      ['citizen', ' (and of 1 other asset)'],
    ]);
  });

  it("does not report when fewer than half of the smaller asset's field names are in common", async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data taxpayer "Татвар төлөгч" {
  owner mta
  field register_no string "Регистр" key
  field tin string "ТТД"
  field income decimal "Орлого"
}`,
    );
    // 1 of the smaller asset's 2 is half: reported; the same with a third citizen field is not.
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`]);
    const fewer = await findingsOf(
      duplicateData,
      BASE.replace('  field surname string "Овог"\n', '  field surname string "Овог"\n  field birth date "Төрсөн"\n') +
        `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field tin string "ТТД" field income decimal "Орлого" }`,
    );
    expect(fewer).toEqual([]);
  });

  it('reports each later asset once, naming the first match and how many others match', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" }
data insured "Даатгуулагч" { owner sia field register_no string "Регистр" key field surname string "Овог" }
data pensioner "Тэтгэвэр авагч" { owner sia field register_no string "Регистр" key field surname string "Овог" field pension decimal "Тэтгэвэр" }`,
    );
    // pensioner matches citizen and taxpayer; insured is of its own agency and does not count.
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`, `duplicate-data@${at(2)}`, `duplicate-data@${at(3)}`]);
    expect(findings[1]!.message).toContain('`insured` of `sia` looks like a copy of `citizen` of `gasr` (and of 1 other asset):');
    expect(findings[2]!.message).toContain('`pensioner` of `sia` looks like a copy of `citizen` of `gasr` (and of 1 other asset):');
    expect(findings[2]!.message).toContain("share the field names `register_no`, `surname`, 2 of the smaller asset's 2");
  });

  it('names the first earlier match of another agency, past earlier assets of its own agency', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data gasr_copy "Хуулбар" { owner gasr field register_no string "Регистр" key field surname string "Овог" }
data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" }
data gasr_again "Дахин" { owner gasr field register_no string "Регистр" key field surname string "Овог" field extra string "Нэмэлт" }`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(2)}`, `duplicate-data@${at(3)}`]);
    expect(findings[0]!.message).toContain('`taxpayer` of `mta` looks like a copy of `citizen` of `gasr` (and of 1 other asset):');
    expect(findings[1]!.message).toContain('`gasr_again` of `gasr` looks like a copy of `taxpayer` of `mta`:');
  });

  it("reports one finding at an asset whose first match differs by plateau, with the earliest plateau's message", async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE.replace('  owner gasr\n', '  owner gasr until target\n') +
        `data person "Хүн" { owner sia field register_no string "Регистр" key field surname string "Овог" }
data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" }`,
    );
    // At current taxpayer looks like citizen and person; at target, with citizen gone, like person only.
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`, `duplicate-data@${at(2)}`]);
    expect(findings[1]!.plateaus).toEqual(['current', 'target']);
    expect(findings[1]!.message).toContain('looks like a copy of `citizen` of `gasr` (and of 1 other asset)');
  });

  it('reports a pair that shares two key names once', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE.replace('field surname string "Овог"', 'field surname string "Овог" key') +
        `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" key }`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`]);
    expect(findings[0]!.message).toContain('both are keyed by `register_no`, `surname`');
  });

  it('orders assets across files by document then line', async () => {
    const findings = await findingsOf(duplicateData, {
      'a.gea': `agency gasr "Бүртгэл" { kind agency }\nagency mta "Татвар" { kind agency }\n\n\n\ndata citizen "Иргэн" { owner gasr field register_no string "Регистр" key }`,
      'b.gea': `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key }`,
    });
    expect(findings.map((f) => `${f.source.uri.replace('file:///ws/', '')}:${f.source.start.line + 1}`)).toEqual(['b.gea:1']);
    expect(findings[0]!.message).toContain('`taxpayer` of `mta` looks like a copy of `citizen` of `gasr`');
  });

  it('reports only at the plateaus where both assets exist', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE + `data taxpayer "Татвар төлөгч" { owner mta until target field register_no string "Регистр" key field surname string "Овог" }`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('does not fire when an owner is missing, unresolved or absent at the plateau', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE.replace('agency sia "Даатгал" { kind agency }', 'agency sia "Даатгал" { kind agency from target }') +
        `data a "А" { field register_no string "Регистр" key field surname string "Овог" }
data b "Б" { owner mtaa field register_no string "Регистр" key field surname string "Овог" }
data c "В" { owner sia field register_no string "Регистр" key field surname string "Овог" }`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(3)}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('compares the later asset with the earlier one, not the other way round', async () => {
    const findings = await findingsOf(
      duplicateData,
      `agency gasr "Бүртгэл" { kind agency }
agency mta "Татвар" { kind agency }
data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" field tin string "ТТД" }
data citizen "Иргэн" { owner gasr field register_no string "Регистр" key field surname string "Овог" }`,
    );
    expect(brief(findings)).toEqual(['duplicate-data@4']);
    expect(findings[0]!.element).toBe('citizen');
    expect(findings[0]!.message).toContain('looks like a copy of `taxpayer` of `mta`');
  });

  it('reports a waived finding when the later asset is waived', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE +
        `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" }
waiver own_copy { rule duplicate-data on taxpayer reason "Татварын зорилгоор тусад нь хөтөлдөг" }`,
    );
    expect(brief(findings)).toEqual([`duplicate-data@${at(1)}~`]);
    expect(findings[0]!.waiver).toBe('own_copy');
  });

  it('does not report the earlier asset', async () => {
    const findings = await findingsOf(
      duplicateData,
      BASE + `data taxpayer "Татвар төлөгч" { owner mta field register_no string "Регистр" key field surname string "Овог" }`,
    );
    expect(findings.some((f) => f.source.start.line + 1 === CITIZEN)).toBe(false);
  });
});

describe('duplicate-data at scale', () => {
  /** `count` data assets with the same fields, owned in turn by `agencies` agencies. */
  function identicalAssets(count: number, agencies: number): string {
    const lines = Array.from({ length: agencies }, (_, a) => `agency ag${a} "Агентлаг ${a}" { kind agency }`);
    for (let i = 0; i < count; i++) {
      lines.push(
        `data d${i} "Өгөгдөл ${i}" { owner ag${i % agencies} field register_no string "РД" key field surname string "Овог" field given string "Нэр" }`,
      );
    }
    return lines.join('\n');
  }

  async function timedRule(source: string): Promise<{ findings: Finding[]; ms: number }> {
    const { model } = await analyze(source, { rules: [] });
    const start = performance.now();
    const findings = runRules(model, [duplicateData], { evaluationDate: TEST_DATE, locale: 'en' });
    const ms = performance.now() - start;
    return { findings, ms };
  }

  it('gives 5 000 identical assets of different owners at most 5 000 findings, quickly', async () => {
    const { findings, ms } = await timedRule(identicalAssets(5000, 5000));
    expect(findings.length).toBeLessThanOrEqual(5000);
    expect(findings).toHaveLength(4999);
    expect(findings[4998]!.message).toContain('`d4999` of `ag4999` looks like a copy of `d0` of `ag0` (and of 4998 other assets)');
    expect(ms).toBeLessThan(1500);
  });

  it('reports each of 2 000 identical assets of 10 agencies once but the first, instead of once per pair', async () => {
    const { findings, ms } = await timedRule(identicalAssets(2000, 10));
    expect(findings).toHaveLength(1999);
    // Asset i matches the earlier assets of the other nine agencies: i minus those of its own.
    const last = 1999;
    const matches = last - Math.floor(last / 10);
    expect(findings[findings.length - 1]!.message).toContain(
      `\`d${last}\` of \`ag9\` looks like a copy of \`d0\` of \`ag0\` (and of ${matches - 1} other assets)`,
    );
    const ofFirstAgency = findings.find((f) => f.element === 'd10')!;
    expect(ofFirstAgency.message).toContain('`d10` of `ag0` looks like a copy of `d1` of `ag1` (and of 8 other assets)');
    expect(ms).toBeLessThan(1500);
  });

  it('keeps its index of shapes through a kept model’s updates, made again once it holds well more shapes than are in use', async () => {
    let model: SemanticModel = (await analyze(BASE)).model;
    const plateau = model.plateaus[0]!;
    assetShapes(modelAt(model, plateau));
    for (let edit = 1; edit <= 300; edit++) {
      // The edited document declares the asset anew, with a field renamed: a shape no asset had.
      const before = model.data.find((data) => data.id === 'citizen')!;
      const after: Data = {
        ...before,
        fields: before.fields.map((field, index) => (index === 1 ? { ...field, name: `surname${edit}` } : field)),
      };
      const swap = <E>(element: E) => (element === (before as unknown) ? (after as unknown as E) : element);
      const next: SemanticModel = {
        ...model,
        elements: model.elements.map(swap),
        data: model.data.map(swap),
        byId: new Map([...model.byId].map(([id, element]) => [id, swap(element)])),
      };
      modelUpdated(model, next, { removed: new Set([before]), added: new Set([after]), repointed: new Map(), relisted: new Set() });
      model = next;
      const shapes = assetShapes(modelAt(model, model.plateaus[0]!));
      expect(shapes.shapes[0]!.names).toEqual(['register_no', `surname${edit}`]);
      expect(shapesInTable(model)).toBeLessThanOrEqual(2 * 1 + 100 + 1);
    }
  });
});
