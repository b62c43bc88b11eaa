import { describe, expect, it } from 'vitest';
import { interfaceComplete } from '../../src/rules/interface-complete.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'interface-complete';
const check = (model: string) => findingsOf(interfaceComplete, EXCHANGE_BASE + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + model, marker)}`;

describe('interface-complete', () => {
  it("reports a missing style and version at the interface's first line", async () => {
    const model = `interface bare "Хоосон" { // here
  provider civil_registry via khur
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('bare');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'interface `bare` lacks a `style` and a `version`; add `style rest|soap|graphql|event|file` and `version "1.0.0"`',
    );
  });

  it('reports a missing version alone', async () => {
    const model = `interface files "Файл" { provider civil_registry style file } // here`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toBe('interface `files` lacks a `version`; add `version "1.0.0"`');
  });

  it('takes a blank version or path for none: `version ""` and `path " "` say nothing', async () => {
    const model = `interface blank "Хоосон" { // here
  provider civil_registry style rest version ""
  operation get { method GET path " " } // operation
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here'), at(model, '// operation')]);
    expect(findings[0]!.message).toBe('interface `blank` lacks a `version`; add `version "1.0.0"`');
    expect(findings[1]!.message).toContain('`path`');
  });

  for (const style of ['rest', 'soap', 'graphql']) {
    it(`reports a ${style} interface without operations`, async () => {
      const model = `interface empty "Хоосон" { provider civil_registry style ${style} version "1.0.0" } // here`;
      const findings = await check(model);
      expect(brief(findings)).toEqual([at(model, '// here')]);
      expect(findings[0]!.message).toContain(`lacks an operation (a ${style} interface needs at least one); add \`operation NAME { … }\``);
    });
  }

  it('reports an event interface without events', async () => {
    const model = `interface feed "Мэдээ" { // here
  provider civil_registry via khur style event version "1.0.0"
  operation get { method GET path "/f" output stats }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('lacks an event (an event interface needs at least one)');
  });

  it('accepts a file interface with neither operations nor events, and complete event and soap interfaces', async () => {
    const model = `interface dump "Файл" { provider civil_registry style file version "1" }
interface feed "Мэдээ" { provider civil_registry style event version "1" event changed { payload stats } }
interface ws "SOAP" { provider civil_registry style soap version "1" operation getStats { output stats } }`;
    expect(await check(model)).toEqual([]);
  });

  it('reports a rest operation without method or path at the operation, once per operation', async () => {
    const model = `interface api "API" {
  provider civil_registry via khur style rest version "1.0.0"
  operation no_path { // one
    method GET
    output stats
  }
  operation nothing { output stats } // two
  operation fine { method GET path "/f" output stats }
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// one'), at(model, '// two')]);
    expect(findings[0]!.message).toBe('rest operation `no_path` of interface `api` lacks a `path`; add `path "/…"`');
    expect(findings[1]!.message).toBe(
      'rest operation `nothing` of interface `api` lacks a `method` and a `path`; add `method GET|POST|PUT|PATCH|DELETE` and `path "/…"`',
    );
  });

  it('leaves a style outside the vocabulary to the syntax finding', async () => {
    const model = `interface odd "Сонин" { provider civil_registry style fancy version "1" }`;
    const { findings } = await analyze(EXCHANGE_BASE + model, { rules: [interfaceComplete] });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
    expect(findings.some((f) => f.rule === 'syntax')).toBe(true);
  });

  it('reports only at the plateaus where the interface exists', async () => {
    const model = `interface later "Дараа" { provider civil_registry from target }`;
    expect((await check(model)).map((f) => f.plateaus)).toEqual([['target']]);
  });

  it('is not concerned with a missing provider (owner-required reports that)', async () => {
    expect(await check(`interface orphan "Өнчин" { style file version "1" }`)).toEqual([]);
  });

  it('is waived, operations included, by a waiver on the interface', async () => {
    const model = `interface api "API" { // one
  provider civil_registry via khur style rest
  operation get { output stats } // two
}
waiver draft { rule interface-complete on api reason "Ноорог" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// one')}~`, `${at(model, '// two')}~`]);
  });
});

describe('interface-complete with invalid values', () => {
  it('leaves a method written with an unknown value to `syntax`', async () => {
    const { findings } = await analyze(`
      agency a "А" { kind agency }
      system s "С" { owner a }
      interface i "И" { provider s style rest version "1" operation op { method FETCH path "/x" } }
    `);
    expect(brief(findings.filter((f) => f.rule === 'syntax' || f.rule === 'interface-complete'))).toEqual(['syntax@4']);
  });

  it('reports a missing path at the operation line', async () => {
    const findings = await findingsOf(
      interfaceComplete,
      `agency a "А" { kind agency }
system s "С" { owner a }
interface i "И" {
  provider s style rest version "1"
  operation op {
    method GET
  }
}`,
    );
    expect(brief(findings)).toEqual(['interface-complete@5']);
    expect(findings[0]!.source.end).toEqual({ line: 4, character: 14 });
  });
});
