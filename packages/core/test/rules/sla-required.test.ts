import { describe, expect, it } from 'vitest';
import { slaRequired } from '../../src/rules/sla-required.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';
import { EXCHANGE_BASE, lineOf } from './exchange-fixtures.js';

const ID = 'sla-required';
/** Interfaces promising 99.5%, 99.0% and 98.9% availability, and one with an SLA block but no availability. */
const APIS = `interface api995 "A" { provider civil_registry via khur style rest version "1" sla { availability 99.5% } operation get { method GET path "/a" output stats } }
interface api990 "B" { provider civil_registry via khur style rest version "1" sla { availability 99.0% } operation get { method GET path "/b" output stats } }
interface api989 "C" { provider civil_registry via khur style rest version "1" sla { availability 98.9% } operation get { method GET path "/c" output stats } }
interface api_latency "D" { provider civil_registry via khur style rest version "1" sla { latency 800ms } operation get { method GET path "/d" output stats } }
`;
const check = (model: string) => findingsOf(slaRequired, EXCHANGE_BASE + APIS + model);
const at = (model: string, marker: string) => `${ID}@${lineOf(EXCHANGE_BASE + APIS + model, marker)}`;

describe('sla-required', () => {
  it('reports, at the consumes statement, an interface without SLA consumed by a critical system', async () => {
    const model = `system payroll "Цалин" {
  owner sia criticality critical
  consumes stats_api // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.element).toBe('payroll');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toBe(
      'system `payroll` (criticality `critical`) consumes interface `stats_api`, which states no SLA availability; ' +
        'a consumer of that criticality needs at least 99.5%: agree `sla { availability 99.5% }` or better with its provider, or consume another interface',
    );
  });

  it('reports an availability below 99.5% for a critical consumer, and accepts 99.5%', async () => {
    const model = `system payroll "Цалин" {
  owner sia criticality critical
  consumes api995
  consumes api990 // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('which promises only 99.0% availability; a consumer of that criticality needs at least 99.5%');
  });

  it('reports an availability below 99.0% for a high consumer, and accepts 99.0%', async () => {
    const model = `system payroll "Цалин" {
  owner sia criticality high
  consumes api990
  consumes api989 // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('(criticality `high`)');
    expect(findings[0]!.message).toContain('a consumer of that criticality needs at least 99.0%');
  });

  it('reports an SLA block that states no availability', async () => {
    const model = `system payroll "Цалин" {
  owner sia criticality high
  consumes api_latency // here
}`;
    const findings = await check(model);
    expect(brief(findings)).toEqual([at(model, '// here')]);
    expect(findings[0]!.message).toContain('states no SLA availability');
  });

  it('names the criticality once, after the system, in either language', async () => {
    const model = `system high "Өндөр" {
  owner sia criticality high
  consumes stats_api
}`;
    const [english] = await check(model);
    expect(english!.message).toMatch(/^system `high` \(criticality `high`\) consumes interface `stats_api`, /);
    expect(english!.message.match(/high/g)).toHaveLength(2);
    const [mongolian] = await findingsOf(slaRequired, EXCHANGE_BASE + APIS + model, { locale: 'mn' });
    expect(mongolian!.message).toMatch(/^`high` систем \(ач холбогдлын зэрэг `high`\) `stats_api` интерфейсийг хэрэглэдэг боловч /);
    expect(mongolian!.message).toContain('; ийм зэрэгтэй хэрэглэгчид дор хаяж 99.0% шаардлагатай');
    expect(mongolian!.message.match(/high/g)).toHaveLength(2);
  });

  it('does not apply to consumers of low, medium or unstated criticality', async () => {
    const model = `system a "A" { owner sia criticality medium consumes stats_api }
system b "B" { owner sia criticality low consumes api989 }
system c "C" { owner sia consumes stats_api }`;
    expect(await check(model)).toEqual([]);
  });

  it('reports only at the plateaus where the consumption and the system exist', async () => {
    const model = `system payroll "Цалин" { owner sia criticality critical from target consumes stats_api }
system ledger "Дэвтэр" { owner sia criticality critical consumes stats_api { until target } }`;
    expect((await check(model)).map((f) => [f.element, f.plateaus])).toEqual([
      ['payroll', ['target']],
      ['ledger', ['current']],
    ]);
  });

  it('does not fire for an unresolved interface', async () => {
    const { findings } = await analyze(`${EXCHANGE_BASE}system payroll "Цалин" { owner sia criticality critical consumes no_such_api }`, {
      rules: [slaRequired],
    });
    expect(findings.filter((f) => f.rule === ID)).toEqual([]);
  });

  it('is waived by a waiver on the consuming system', async () => {
    const model = `system payroll "Цалин" {
  owner sia criticality critical
  consumes stats_api // here
}
waiver sla_pending { rule sla-required on payroll reason "SLA тохиролцож байна" }`;
    expect(brief(await check(model))).toEqual([`${at(model, '// here')}~`]);
  });
});
