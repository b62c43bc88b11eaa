// A keyword that starts a line is the next property, not the value the line before left out
// (syntax/line-start-keywords.ts, decision 0069): one error at the end of that line, and the next
// line read as written. A keyword is still a name on its statement's line, where a block member
// starts and after `,` (unless a value follows it on its line: decision 0082).
import { describe, expect, it } from 'vitest';
import type { Finding } from '@gea-arch/core';
import { analyze, parseFindings } from '@gea-arch/fixtures';

/** `line:column message` of each finding, 1-based. */
function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.message}`);
}

const AGENCY = 'agency gasr "G" { kind agency }';

describe('a keyword that starts a line', () => {
  it('is the next property after a field whose type is left out, and the error is at the end of the field', async () => {
    const source = `${AGENCY}\ndata citizen "C" {\n  owner gasr\n  field v\n  classification public\n  field w string\n}`;
    const { findings, model } = await analyze(source, { rules: [] });
    expect(located(findings)).toEqual([
      '4:10 `field v` needs a type: one of string, integer, decimal, boolean, date, datetime, binary or a data asset',
    ]);
    expect(model.data[0]!.classification).toBe('public');
    expect(model.data[0]!.fields.map((field) => field.name)).toEqual(['v', 'w']);
  });

  it.each([
    ['agency', 'agency\nsystem s "S" { owner gasr }', '2:7 `agency` needs a name: write `agency NAME`'],
    ['owner', 'system s "S" {\n  owner\n  criticality high\n}', '3:8 `owner` needs an agency: write `owner AGENCY`'],
    ['parent', 'agency a "A" {\n  parent\n  kind agency\n}', '3:9 `parent` needs an agency: write `parent AGENCY`'],
    [
      'kind',
      'agency a "A" {\n  kind\n  parent gasr\n}',
      '3:7 `kind` needs a value: one of ministry, agency, local, soe, private, international',
    ],
    ['tags', 'agency a "A" {\n  tags\n  kind agency\n}', '3:7 `tags` needs a tag: write `tags TAG`'],
    ['name', 'agency a "A" {\n  name\n  kind agency\n}', '3:7 `name` needs a locale: write `name LOCALE`'],
    ['description', 'agency a "A" {\n  description\n  url "u"\n}', '3:14 `description` takes a quoted string: write `description "…"`'],
    ['legal-basis', 'agency a "A" {\n  legal-basis\n  kind agency\n}', '3:14 `legal-basis` needs a law: write `legal-basis LAW`'],
    ['from', 'agency a "A" {\n  from\n  kind agency\n}', '3:7 `from` needs a plateau: write `from PLATEAU`'],
    ['field', 'data d "D" {\n  owner gasr\n  field\n  classification public\n}', '4:8 `field` needs a name: write `field NAME`'],
    ['masters', 'system s "S" {\n  masters\n  owner gasr\n}', '3:10 `masters` needs a data asset: write `masters DATA`'],
    ['consumes', 'system s "S" {\n  consumes\n  owner gasr\n}', '3:11 `consumes` needs an interface: write `consumes INTERFACE`'],
    ['depends-on', 'system s "S" {\n  depends-on\n  owner gasr\n}', '3:13 `depends-on` needs a system: write `depends-on SYSTEM`'],
    ['signs', 'system s "S" {\n  signs\n  owner gasr\n}', '3:8 `signs` needs a data asset: write `signs DATA`'],
    ['provider', 'interface i "I" {\n  provider\n  version "1"\n}', '3:11 `provider` needs a system: write `provider SYSTEM`'],
    [
      'input',
      'interface i "I" {\n  operation o {\n    input\n    output d\n  }\n}\ndata d "D" { owner gasr }',
      '4:10 `input` needs a data asset: write `input DATA`',
    ],
    ['include', 'view v "V" {\n  include\n  kind landscape\n}', '3:10 `include` needs an element: write `include ELEMENT`'],
    ['rule', 'waiver w "W" {\n  rule\n  on gasr\n  reason "r"\n}', '3:7 `rule` needs a rule id: write `rule RULE-ID`'],
  ])('is the next property after a bare `%s`', async (_, model, expected) => {
    const findings = await parseFindings(`${AGENCY}\n${model}`);
    expect(located(findings.filter((finding) => finding.rule === 'syntax'))).toEqual([expected]);
    // The line after is read as written: nothing refers to a declaration named after the keyword.
    expect(findings.filter((finding) => finding.rule === 'unresolved-reference')).toEqual([]);
  });

  it('is not taken for an optional value the line before may go on with', async () => {
    const source = 'plateau p "P" { date 2026-01-01 }\nplateau q "Q" { date 2027-01-01 }\nview v "V" {\n  kind gap\n  compare p\n  at q\n}';
    expect(await parseFindings(source)).toEqual([]);
  });

  it('is a name on its statement’s line, where a field or a meta key starts, and after a comma', async () => {
    const source = [
      'agency data "A" { kind agency }',
      'data date "D" {',
      '  owner data',
      '  fields {',
      '    x string',
      '    date date',
      '    key string key',
      '  }',
      '  meta {',
      '    kind "1"',
      '  }',
      '}',
      'system s "S" {',
      '  owner data',
      '  masters x,',
      '    date',
      '}',
      'data x "X" { owner data }',
    ].join('\n');
    const { findings, model } = await analyze(source, { rules: [] });
    expect(located(findings)).toEqual([]);
    expect(model.data[0]!.fields.map((field) => `${field.name}${field.key ? ' key' : ''}`)).toEqual(['x', 'date', 'key key']);
    expect(model.systems[0]!.masters.map((masters) => masters.data.target?.id)).toEqual(['x', 'date']);
  });

  it.each([
    [
      'a list',
      'system s "S" {\n  owner gasr\n  masters x,\n  stores x\n}',
      '3:13 `masters x,` needs a data asset: write `masters x, DATA`',
    ],
    [
      'a rule id',
      'waiver w "W" {\n  rule owner-\n  on gasr\n  reason "r"\n}',
      '2:13 the rule id `owner-` ends with `-`; did you mean `owner-required` or `owner-exists` or `master-owner-match`?',
    ],
  ])('is the next property after %s left ending in a joiner, when a value follows it on its line', async (_, model, expected) => {
    const { findings, model: built } = await analyze(`${AGENCY}\n${model}\ndata x "X" { owner gasr }`, { rules: [] });
    expect(
      located(findings.filter((finding) => finding.rule === 'syntax')).map((line) => line.replace(/^\d+/, (n) => String(+n - 1))),
    ).toEqual([expected]);
    expect(findings.filter((finding) => finding.rule === 'unresolved-reference')).toEqual([]);
    expect(built.systems.length + built.waivers.length).toBe(1);
  });
});
