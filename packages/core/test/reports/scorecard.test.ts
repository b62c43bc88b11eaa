// The agency scorecard: elements by kind, findings by severity, waivers, the share of rules passed,
// worst first.
import { describe, expect, it } from 'vitest';
import { agencyScorecards, RULES } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const MODEL = `
plateau a "A" { date 2026-01-01 }
plateau b "B" { date 2028-01-01 }
agency good "Good" { kind agency }
agency bad "Bad" { kind agency }
agency idle "Idle" { kind agency }
platform bus "Bus" { kind exchange operator good }
trust ca "CA" { kind ca operator good }
data d1 "D1" { owner good field id string key }
data d2 "D2" { owner bad field code string key }
system s1 "S1" { owner good masters d1 }
system s2 "S2" { owner bad depends-on s1 "db" { kind direct-db } }
system s3 "S3" { owner bad }
interface i1 "I1" { provider s1 via bus style rest version "1" operation get { method GET path "/x" output d1 } }
waiver w { rule cross-agency-via-platform on s2 reason "legacy" until b }
`;

describe('agencyScorecards', () => {
  it("counts each agency's elements, findings and waivers, and the rules that pass there, worst first", async () => {
    const { model, findings } = await analyze(MODEL);
    const rules = RULES.map((rule) => rule.id as string);
    const scorecard = agencyScorecards(model, findings, rules);
    expect(scorecard.rules).toBe(rules.length);
    expect(scorecard.agencies.map((entry) => entry.agency.id)).toEqual(['bad', 'good', 'idle']);
    const [bad, good, idle] = scorecard.agencies;
    expect(bad!.elements).toEqual({ system: 2, data: 1, interface: 0, platform: 0, trust: 0 });
    expect(good!.elements).toEqual({ system: 1, data: 1, interface: 1, platform: 1, trust: 1 });
    // d2 has no master (an error); s2's direct database link is waived at a and an error at b.
    expect(bad!.findings).toEqual({ error: 2, warning: 0, info: 0, waived: 1 });
    expect(bad!.failingRules).toEqual(['cross-agency-via-platform', 'single-master']);
    expect(bad!.rulesPassed).toBe(rules.length - 2);
    expect(bad!.share).toBeCloseTo((rules.length - 2) / rules.length);
    expect(bad!.waivers).toEqual([
      expect.objectContaining({ id: 'w', rule: 'cross-agency-via-platform', on: 's2', until: 'b', findings: 1 }),
    ]);
    expect(idle!.share).toBe(1);
    expect(idle!.findings).toEqual({ error: 0, warning: 0, info: 0, waived: 0 });
  });

  it('counts only the rules in force', async () => {
    const { model, findings } = await analyze(MODEL);
    const scorecard = agencyScorecards(model, findings, ['single-master']);
    expect(scorecard.rules).toBe(1);
    expect(scorecard.agencies[0]!.failingRules).toEqual(['single-master']);
    expect(scorecard.agencies[0]!.share).toBe(0);
  });
});
