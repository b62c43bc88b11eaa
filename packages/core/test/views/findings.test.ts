// Violations on the picture: computeViews(model, { findings }) marks each finding that holds at a
// view's plateaus once — on the edges that draw the statement it is in, else on the node that
// stands for its element — with the worst unwaived severity, whether any is waived, and the rules.
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import { viewsOfAgencies } from './agency-level.js';

const MODEL = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency a "А" { kind agency }
agency b "Б" { kind agency }
agency ndc "ҮДТ" { kind agency }
platform khur "ХУР" { kind exchange operator ndc }
platform portal "Портал" { kind portal operator ndc }
system sa "СА" { owner a
  depends-on sb "шууд" { kind direct-db until target }
  consumes p2p { purpose "Шалгах" agreement "МСГ-1" }
  consumes via_portal { purpose "Шалгах" agreement "МСГ-1" } }
system sb "СБ" { owner b }
system sc "СВ" { owner b depends-on sd "хуучин" { kind file } }
system sd "СГ" { owner a }
interface p2p "Шууд API" { provider sb style rest version "1" }
interface via_portal "Порталын API" { provider sb via portal style rest version "1" }
interface ok "Зөв API" { provider sb via khur style rest version "1" }
system se "СД" { owner a consumes ok { purpose "Шалгах" agreement "МСГ-1" } }
waiver old_file { rule cross-agency-via-platform on sc reason "Хуучин файл солилцоо" }
view systems { kind landscape }
`;

async function views(withFindings = true): Promise<Map<string, ViewGraph>> {
  const { model, findings } = await analyze(MODEL);
  return new Map(viewsOfAgencies(model, withFindings ? { findings } : {}).map((view) => [view.id, view]));
}

const marks = (items: readonly { id: string; findings?: unknown }[]) =>
  Object.fromEntries(items.filter((item) => item.findings).map((item) => [item.id, item.findings]));

const BYPASS = { severity: 'error', waived: false, rules: ['cross-agency-via-platform'] };
const WAIVED = { waived: true, rules: ['cross-agency-via-platform'] };

describe('findings on views', () => {
  it('marks the edge that draws the statement a finding is in, not the node of its element', async () => {
    const systems = (await views()).get('systems')!;
    expect(marks(systems.edges)).toEqual({
      'consumes:sa->sb': BYPASS,
      'depends-on:sa->sb': BYPASS,
      'depends-on:sc->sd': WAIVED,
    });
    expect(marks(systems.nodes)).toEqual({});
  });

  it('draws a bypass straight between agencies on the landscape of agencies, with its finding; the rest through ХУР', async () => {
    const landscape = (await views()).get('landscape-current')!;
    expect(landscape.edges.map((edge) => `${edge.id}:${edge.label}`)).toEqual([
      'consumes:a->b:2',
      'consumes:a->khur:1',
      'consumes:khur->b:1',
      'depends-on:a->b:1',
      'depends-on:b->a:1',
    ]);
    expect(marks(landscape.edges)).toEqual({ 'consumes:a->b': BYPASS, 'depends-on:a->b': BYPASS, 'depends-on:b->a': WAIVED });
    expect(landscape.edges.find((edge) => edge.id === 'consumes:a->b')!.tooltip.split('\n')).toEqual([
      'a » b: 2 мэдээлэл солилцоо:',
      'sa → p2p',
      'sa → via_portal via portal',
    ]);
  });

  it('marks only the findings that hold at the plateau a view shows', async () => {
    const target = (await views()).get('landscape-target')!;
    expect(marks(target.edges)).toEqual({ 'consumes:a->b': BYPASS, 'depends-on:b->a': WAIVED });
  });

  it('marks an agency that stands for its systems with the findings on them that no edge draws', async () => {
    const source = `${MODEL}\ninterface bare "Хоосон" { provider sd via khur style rest }`;
    const { model, findings } = await analyze(source);
    const landscape = viewsOfAgencies(model, { findings }).find((view) => view.id === 'landscape-current')!;
    expect(landscape.nodes.find((node) => node.id === 'a')!.findings).toEqual({
      severity: 'error',
      waived: false,
      rules: ['interface-complete'],
    });
  });

  it('marks nothing without findings', async () => {
    for (const view of (await views(false)).values()) {
      expect([...view.nodes, ...view.edges].filter((item) => item.findings)).toEqual([]);
    }
  });
});
