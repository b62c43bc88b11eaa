import { describe, expect, it } from 'vitest';
import { crossAgencyViaPlatform } from '../../src/rules/cross-agency-via-platform.js';
import { RULES } from '@gea-arch/core';
import { analyze, brief } from '@gea-arch/fixtures';

const MODEL = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency a "А" { kind agency }
agency b "Б" { kind agency }
system provider "Хангагч" { owner a }
system legacy "Хуучин" { owner b depends-on provider { kind direct-db until target } }
`;

const waiver = (body: string) => `waiver w { rule cross-agency-via-platform on legacy reason "шилжилт" ${body} }`;

describe('unused-waiver', () => {
  it('is silent for a waiver that covers a finding', async () => {
    const { findings } = await analyze(MODEL + waiver('until target'), { rules: [crossAgencyViaPlatform] });
    expect(brief(findings)).toEqual(['cross-agency-via-platform@7~']);
    expect(findings[0]).toMatchObject({ waiver: 'w', justification: 'шилжилт', plateaus: ['current'] });
  });

  it('reports a waiver that matches no finding at the plateaus where it applies, at the waiver', async () => {
    const { findings } = await analyze(MODEL.replace('depends-on provider { kind direct-db until target }', '') + waiver(''), {
      rules: RULES,
    });
    expect(brief(findings.filter((f) => f.rule === 'unused-waiver'))).toEqual(['unused-waiver@8']);
    expect(findings.find((f) => f.rule === 'unused-waiver')).toMatchObject({
      severity: 'warning',
      element: 'w',
      plateaus: ['current', 'target'],
      message: 'waiver `w` excuses `cross-agency-via-platform` on `legacy`, but that rule finds nothing there; remove the waiver',
    });
  });

  it('calls no waiver unused while a reference names nothing declared: what it covers may not have been found', async () => {
    const source = MODEL.replace('owner a }', 'owner aa }') + waiver('');
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['unresolved-reference@6']);
  });

  it('judges waivers while the only unresolved names are in views or waivers: no rule reads them', async () => {
    const stale = MODEL.replace('depends-on provider { kind direct-db until target }', '') + waiver('');
    const typos = '\nview v { kind landscape include nosuch }\nwaiver x { rule single-mastr on provider reason "r" }';
    const { findings } = await analyze(stale + typos, { rules: RULES });
    expect(brief(findings)).toEqual(['unused-waiver@8', 'unresolved-reference@9', 'unresolved-reference@10']);
  });

  it('calls no waiver unused while an element lacks a required property, but for the rules that report it', async () => {
    // Without its owner, `legacy` is not judged across agencies: the missing owner is the one mistake.
    const source = MODEL.replace('system legacy "Хуучин" { owner b ', 'system legacy "Хуучин" { ') + waiver('until target');
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['owner-required@7']);
    // A waiver of `owner-required` itself is judged: that rule has run over every element.
    const ownerWaiver = '\nwaiver o { rule owner-required on provider reason "r" }';
    const judged = await analyze(source + ownerWaiver, { rules: RULES });
    expect(brief(judged.findings)).toEqual(['owner-required@7', 'unused-waiver@9']);
  });

  it('reports a waiver whose end comes before every plateau', async () => {
    const source = `${MODEL}plateau before "Өмнө" { date 2020-01-01 }\n${waiver('until before')}`;
    const { findings } = await analyze(source, { rules: [crossAgencyViaPlatform] });
    expect(brief(findings)).toEqual(['cross-agency-via-platform@7', 'unused-waiver@9']);
    expect(findings[1]!.message).toContain('`until before`, the first plateau, so it applies at no plateau');
    // It applies nowhere, so it is unused at every plateau: a finding always names where it holds.
    expect(findings[1]!.plateaus).toEqual(['before', 'current', 'target']);
  });

  it('cannot judge a waiver at plateaus where it does not apply (`--plateau`)', async () => {
    const { findings } = await analyze(MODEL + waiver('until target'), { rules: [crossAgencyViaPlatform], plateau: 'target' });
    expect(findings).toEqual([]);
  });

  it('cannot judge, at one plateau, a waiver that also applies at another (`--plateau`)', async () => {
    // The dependency starts at target: at current the waiver excuses nothing, at target it is used.
    const model = MODEL.replace('kind direct-db until target', 'kind direct-db from target') + waiver('');
    const { findings } = await analyze(model, { rules: RULES, plateau: 'current' });
    expect(findings).toEqual([]);
    const whole = await analyze(model, { rules: RULES });
    expect(brief(whole.findings)).toEqual(['cross-agency-via-platform@7~']);
  });

  it('says that a waiver ending at the first plateau has expired, not that its rule finds nothing', async () => {
    const { findings } = await analyze(MODEL + waiver('until current'), { rules: [crossAgencyViaPlatform] });
    expect(brief(findings)).toEqual(['cross-agency-via-platform@7', 'unused-waiver@8']);
    expect(findings[1]!.message).toBe(
      'waiver `w` ends `until current`, the first plateau, so it applies at no plateau; move its `until` to the plateau the exception lasts until, or remove the waiver',
    );
    const mn = await analyze(MODEL + waiver('until current'), { rules: [crossAgencyViaPlatform], locale: 'mn' });
    expect(mn.findings[1]!.message).toContain('аль ч үе шатанд үйлчлэхгүй');
  });

  it('says that parse and link findings cannot be waived', async () => {
    const source = `agency a "А" { kind agency }\nwaiver w { rule syntax on a reason "r" }`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['unused-waiver@2']);
    expect(findings[0]!.message).toContain('cannot be waived');
  });

  it('says that unused-waiver itself cannot be waived without calling it no integration rule', async () => {
    const source = `agency a "А" { kind agency }\nwaiver w { rule unused-waiver on a reason "r" }`;
    const { findings } = await analyze(source, { rules: RULES });
    expect(brief(findings)).toEqual(['unused-waiver@2']);
    expect(findings[0]!.message).toBe(
      'waiver `w` names `unused-waiver`, which cannot be waived: a waiver that excuses nothing is removed, not waived; remove this waiver and the one it was meant for (or set `unused-waiver: off` in gea.yaml)',
    );
    const mn = await analyze(source, { rules: RULES, locale: 'mn' });
    expect(mn.findings[0]!.message).toContain('`unused-waiver` дүрмийг нэрлэсэн боловч түүнийг чөлөөлөх боломжгүй:');
  });

  it('leaves waivers of rules that are switched off alone', async () => {
    const source = MODEL.replace('depends-on provider { kind direct-db until target }', '') + waiver('');
    const { findings } = await analyze(source, { rules: RULES, severities: { 'cross-agency-via-platform': 'off' } });
    expect(findings.filter((f) => f.rule === 'unused-waiver')).toEqual([]);
  });

  it('takes a severity override like any rule', async () => {
    const source = MODEL.replace('depends-on provider { kind direct-db until target }', '') + waiver('');
    const { findings } = await analyze(source, { rules: RULES, severities: { 'unused-waiver': 'error' } });
    expect(findings.find((f) => f.rule === 'unused-waiver')?.severity).toBe('error');
    const off = await analyze(source, { rules: RULES, severities: { 'unused-waiver': 'off' } });
    expect(off.findings.filter((f) => f.rule === 'unused-waiver')).toEqual([]);
  });
});
