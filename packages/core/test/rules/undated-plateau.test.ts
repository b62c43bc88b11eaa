// A plateau declared without a `date` is a syntax error. Where it would sort is not known, so no
// rule is evaluated there, and a lifecycle naming it is no bound: no rule guesses (decision 0070).
import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '@gea-arch/core';
import { analyze, brief, TEST_DATE } from '@gea-arch/fixtures';

const PLATEAUS = `plateau current "Одоо" { date 2026-01-01 }
plateau scenario "Хувилбар"
agency gasr "УБЕГ" { kind agency }
data c "Иргэн" { owner gasr field rn string "Р" key }
`;

describe('a plateau without a date', () => {
  it('is not evaluated: a rule finding lists only the dated plateaus, and none holds at the undated one alone', async () => {
    const source = `${PLATEAUS}system a "А" { owner gasr masters c (until scenario) }\nsystem b "Б" { }\n`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['syntax@2', 'owner-required@6']);
    expect(findings[1]!.plateaus).toEqual(['current']);
    expect(findings[0]!.message).toBe(
      'plateau `scenario` needs a `date`, e.g. `{ date 2028-01-01 }`; until it has one, no rule is checked there and a `from` or `until` naming it bounds nothing',
    );
  });

  it('nor is one whose date is no day of the calendar: it is not sorted by the text written (decision 0082)', async () => {
    const source = `plateau current "Одоо" { date 2026-01-01 }
plateau middle "Дунд" { date 2026-13-45 }
plateau target "Зорилт" { date 2027-01-01 }
agency gasr "УБЕГ" { kind agency }
data c "Иргэн" { owner gasr field rn string "Р" key }
system a "А" { owner gasr masters c (until middle) }
system b "Б" { }
`;
    const { model, findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['syntax@2', 'owner-required@7']);
    expect(findings[1]!.plateaus).toEqual(['current', 'target']);
    expect(model.plateaus.map((plateau) => plateau.id)).toEqual(['current', 'target', 'middle']);
  });

  it('is not evaluated when asked for alone', async () => {
    const { model } = await analyze(`${PLATEAUS}system b "Б" { }\nwaiver w { rule owner-required on b reason "Түр" }\n`, { rules: [] });
    expect(runRules(model, RULES, { evaluationDate: TEST_DATE, plateau: 'scenario' })).toEqual([]);
    expect(runRules(model, RULES, { evaluationDate: TEST_DATE, plateau: 'current' }).map((f) => `${f.rule}${f.waived ? '~' : ''}`)).toEqual(
      ['single-master', 'owner-required~'],
    );
  });

  it('bounds no lifecycle: what a statement points to is not guessed absent, nor a lifecycle reversed', async () => {
    const source = `${PLATEAUS}agency ndc "НДТ" { kind agency }
platform khur "ХУР" { kind exchange operator ndc }
system reg "Р" { owner gasr masters c }
interface api "API" { provider reg via khur style rest version "1" from scenario operation get { method GET path "/c" output c } }
system tax "Т" { owner ndc consumes api { purpose "Шалгах" legal-basis pdp "1" agreement "Г-1" } }
system old "Х" { owner gasr from scenario until current }
law pdp "Хууль"
`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['syntax@2']);
  });

  it('does not call unused a waiver of a problem its lifecycle withholds', async () => {
    const source = `${PLATEAUS}plateau target "Зорилт" { date 2028-12-31 }
agency ndc "НДТ" { kind agency }
system reg "Р" { owner gasr masters c }
system tax "Т" { owner ndc from scenario depends-on reg "шууд" { kind direct-db } }
waiver w { rule cross-agency-via-platform on tax reason "Шилжинэ" until target }
`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['syntax@2']);
    const dated = await analyze(source.replace('from scenario', 'from current'), { rules: RULES });
    expect(brief(dated.findings)).toEqual(['syntax@2', 'cross-agency-via-platform@8~', 'cross-agency-via-platform@8']);
  });

  it('shares a date with no other plateau', async () => {
    const { findings } = await analyze(`${PLATEAUS}plateau other "Бусад"\n`, { rules: [] });
    expect(brief(findings)).toEqual(['syntax@2', 'syntax@5']);
  });
});
