// The model's counts: elements per kind, per agency and per plateau, every declaration, in a
// fixed order.
import { describe, expect, it } from 'vitest';
import { modelStats, STATS_KINDS } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const FILES = {
  'shared.gea': `
plateau current "Current" { date 2026-01-01 }
plateau target "Target" { date 2028-01-01 }
law pdp "PDP" { enacted 2021-12-17 }
view overview "Overview" { kind landscape at target }
`,
  'ndc.gea': `
namespace mn.ndc
agency ndc "NDC" { kind agency }
platform khur "KHUR" { kind exchange operator ndc }
trust ca "CA" { kind ca operator ndc }
system portal "Portal" { owner ndc consumes mn.gasr.citizen_info { purpose "show" legal-basis pdp } }
system new_portal "New portal" { owner ndc from target }
`,
  'gasr.gea': `
namespace mn.gasr
agency gasr "GASR" { kind agency }
data citizen "Citizen" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen }
system old_registry "Old registry" { owner gasr until target }
interface citizen_info "Citizen info" {
  provider registry via mn.ndc.khur style rest version "1"
  operation get { method GET path "/c" output citizen }
}
waiver legacy { rule single-master on citizen reason "moving" until target }
`,
};

describe('modelStats', () => {
  it('counts the elements of each kind, per agency what it owns, provides and operates, and what exists at each plateau', async () => {
    const { model, findings } = await analyze(FILES, { rules: [] });
    expect(findings.map((finding) => finding.message)).toEqual([]);
    const stats = modelStats(model);
    expect(Object.keys(stats.kinds)).toEqual([...STATS_KINDS]);
    expect(stats.kinds).toEqual({
      agency: 2,
      system: 4,
      data: 1,
      interface: 1,
      platform: 1,
      trust: 1,
      law: 1,
      plateau: 2,
      view: 1,
      waiver: 1,
    });
    expect(stats.agencies).toEqual([
      { agency: 'mn.gasr.gasr', systems: 2, data: 1, interfaces: 1, operates: 0 },
      { agency: 'mn.ndc.ndc', systems: 2, data: 0, interfaces: 0, operates: 2 },
    ]);
    expect(stats.plateaus.map(({ plateau, date }) => [plateau, date])).toEqual([
      ['current', '2026-01-01'],
      ['target', '2028-01-01'],
    ]);
    const [current, target] = stats.plateaus;
    // new_portal comes at target, old_registry leaves there, and the waiver ends there.
    expect(current!.kinds).toMatchObject({ system: 3, waiver: 1, agency: 2, data: 1, interface: 1, plateau: 2 });
    expect(target!.kinds).toMatchObject({ system: 3, waiver: 0, agency: 2, data: 1, interface: 1, plateau: 2 });
    expect(Object.keys(target!.kinds)).toEqual([...STATS_KINDS]);
  });

  it('counts both declarations of a name, each agency a row of its own where it is declared, and the implicit plateau `now` at its date but not as a declared plateau', async () => {
    const { model } = await analyze(
      `agency a "A" { kind agency }
agency a "A again" { kind agency }
agency b "B" { kind agency }
system s "S" { owner a }
system s "S again" { owner b }
`,
      { rules: [] },
    );
    const stats = modelStats(model);
    expect(stats.kinds).toMatchObject({ agency: 3, system: 2, plateau: 0 });
    expect(stats.agencies).toEqual([
      { agency: 'a', declared: 'model.gea:1', systems: 1, data: 0, interfaces: 0, operates: 0 },
      { agency: 'a', declared: 'model.gea:2', systems: 0, data: 0, interfaces: 0, operates: 0 },
      { agency: 'b', systems: 1, data: 0, interfaces: 0, operates: 0 },
    ]);
    expect(stats.plateaus).toEqual([{ plateau: 'now', date: '2026-06-01', kinds: expect.objectContaining({ agency: 3, system: 2 }) }]);
  });

  it('lists the agencies by full name whatever order they are declared in, with those that own nothing', async () => {
    const { model } = await analyze(`agency b "B" { kind agency }\nagency a "A" { kind agency }\nagency c "C" { kind agency }\n`, {
      rules: [],
    });
    expect(modelStats(model).agencies.map((row) => row.agency)).toEqual(['a', 'b', 'c']);
  });
});
