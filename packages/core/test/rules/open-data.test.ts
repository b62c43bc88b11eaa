import { describe, expect, it } from 'vitest';
import { openDataAllowed } from '../../src/rules/open-data-allowed.js';
import { openDataComplete } from '../../src/rules/open-data-complete.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency nso "Статистик" { kind agency }
`;
// BASE fills lines 1-4; the first line of an appended model is line 5.
const at = (line: number) => line + 4;

describe('open-data-allowed', () => {
  it('reports an open asset with a field flagged personal, at its open block', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data survey "Судалгаа" {
  owner nso
  classification public
  field household string "Өрх" key
  field income decimal "Орлого" personal
  open { license "CC-BY-4.0" publisher nso cadence yearly }
}`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(6)}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('survey');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'data asset `survey` is published as open data but has a field flagged personal or sensitive (`income`); ' +
        'open data must be `classification public` with no personal data: publish an anonymised asset instead, or remove the `open` block',
    );
  });

  it('accepts a public asset without personal data', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data population "Хүн ам" {
  owner nso classification public privacy none
  field aimag string "Аймаг" key
  open { license "CC-BY-4.0" publisher nso cadence yearly }
}`,
    );
    expect(findings).toEqual([]);
  });

  it('does not read a classification written as none of the fixed set as internal: that is a syntax error alone', async () => {
    const { findings } = await analyze(
      BASE +
        `data trade "Худалдаа" { owner nso classification publik field hs_code string "Код" key open { license "CC0" publisher nso cadence monthly } }`,
      { rules: [openDataAllowed] },
    );
    expect(findings.map((f) => f.rule)).toEqual(['syntax']);
  });

  it('counts an unstated classification as internal', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data population "Хүн ам" {
  owner nso
  field aimag string "Аймаг" key
  open { license "CC-BY-4.0" publisher nso cadence yearly }
}`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(4)}`]);
    expect(findings[0]!.message).toContain('states no classification (which counts as `internal`)');
  });

  it('lists every reason in one finding per open block', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data patients "Өвчтөн" {
  owner nso
  classification restricted
  privacy sensitive
  field id string "Дугаар" key
  field diagnosis string "Онош" sensitive
  field name string "Нэр" personal
  open { license "CC-BY-4.0" publisher nso cadence yearly }
}`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(8)}`]);
    expect(findings[0]!.message).toContain(
      'but is classified `restricted`, states `privacy sensitive` and has fields flagged personal or sensitive (`diagnosis`, `name`)',
    );
  });

  it('reports a public asset that states privacy personal', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data names "Нэрс" { owner nso classification public privacy personal field name string "Нэр" key open { license "CC0" publisher nso cadence yearly } }`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(1)}`]);
    expect(findings[0]!.message).toContain('states `privacy personal`');
  });

  it('does not look at assets that are not published open', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE + `data secret_list "Нууц" { owner nso classification secret privacy sensitive field id string "Дугаар" key personal }`,
    );
    expect(findings).toEqual([]);
  });

  it('reports only at the plateaus where the asset exists', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data later "Дараа" { owner nso from target field id string "Дугаар" key open { license "CC0" publisher nso cadence yearly } }`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(1)}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('reports a waived finding when the asset is waived', async () => {
    const findings = await findingsOf(
      openDataAllowed,
      BASE +
        `data population "Хүн ам" { owner nso field aimag string "Аймаг" key open { license "CC0" publisher nso cadence yearly } }
waiver reclassify { rule open-data-allowed on population reason "Ангиллыг шинэчилж байна" }`,
    );
    expect(brief(findings)).toEqual([`open-data-allowed@${at(1)}~`]);
    expect(findings[0]!.waiver).toBe('reclassify');
  });
});

describe('open-data-complete', () => {
  it('reports an open block without license, publisher and cadence once, listing all three', async () => {
    const findings = await findingsOf(
      openDataComplete,
      BASE +
        `data trade "Худалдаа" {
  owner nso
  classification public
  field hs_code string "Код" key
  open { formats csv }
}`,
    );
    expect(brief(findings)).toEqual([`open-data-complete@${at(5)}`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('trade');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'the `open` block of data asset `trade` does not name its license, publisher, cadence; add `license "CC-BY-4.0"`, `publisher AGENCY`, `cadence monthly`',
    );
  });

  it('lists only what is missing', async () => {
    const findings = await findingsOf(
      openDataComplete,
      BASE +
        `data trade "Худалдаа" { owner nso classification public field hs_code string "Код" key open { license "CC0" publisher nso } }`,
    );
    expect(brief(findings)).toEqual([`open-data-complete@${at(1)}`]);
    expect(findings[0]!.message).toContain('does not name its cadence; add `cadence monthly`');
  });

  it('reports an empty open block', async () => {
    const findings = await findingsOf(openDataComplete, BASE + `data trade "Худалдаа" {\n  owner nso\n  open { }\n}`);
    expect(brief(findings)).toEqual([`open-data-complete@${at(3)}`]);
  });

  it('accepts a complete open block without formats', async () => {
    const findings = await findingsOf(
      openDataComplete,
      BASE +
        `data trade "Худалдаа" { owner nso classification public field hs_code string "Код" key open { license "CC0" publisher nso cadence monthly } }`,
    );
    expect(findings).toEqual([]);
  });

  it('does not count a cadence written as none of the fixed set as missing: that is a syntax error alone', async () => {
    const { findings } = await analyze(BASE + `data trade "Худалдаа" { owner nso open { license "CC0" publisher nso cadence montly } }`, {
      rules: [openDataComplete],
    });
    expect(findings.map((f) => f.rule)).toEqual(['syntax']);
  });

  it('does not count an unresolved publisher as missing', async () => {
    const { findings } = await analyze(BASE + `data trade "Худалдаа" { owner nso open { license "CC0" publisher nsoo cadence monthly } }`, {
      rules: [openDataComplete],
    });
    expect(findings.map((f) => f.rule)).toEqual(['unresolved-reference']);
  });

  it('does not count a publisher that does not exist at the plateau as missing', async () => {
    const findings = await findingsOf(
      openDataComplete,
      BASE +
        `agency old "Хуучин" { kind agency until target }\ndata trade "Худалдаа" { owner nso open { license "CC0" publisher old cadence monthly } }`,
    );
    expect(findings).toEqual([]);
  });

  it('reports only at the plateaus where the asset exists', async () => {
    const findings = await findingsOf(openDataComplete, BASE + `data trade "Худалдаа" { owner nso until target open { license "CC0" } }`);
    expect(brief(findings)).toEqual([`open-data-complete@${at(1)}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('reports a waived finding when the asset is waived', async () => {
    const findings = await findingsOf(
      openDataComplete,
      BASE +
        `data trade "Худалдаа" { owner nso open { formats csv } }
waiver draft { rule open-data-complete on trade reason "Нийтлэх нөхцөл боловсруулж байна" until target }`,
    );
    expect(findings.map((f) => [brief([f])[0], f.plateaus])).toEqual([
      [`open-data-complete@${at(1)}~`, ['current']],
      [`open-data-complete@${at(1)}`, ['target']],
    ]);
  });
});
