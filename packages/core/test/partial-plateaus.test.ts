import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';
import { partialPlateaus } from '../src/findings/partial-plateaus.js';

describe('the plateaus a finding names', () => {
  it('are those it holds at when some declared plateaus only, none when all or none are declared', async () => {
    const plateaus = 'plateau a "A" { date 2026-01-01 }\nplateau b "B" { date 2028-01-01 }\n';
    const model = `agency g "G" { kind agency }\ndata d "D" { owner g field id string key }\nsystem s "S" { owner g masters d (until b) }\n`;
    const at = async (source: string) => {
      const { model: built, findings } = await analyze(source);
      return findings.filter((finding) => finding.rule === 'single-master').map((finding) => partialPlateaus(finding, built));
    };
    expect(await at(plateaus + model)).toEqual([['b']]);
    expect(await at(plateaus + model.replace(' (until b)', '').replace('masters d', 'stores d { id }'))).toEqual([undefined]);
    expect(await at(model.replace(' (until b)', '').replace('masters d', 'stores d { id }'))).toEqual([undefined]);
  });
});
