import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../src/generated/ast.js';
import { analyze, buildDocuments, brief, parseFindings } from '@gea-arch/fixtures';
import { CONFORMANCE_DIR, EVERY_CONSTRUCT as EVERY_CONSTRUCT_PATH } from '@gea-arch/fixtures';
import { join } from 'node:path';

const CONFORMANCE_10 = readFileSync(join(CONFORMANCE_DIR, '10-merges-waivers-years.gea'), 'utf8');

const EVERY_CONSTRUCT = readFileSync(EVERY_CONSTRUCT_PATH, 'utf8');

async function parse(text: string) {
  const [document] = await buildDocuments(text);
  return { document: document!, model: document!.parseResult.value as Model };
}

describe('parser', () => {
  it('parses every construct of LANGUAGE.md without a finding', async () => {
    const { document, model } = await parse(EVERY_CONSTRUCT);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors).toEqual([]);
    expect(document.diagnostics).toEqual([]);
    expect(model.namespace).toBe('mn.tour');
    const kinds = model.declarations.map((d) => d.$type);
    for (const kind of ['Law', 'Plateau', 'Agency', 'Platform', 'Trust', 'Data', 'System', 'Interface', 'View', 'Waiver']) {
      expect(kinds).toContain(kind);
    }
  });

  it('stops at the first error of a text with thousands in a row, and parses the next text as ever', async () => {
    // Chevrotain's recovery inside a repetition calls itself again: this overflowed the stack.
    const [broken, next] = await buildDocuments({
      // `system s { owner system` ⏎ `s { owner system` ⏎ …: an unknown property `s` on each line.
      'a.gea': ['system s { owner system', ...Array.from({ length: 4999 }, () => 's { owner system')].join('\n'),
      'b.gea': 'agency zz "Z" { kind agency }\nsystem zs { owner zz foo }\nsystem zt { owner zz bar }',
    });
    expect(broken!.parseResult.parserErrors).toHaveLength(1);
    expect(broken!.parseResult.parserErrors[0]!.token.startLine).toBe(2);
    // Recovery is back on: both errors of the next text, and all three of its declarations.
    expect(next!.parseResult.parserErrors).toHaveLength(2);
    expect((next!.parseResult.value as Model).declarations.map((declaration) => declaration.name)).toEqual(['zz', 'zs', 'zt']);
  });

  it('reads Cyrillic identifiers, including Ө and Ү', async () => {
    const { model } = await parse('agency Өргөө_Үйлчилгээ1 "Өргөө" { kind agency }\nagency УБЕГ { kind agency }');
    expect(model.declarations.map((d) => d.name)).toEqual(['Өргөө_Үйлчилгээ1', 'УБЕГ']);
  });

  it('accepts keywords as names where a name is expected', async () => {
    const findings = await parseFindings(`
      agency data "Агентлаг" { kind agency }
      agency system { kind agency }
      data dataset "Өгөгдөл" { owner data kind dataset field key string key field date date }
      system interface { owner system masters dataset }
    `);
    expect(brief(findings)).toEqual([]);
  });

  it('does not split a name that starts with a keyword (`dataset`, `systems`)', async () => {
    const { model } = await parse('agency systems { kind agency }\nagency dataset { kind agency }');
    expect(model.declarations.map((d) => d.name)).toEqual(['systems', 'dataset']);
  });

  it('reads literals: dates, durations, percentages, rates, integers', async () => {
    const { model } = await parse(`
      plateau p { date 2026-01-01 }
      data d { retention 90d }
      platform x { sla { availability 99.5% latency 800ms throughput 5000/d } }
      view v { kind landscape depth 3 }
    `);
    expect(brief(await parseFindings(model.$document!.textDocument.getText()))).toEqual([]);
    const text = JSON.stringify(model, (key, value) => (key.startsWith('$') ? undefined : value));
    for (const literal of ['2026-01-01', '90d', '99.5%', '800ms', '5000/d']) expect(text).toContain(literal);
    expect(text).toContain('"value":3');
  });

  it('unescapes strings: \\" \\\\ \\n and \\u{…}', async () => {
    const { model } = await parse('agency a "Say \\"hi\\" \\\\ \\n \\u{1F600} \\u{4E8}" { kind agency }');
    expect((model.declarations[0] as { title?: string }).title).toBe('Say "hi" \\ \n 😀 Ө');
  });

  it('reads CRLF input with the same lines and columns as LF', async () => {
    const source = 'agency a "A" { kind agency }\n\nagency b "B" {\n  kind agancy\n}\n';
    const lf = await parseFindings(source);
    const crlf = await parseFindings(source.replace(/\n/g, '\r\n'));
    expect(brief(crlf)).toEqual(['syntax@4']);
    expect(crlf.map((f) => f.source.start)).toEqual(lf.map((f) => f.source.start));
  });

  it('accepts a byte order mark', async () => {
    const findings = await parseFindings('\uFEFFagency a "A" { kind agency }\n');
    expect(findings).toEqual([]);
  });

  it('skips line, block and doc comments', async () => {
    const findings = await parseFindings('// line\n/* block\n */ /** doc */ agency a /* inline */ "A" { kind agency } // end');
    expect(findings).toEqual([]);
  });

  it('recovers from a broken declaration and still reads the next ones', async () => {
    const { model, document } = await parse(`
      agency a "A" { kind agency }
      system broken "Эвдэрсэн" { owner a masters , }
      agency b "B" { kind agency }
      data c "C" { owner b }
    `);
    expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
    expect(model.declarations.map((d) => d.name)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
  });

  it('reports an unknown value of a fixed set as `syntax` with the allowed values', async () => {
    const findings = await parseFindings('agency a { kind agancy }\ndata d { classification secrett privacy none }');
    expect(brief(findings)).toEqual(['syntax@1', 'syntax@2']);
    expect(findings[0]!.message).toContain('did you mean `agency`?');
    expect(findings[1]!.message).toContain('public, internal, restricted, secret');
  });

  it('reads hyphenated values and rule ids', async () => {
    const findings = await parseFindings(`
      agency a { kind agency }
      trust t { kind remote-signing operator a }
      waiver w { rule base-registry-shared on a reason "r" }
    `);
    expect(brief(findings)).toEqual([]);
  });

  it('reports a property given twice', async () => {
    const findings = await parseFindings('agency a { kind agency kind ministry }');
    expect(brief(findings)).toEqual(['syntax@1']);
    expect(findings[0]!.message).toBe('`kind` is given twice here; keep one');
  });

  it('reports a meta key, a field flag or a value of a list given twice, at the second', async () => {
    const source = [
      'agency a "A" {',
      '  kind agency',
      '  meta { k "1" j "2" k "3" }',
      '  tags x, y, x',
      '}',
      'data d "D" {',
      '  owner a',
      '  field f string key key',
      '  fields { g string personal optional personal }',
      '  open { formats csv, json, csv }',
      '}',
      'trust t "T" { kind ca operator a levels advanced, advanced }',
      'interface i "I" { consent otp, dan, otp }',
    ].join('\n');
    const findings = await parseFindings(source);
    expect(
      findings.map(
        (finding) => `${finding.rule}@${finding.source.start.line + 1}:${finding.source.start.character + 1} ${finding.message}`,
      ),
    ).toEqual([
      'syntax@3:22 `k` is given twice here; keep one',
      'syntax@4:14 `x` is given twice here; keep one',
      'syntax@8:22 `key` is given twice here; keep one',
      'syntax@9:39 `personal` is given twice here; keep one',
      'syntax@10:29 `csv` is given twice here; keep one',
      'syntax@12:51 `advanced` is given twice here; keep one',
      'syntax@13:37 `otp` is given twice here; keep one',
    ]);
    const { findings: mongolian } = await analyze('agency a { meta { k "1" k "2" } }', { rules: [], locale: 'mn' });
    expect(mongolian.map((finding) => finding.message)).toEqual(['`k` энд хоёр удаа бичигдсэн; нэгийг нь үлдээнэ үү']);
  });

  it('allows repeatable properties: name per locale, legal-basis, fields, statements', async () => {
    const findings = await parseFindings(`
      law l "L" { }
      agency a "А" { name en "A" name ru "А" legal-basis l legal-basis l "2" kind agency }
    `);
    expect(findings).toEqual([]);
  });

  it('reports impossible calendar dates', async () => {
    const findings = await parseFindings('plateau p { date 2026-02-30 }');
    expect(brief(findings)).toEqual(['syntax@1']);
    expect(brief(await parseFindings('plateau p { date 0100-02-29 }'))).toEqual(['syntax@1']);
  });

  it('accepts real dates in the years 0000–0099, which are not 1900–1999', async () => {
    const findings = await parseFindings(`
      law l "L" { enacted 0001-01-01 }
      plateau p { date 0000-02-29 }
      agency a "А" { kind agency }
      trust t "T" { kind ca operator a certificate "C" { valid-from 0050-01-01 valid-until 0099-12-31 } }
    `);
    expect(findings).toEqual([]);
  });

  it('asks for the parts a plateau and a waiver need', async () => {
    const findings = await parseFindings('plateau p "P" { }\nagency a { kind agency }\nwaiver w { on a }');
    expect(brief(findings)).toEqual(['syntax@1', 'syntax@3']);
    expect(findings[1]!.message).toContain('`rule`, `reason`');
  });

  it('checks what a view is of against its kind, asks a view of one element for it, and a gap view for two plateaus', async () => {
    const findings = await parseFindings(`agency g { kind agency }
data d { owner g }
system s { owner g masters d }
platform p { kind exchange operator g }
view a { kind context of d }
view b { kind dataflow of g }
view c { kind integration of s }
view e { kind context }
view f { kind landscape of s }
view ok1 { kind context of s }
view ok2 { kind context of g }
view ok3 { kind dataflow of d }
view ok4 { kind integration of p }
view ok5 { kind landscape of g }
view ok6 { kind landscape }
view ok7 { kind signatures }
view g1 { kind signatures of d }
view g2 { kind gap of p }
plateau now2 "Н" { date 2026-01-01 }
view g3 { kind gap compare now2 now2 }
view ok8 { kind signatures of g }
view ok9 { kind gap of s }`);
    expect(findings.map((finding) => `${finding.rule}@${finding.source.start.line + 1}: ${finding.message}`)).toEqual([
      'unresolved-reference@5: `d` is a data asset, not an agency or a system; name an agency or a system here',
      'unresolved-reference@6: `g` is an agency, not a data asset; name a data asset here',
      'unresolved-reference@7: `s` is a system, not a platform; name a platform here',
      'syntax@8: view `e` is a `context` view: it needs `of`, naming an agency or a system',
      'unresolved-reference@9: `s` is a system, not an agency; name an agency here',
      'unresolved-reference@17: `d` is a data asset, not an agency or a system; name an agency or a system here',
      'unresolved-reference@18: `p` is a platform, not an agency or a system; name an agency or a system here',
      'syntax@20: a gap view compares two plateaus, not `now2` with itself; name the other one (`compare now2 target`)',
    ]);
  });

  it('asks a view for its kind, at the view’s name, in English and in Mongolian', async () => {
    const source = 'plateau p "P" { date 2026-01-01 }\nview v "V" {\n  at p\n}\nview w\nview x { kind gap }';
    const findings = await parseFindings(source);
    expect(
      findings.map(
        (finding) => `${finding.rule}@${finding.source.start.line + 1}:${finding.source.start.character + 1}: ${finding.message}`,
      ),
    ).toEqual([
      'syntax@2:6: view `v` lacks a `kind`, which says what it draws; add `kind landscape|context|dataflow|integration|signatures|gap`',
      'syntax@5:6: view `w` lacks a `kind`, which says what it draws; add `kind landscape|context|dataflow|integration|signatures|gap`',
    ]);
    const { findings: mongolian } = await analyze(source, { rules: [], locale: 'mn' });
    expect(mongolian.map((finding) => finding.message)[0]).toBe(
      '`v` харагдацад юу зурахыг заах `kind` дутуу байна; `kind landscape|context|dataflow|integration|signatures|gap` нэмнэ үү',
    );
  });

  it('refuses an availability over 100%', async () => {
    const findings = await parseFindings(
      'agency a { kind agency }\nplatform p { operator a sla { availability 101% } }\nplatform q { operator a sla { availability 100% } }',
    );
    expect(findings.map((finding) => `${finding.rule}@${finding.source.start.line + 1}: ${finding.message}`)).toEqual([
      'syntax@2: `101%` is more than 100%: an availability is a share of the time, e.g. `99.5%`',
    ]);
  });

  it('asks a certificate for its dates', async () => {
    const findings = await parseFindings(
      'agency a { kind agency }\ntrust t { operator a certificate "C" certificate "D" { valid-from 2024-01-01 } certificate "E" { valid-from 2024-01-01 valid-until 2029-01-01 } }',
    );
    expect(brief(findings)).toEqual(['syntax@2', 'syntax@2']);
    expect(findings.map((finding) => [finding.source.start.character, finding.message])).toEqual([
      [
        33,
        'certificate "C" needs `valid-from DATE`, `valid-until DATE`: a certificate says when it is valid, e.g. `{ valid-from 2024-01-01 valid-until 2029-01-01 }`',
      ],
      [
        49,
        'certificate "D" needs `valid-until DATE`: a certificate says when it is valid, e.g. `{ valid-from 2024-01-01 valid-until 2029-01-01 }`',
      ],
    ]);
  });

  it('reports a certificate valid until a day before it is valid from, at its valid-until, in English and Mongolian', async () => {
    const text =
      'agency a { kind agency }\ntrust t { operator a certificate "C" { valid-from 2027-01-01 valid-until 2020-01-01 } certificate "D" { valid-from 2027-01-01 valid-until 2027-01-01 } }';
    const findings = await parseFindings(text);
    expect(brief(findings)).toEqual(['syntax@2']);
    expect(findings[0]!.source.start.character).toBe(text.split('\n')[1]!.indexOf('2020-01-01'));
    expect(findings[0]!.message).toBe(
      'certificate "C" is valid until 2020-01-01, before it is valid from 2027-01-01; swap the two dates or correct one',
    );
    const { findings: mn } = await analyze(text, { locale: 'mn', rules: [] });
    expect(mn[0]!.message).toContain('"C" гэрчилгээ 2027-01-01 өдрөөс хүчинтэй болох боловч түүнээс өмнө, 2020-01-01 өдөр дуусна');
  });

  it('names close rule ids for an unknown one in a waiver', async () => {
    const findings = await parseFindings('agency a { kind agency }\nwaiver w { rule single-mastr on a reason "r" }');
    expect(brief(findings)).toEqual(['unresolved-reference@2']);
    expect(findings[0]!.message).toContain('did you mean `single-master`?');
  });

  it('names the rule ids an unknown one is part of, word for word', async () => {
    const findings = await parseFindings(
      'agency a { kind agency }\nwaiver w { rule open-data on a reason "r" }\nwaiver v { rule lifecycle on a reason "r" }',
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      'unknown rule `open-data`; did you mean `open-data-allowed` or `open-data-complete`?',
      'unknown rule `lifecycle`; did you mean `lifecycle-dependency` or `lifecycle-order`?',
    ]);
  });

  it('reports a field or operation declared twice in one declaration', async () => {
    const findings = await parseFindings(`
      agency a { kind agency }
      data d { owner a field x string fields { x integer } }
    `);
    expect(brief(findings)).toEqual(['duplicate-name@3']);
  });

  it('reads a waiver as a declaration with the common properties', async () => {
    const findings = await parseFindings(`
      plateau target { date 2028-01-01 }
      agency a { kind agency }
      waiver w "Түр чөлөөлөлт" {
        name en "Temporary exemption"
        description "why"
        tags legacy
        url "https://example.org/w"
        meta { ticket "GEA-1" }
        rule owner-required on a reason "r" until target
      }
    `);
    expect(brief(findings)).toEqual([]);
  });

  it('checks the properties of a waiver like those of any declaration', async () => {
    const findings = await parseFindings(`
      plateau p { date 2027-01-01 }
      agency a { kind agency }
      waiver w { name en "W" name en "V" rule owner-required on a reason "r" until p until p }
      waiver v { name en "V" }
    `);
    expect(brief(findings)).toEqual(['syntax@4', 'syntax@4', 'syntax@5']);
    expect(findings.map((finding) => finding.message)).toEqual([
      '`name` is given twice here; keep one',
      '`until` is given twice here; keep one',
      'waiver `v` needs `rule`, `on`, `reason`: a waiver names the rule, the element it excuses and why',
    ]);
  });

  it('reports a blank waiver reason at it, in English and Mongolian', async () => {
    const text =
      'agency a { kind agency }\nwaiver w { rule owner-required on a reason "  " }\nwaiver v { rule owner-required on a reason "r" }';
    const findings = await parseFindings(text);
    expect(brief(findings)).toEqual(['syntax@2']);
    expect(findings[0]!.source.start.character).toBe(text.split('\n')[1]!.indexOf('"  "'));
    expect(findings[0]!.message).toBe(
      'the `reason` of waiver `w` is empty; say why the exception is accepted, e.g. `reason "legacy link, replaced by the target state"`',
    );
    const { findings: mn } = await analyze(text, { locale: 'mn', rules: [] });
    expect(mn[0]!.message).toContain('`w` чөлөөлөлтийн `reason` хоосон байна');
  });

  it("gives a waiver's title and `name en` to the model's names", async () => {
    const { model } = await analyze(
      'agency a { kind agency }\nwaiver w "Түр" { name en "Temporary" rule owner-required on a reason "r" }',
      { rules: [] },
    );
    expect(model.waivers[0]!.names).toEqual({ mn: 'Түр', en: 'Temporary' });
  });

  it('parses conformance 10 (waivers with names) without a syntax finding', async () => {
    const findings = await parseFindings(CONFORMANCE_10);
    expect(findings.filter((finding) => finding.rule === 'syntax')).toEqual([]);
  });
});
