// An element or statement whose `from`/`until` names an undeclared plateau exists at plateaus not
// known: the misspelt name is `unresolved-reference`'s one finding (RULES.md), no rule's guess.
import { describe, expect, it } from 'vitest';
import { RULES } from '@gea-arch/core';
import { analyze, brief } from '@gea-arch/fixtures';

const PLATEAUS = `plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "УБЕГ" { kind agency }
agency ndc "НДТ" { kind agency }
data c "Иргэн" { owner gasr field rn string "Р" key }
`;

describe('a lifecycle naming an undeclared plateau', () => {
  it('of a master system: no rival or missing master is guessed at', async () => {
    const source = `${PLATEAUS}system a "А" { owner gasr until targte masters c }\nsystem b "Б" { owner gasr from target masters c }\n`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['unresolved-reference@6']);
    const spelt = await analyze(source.replace('targte', 'target'), { rules: RULES });
    expect(brief(spelt.findings)).toEqual([]);
  });

  it('of a statement: what a rule finds in it is not reported', async () => {
    const source = `${PLATEAUS}system reg "Р" { owner gasr masters c }\nsystem tax "Т" { owner ndc depends-on reg "x" { kind file until targte } }\n`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['unresolved-reference@7']);
    const spelt = await analyze(source.replace('targte', 'target'), { rules: RULES });
    expect(brief(spelt.findings)).toEqual(['cross-agency-via-platform@7']);
  });
});
