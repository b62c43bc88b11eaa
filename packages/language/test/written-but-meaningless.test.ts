// What the grammar reads but the design gives no meaning, or contradicts itself: one `syntax` error
// each at what was written, and no rule reads it as something else (decision 0082).
import { describe, expect, it } from 'vitest';
import { RULES } from '@gea-arch/core';
import { analyze, brief } from '@gea-arch/fixtures';

const BASE = `plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2027-01-01 }
agency gasr "УБЕГ" { kind agency }
platform khur "ХУР" { kind exchange operator gasr }
data citizen "Иргэн" { owner gasr field rn string "РД" key }
system civil "Бүртгэл" { owner gasr criticality critical masters citizen }
`;

/** `rule@line:column message` of each finding. */
function placed(findings: Awaited<ReturnType<typeof analyze>>['findings']): string[] {
  return findings.map((f) => `${f.rule}@${f.source.start.line + 1}:${f.source.start.character + 1} ${f.message}`);
}

describe('a plateau', () => {
  it('has no lifecycle: `from` and `until` on it are errors, and bound nothing', async () => {
    const { findings } = await analyze(`${BASE}plateau later "Дараа" { date 2028-01-01 from target until current }\n`, { rules: RULES });
    expect(placed(findings)).toEqual([
      'syntax@7:41 a plateau is a dated state, not something that comes and goes: `from` means nothing on plateau `later`; remove it',
      'syntax@7:53 a plateau is a dated state, not something that comes and goes: `until` means nothing on plateau `later`; remove it',
    ]);
  });
});

describe('a field', () => {
  it('cannot be both `key` and `optional`', async () => {
    const source = `${BASE}data person "Хүн" { owner gasr fields { rn string key optional  name string optional } }\n`;
    const { findings } = await analyze(source, { rules: [] });
    expect(placed(findings)).toEqual([
      'syntax@7:55 field `rn` is both `key` and `optional`, but a record or message always holds its key fields (the specs require them); remove `optional`, or `key`',
    ]);
    const mongolian = await analyze(source, { rules: [], locale: 'mn' });
    expect(mongolian.findings[0]!.message).toContain('`rn` талбар `key` бөгөөд `optional` байна');
  });
});

describe('a REST path', () => {
  it('names each placeholder once', async () => {
    const api = (path: string) =>
      `${BASE}interface reg "Лавлагаа" { provider civil via khur style rest version "1" operation get { method GET path "${path}" output citizen } }\n`;
    expect(placed((await analyze(api('/a/{rn}/b/{rn}'), { rules: [] })).findings)).toEqual([
      'syntax@7:107 path `/a/{rn}/b/{rn}` has the placeholder `{rn}` twice, and a path parameter has one place; give each its own name',
    ]);
    expect((await analyze(api('/a/{rn}/b/{id}?rn={rn}'), { rules: [] })).findings).toEqual([]);
  });
});

describe('an availability', () => {
  const consumed = (availability: string) =>
    `${BASE}interface reg "Лавлагаа" { provider civil via khur style rest version "1" sla { availability ${availability} } operation get { method GET path "/c" output citizen } }
system user "Хэрэглэгч" { owner gasr criticality critical consumes reg }
`;

  it('with more digits than a number holds is an error, not read as the number it rounds to', async () => {
    const { findings, model } = await analyze(consumed('99.999999999999999999%'), { rules: RULES });
    expect(brief(findings)).toEqual(['syntax@7']);
    expect(findings[0]!.message).toBe(
      '`99.999999999999999999%` has more digits than gea holds exactly (it would be read as `100%`); write fewer decimals, e.g. `99.999%`',
    );
    expect(model.interfaces[0]!.sla?.availability).toBeUndefined();
    // Just over 100 reads as 100: it is refused as well.
    expect(brief((await analyze(consumed('100.00000000000000001%'), { rules: RULES })).findings)).toEqual(['syntax@7']);
  });

  it('written with zeros before or after is held exactly', async () => {
    const { findings, model } = await analyze(consumed('099.9990%'), { rules: RULES });
    expect(findings).toEqual([]);
    expect(model.interfaces[0]!.sla?.availability).toBe(99.999);
  });
});
