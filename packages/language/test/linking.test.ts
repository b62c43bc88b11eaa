import { describe, expect, it, vi } from 'vitest';
import { analyze, brief, parseFindings } from '@gea-arch/fixtures';
import type { GrammarAST } from 'langium';
import { FIELD_TYPES } from '@gea-arch/core';
import { GeaGrammar } from '../src/generated/grammar.js';
import { GeaNameIndex } from '../src/scoping/name-index.js';

describe('namespaces and references', () => {
  it('resolves in the file namespace, then outward, then absolutely', async () => {
    const { model, findings } = await analyze(
      {
        'a.gea': 'namespace mn\nagency ndc { kind agency }\nplatform khur { kind exchange operator ndc }',
        'b.gea': 'namespace mn.gasr\nagency gasr { kind agency }\nsystem reg { owner gasr hosting khur }',
        'c.gea':
          'namespace mn.tax\nagency mta { kind agency }\nsystem itc { owner mta depends-on gasr.reg depends-on mn.gasr.reg uses khur }',
      },
      { rules: [] },
    );
    expect(findings).toEqual([]);
    const itc = model.systems.find((s) => s.id === 'mn.tax.itc')!;
    expect(itc.dependsOn.map((d) => d.target.target?.id)).toEqual(['mn.gasr.reg', 'mn.gasr.reg']);
    expect(itc.uses[0]!.platform.target?.id).toBe('mn.khur');
    expect(model.systems.find((s) => s.id === 'mn.gasr.reg')!.hosting?.target?.id).toBe('mn.khur');
  });

  it('prefers the innermost namespace when a name exists at several levels', async () => {
    const { model } = await analyze(
      {
        'a.gea': 'namespace mn\nagency office { kind agency }',
        'b.gea': 'namespace mn.tax\nagency office { kind agency }\nsystem s { owner office }',
      },
      { rules: [] },
    );
    expect(model.systems[0]!.owner?.target?.id).toBe('mn.tax.office');
  });

  it('passes over a name of another kind to the one of the right kind further out', async () => {
    const { model } = await analyze(
      {
        'a.gea': 'namespace mn\nagency office { kind agency }',
        'b.gea': 'namespace mn.tax.city\nsystem office { owner office }',
      },
      { rules: [] },
    );
    expect(model.systems[0]!.id).toBe('mn.tax.city.office');
    expect(model.systems[0]!.owner?.target?.id).toBe('mn.office');
  });

  it('lets a declaration share its full name with a namespace', async () => {
    const findings = await parseFindings({
      'a.gea': 'namespace mn\nagency gasr { kind agency }',
      'b.gea': 'namespace mn.gasr\nsystem reg { owner gasr }',
    });
    expect(findings).toEqual([]);
  });

  it('resolves member references inside the named data asset', async () => {
    const { model, findings } = await analyze(
      `agency a { kind agency }
       data citizen { owner a field register_no string key field surname string }
       system s { owner a masters citizen }
       interface i { provider s style rest version "1" operation op { method GET path "/x" output citizen { register_no, surname } } }
       system c { owner a stores citizen { surname } }`,
      { rules: [] },
    );
    expect(findings).toEqual([]);
    const payload = model.interfaces[0]!.operations[0]!.output!;
    expect(payload.fields.map((f) => f.target?.name)).toEqual(['register_no', 'surname']);
    expect(model.systems[1]!.stores[0]!.fields[0]!.target?.data.id).toBe('citizen');
  });

  it('resolves a field written twice to the first', async () => {
    const { model } = await analyze(
      `agency a { kind agency }
       data citizen { owner a field surname string field surname string key }
       system c { owner a stores citizen { surname } }`,
      { rules: [] },
    );
    const field = model.systems[0]!.stores[0]!.fields[0]!.target;
    expect(field).toBe(model.data[0]!.fields[0]);
    expect(field?.key).toBe(false);
  });

  it('reads a misspelt field type as one, naming the types; a name like no type as a data asset not declared', async () => {
    const findings = await parseFindings(`agency a { kind agency }
      data citizen { owner a field register_no strng key field home adress }`);
    expect(findings.map((finding) => finding.message)).toEqual([
      '`strng` is neither a field type (string, integer, decimal, boolean, date, datetime, binary) nor a data asset declared here; did you mean `string`?',
      'no data asset named `adress` is declared; declare it, or check the name and namespace',
    ]);
  });

  it('knows the field types the grammar takes', async () => {
    const fields = FIELD_TYPES.map((type, index) => `field f${index} ${type}`).join(' ');
    expect(await parseFindings(`agency a { kind agency }\ndata d { owner a ${fields} }`)).toEqual([]);
    const primitive = GeaGrammar().rules.find((rule) => rule.name === 'PrimitiveType') as GrammarAST.ParserRule;
    expect((primitive.definition as GrammarAST.Alternatives).elements.map((type) => (type as GrammarAST.Keyword).value)).toEqual([
      ...FIELD_TYPES,
    ]);
  });

  it('reports an unknown field with the close ones', async () => {
    const findings = await parseFindings(`agency a { kind agency }
      data citizen { owner a field register_no string key }
      system c { owner a stores citizen { registr_no } }`);
    expect(brief(findings)).toEqual(['unresolved-reference@3']);
    expect(findings[0]!.message).toBe('data asset `citizen` has no field `registr_no`; did you mean `register_no`?');
  });

  it('suggests a close name for an unresolved reference', async () => {
    const findings = await parseFindings('agency gasr { kind agency }\nsystem s { owner gars }');
    expect(findings[0]!.message).toBe('no agency named `gars` is declared; did you mean `gasr`?');
    expect(findings[0]!.source.start).toEqual({ line: 1, character: 17 });
  });

  it('suggests names as written from each reference’s namespace, the same misspelling alike', async () => {
    const findings = await parseFindings({
      'a.gea': 'namespace mn\nagency gasr { kind agency }',
      'b.gea': 'namespace mn.tax\nsystem s { owner gars }\nsystem t { owner gars }',
      'c.gea': 'system u { owner mn.gars }',
    });
    expect(findings.map((finding) => `${finding.source.uri.split('/').pop()} ${finding.message}`)).toEqual([
      'b.gea no agency named `gars` is declared; did you mean `gasr`?',
      'b.gea no agency named `gars` is declared; did you mean `gasr`?',
      'c.gea no agency named `mn.gars` is declared; did you mean `mn.gasr`?',
    ]);
  });

  it('suggests the name declared in another namespace that ends as the reference is written', async () => {
    const findings = await parseFindings({
      'a.gea': 'namespace mn.gasr\nagency civil { kind agency }',
      'b.gea': 'system s { owner civil }',
      'c.gea': 'namespace mn.tax\nsystem t { owner civil }\nsystem u { owner other.civil }',
    });
    expect(findings.map((finding) => `${finding.source.uri.split('/').pop()} ${finding.message}`)).toEqual([
      'b.gea no agency named `civil` is declared; did you mean `mn.gasr.civil`?',
      'c.gea no agency named `civil` is declared; did you mean `gasr.civil`?',
      'c.gea no agency named `other.civil` is declared; did you mean `gasr.civil`?',
    ]);
  });

  it('suggests alike in a namespace met again after several others', async () => {
    const files: Record<string, string> = { 'a.gea': 'namespace mn\nagency gasr { kind agency }' };
    for (const n of [1, 2, 3, 4, 5, 6]) files[`b${n}.gea`] = `namespace mn.n${n}\nsystem s { owner gars }`;
    files['c.gea'] = 'namespace mn.n1\nsystem t { owner gars }';
    const findings = await parseFindings(files);
    expect(findings).toHaveLength(7);
    for (const finding of findings) expect(finding.message).toBe('no agency named `gars` is declared; did you mean `gasr`?');
  });

  it('goes through the declared names once, however many references do not resolve', async () => {
    // A national model with one file missing has thousands: each went through all 20 000 names.
    const of = GeaNameIndex.prototype.of;
    let listed = 0;
    const spy = vi.spyOn(GeaNameIndex.prototype, 'of').mockImplementation(function (this: GeaNameIndex, document) {
      const names = of.call(this, document);
      return {
        ...names,
        all: () => {
          listed++;
          return names.all();
        },
      };
    });
    try {
      const systems = Array.from({ length: 40 }, (_, index) => `system s${index} { owner missing${index} }`).join('\n');
      const findings = await parseFindings(`agency missing { kind agency }\n${systems}`);
      expect(findings).toHaveLength(40);
      expect(findings[7]!.message).toBe('no agency named `missing7` is declared; did you mean `missing`?');
      expect(listed).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('says when a name is of the wrong kind', async () => {
    const findings = await parseFindings('agency a { kind agency }\nsystem s { owner a }\nsystem t { owner s }');
    expect(brief(findings)).toEqual(['unresolved-reference@3']);
    expect(findings[0]!.message).toBe('`s` is a system, not an agency; name an agency here');
  });

  it('reports duplicate full names at both places and resolves to the first', async () => {
    const { model, findings } = await analyze(
      {
        'a.gea': 'namespace mn\nagency gasr "First" { kind agency }',
        'b.gea': 'namespace mn\nagency gasr "Second" { kind agency }\nsystem s { owner gasr }',
      },
      { rules: [] },
    );
    expect(findings.map((f) => `${f.rule}@${f.source.uri.split('/').pop()}:${f.source.start.line + 1}`)).toEqual([
      'duplicate-name@a.gea:2',
      'duplicate-name@b.gea:2',
    ]);
    expect(findings[0]!.message).toContain('(also at b.gea:2)');
    expect(model.agencies).toHaveLength(2);
    expect(model.systems[0]!.owner?.target?.names.mn).toBe('First');
    expect(model.byId.get('mn.gasr')?.names.mn).toBe('First');
  });

  it('reports two plateaus with one date', async () => {
    const findings = await parseFindings('plateau a { date 2026-01-01 }\nplateau b { date 2026-01-01 }');
    expect(brief(findings)).toEqual(['plateau-order@2']);
    expect(findings[0]!.message).toContain('same date 2026-01-01 as `a`');
  });
});
