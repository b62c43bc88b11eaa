import { describe, expect, it } from 'vitest';
import { RULES, runRules, runRulesStepwise } from '@gea-arch/core';
import { analyzeDocuments, buildSources } from '@gea-arch/language';
import { crossAgencyViaPlatform } from '../../src/rules/cross-agency-via-platform.js';
import { singleMaster } from '../../src/rules/single-master.js';
import { analyze, brief, TEST_DATE } from '@gea-arch/fixtures';

const PLATEAUS = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }`;

// `legacy` depends directly on another agency's system at both plateaus (lines 6 and 7).
const DIRECT_LINK = `${PLATEAUS}
agency a "А" { kind agency }
agency b "Б" { kind agency }
system provider "Хангагч" { owner a }
system legacy "Хуучин" { owner b depends-on provider { kind direct-db } }
`;

const waiverOnLegacy = (id: string, body = '') =>
  `waiver ${id} { rule cross-agency-via-platform on legacy reason "шилжилт ${id}" ${body} }\n`;

describe('the rule engine', () => {
  describe('merging across plateaus', () => {
    it("reports one finding per rule, element and place, listing its plateaus, with the earliest plateau's message", async () => {
      // `new_registry`'s rival is `old_registry` at current and `next_registry` at target.
      const { findings } = await analyze(
        `${PLATEAUS}
agency gasr "Газар" { kind agency }
data citizen "Иргэн" { owner gasr field register_no string "РД" key }
system old_registry "Хуучин" { owner gasr until target masters citizen }
system new_registry "Шинэ" { owner gasr masters citizen }
system next_registry "Дараагийн" { owner gasr from target masters citizen }`,
        { rules: [singleMaster] },
      );
      expect(brief(findings)).toEqual(['single-master@6', 'single-master@7', 'single-master@8']);
      const atNew = findings[1]!;
      expect(atNew.plateaus).toEqual(['current', 'target']);
      expect(atNew.message).toContain('which `old_registry` also masters');
    });

    it('keeps a waived and an unwaived occurrence at one place apart', async () => {
      const { findings } = await analyze(DIRECT_LINK + waiverOnLegacy('w', 'until target'), { rules: [crossAgencyViaPlatform] });
      expect(brief(findings)).toEqual(['cross-agency-via-platform@7~', 'cross-agency-via-platform@7']);
      expect(findings.map((f) => f.plateaus)).toEqual([['current'], ['target']]);
    });
  });

  describe('waivers', () => {
    it('uses every waiver that matches a finding, and names the first', async () => {
      const { findings } = await analyze(DIRECT_LINK + waiverOnLegacy('first') + waiverOnLegacy('second'), {
        rules: [crossAgencyViaPlatform],
      });
      expect(brief(findings)).toEqual(['cross-agency-via-platform@7~']);
      expect(findings[0]).toMatchObject({ waiver: 'first', justification: 'шилжилт first', plateaus: ['current', 'target'] });
    });

    it('names the first waiver in source order, whatever order the documents are read in', async () => {
      const documents = await buildSources([
        { uri: 'file:///ws/b.gea', text: waiverOnLegacy('later') },
        { uri: 'file:///ws/a.gea', text: DIRECT_LINK + waiverOnLegacy('earlier') },
      ]);
      const { findings } = analyzeDocuments(documents, { evaluationDate: TEST_DATE, rules: [crossAgencyViaPlatform] });
      expect(findings.map((f) => `${f.rule}:${f.waiver ?? ''}`)).toEqual(['cross-agency-via-platform:earlier']);
    });

    describe('with a lifecycle', () => {
      it('applies a waiver from the plateau its `from` names, and before its `until`', async () => {
        const { findings } = await analyze(DIRECT_LINK + waiverOnLegacy('w', 'from target'), { rules: [crossAgencyViaPlatform] });
        expect(findings.map((f) => `${f.plateaus.join(',')}${f.waived ? ` waived by ${f.waiver}` : ''}`)).toEqual([
          'current',
          'target waived by w',
        ]);
      });

      it('says, in a finding past the end of a waiver that covered it, where that waiver ended', async () => {
        const source = DIRECT_LINK + waiverOnLegacy('w', 'until target');
        const { findings } = await analyze(source, { rules: [crossAgencyViaPlatform] });
        expect(findings.map((f) => `${f.plateaus.join(',')}${f.waived ? ' waived' : ''}`)).toEqual(['current waived', 'target']);
        expect(findings[0]!.message).not.toContain('ended');
        expect(findings[1]!.message).toMatch(/ \(waiver `w` ended at plateau `target`\)$/);
        const mongolian = (await analyze(source, { rules: [crossAgencyViaPlatform], locale: 'mn' })).findings;
        expect(mongolian[1]!.message).toMatch(/ \(`w` чөлөөлөлт `target` үе шатанд дууссан\)$/);
      });

      it('names, of the waivers that ended, the one that ended last, at every plateau after it', async () => {
        const source = `
plateau current "Одоо" { date 2026-01-01 }
plateau middle "Дунд" { date 2027-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
plateau later "Хожим" { date 2030-01-01 }
agency a "А" { kind agency }
agency b "Б" { kind agency }
system provider "Хангагч" { owner a }
system legacy "Хуучин" { owner b depends-on provider { kind direct-db } }
${waiverOnLegacy('short', 'until middle')}${waiverOnLegacy('long', 'until target')}`;
        const { findings } = await analyze(source, { rules: [crossAgencyViaPlatform] });
        expect(findings.map((f) => `${f.plateaus.join(',')} ${f.waiver ?? ''}`)).toEqual(['current short', 'middle long', 'target,later ']);
        expect(findings[2]!.message).toContain('(waiver `long` ended at plateau `target`)');
      });

      it('keeps a finding before a waiver applies apart from one after it ended', async () => {
        const source = `
plateau current "Одоо" { date 2026-01-01 }
plateau middle "Дунд" { date 2027-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency a "А" { kind agency }
agency b "Б" { kind agency }
system provider "Хангагч" { owner a }
system legacy "Хуучин" { owner b depends-on provider { kind direct-db } }
${waiverOnLegacy('w', 'from middle until target')}`;
        const { findings } = await analyze(source, { rules: [crossAgencyViaPlatform] });
        expect(
          findings.map(
            (f) => `${f.plateaus.join(',')}${f.waived ? ' waived' : ''} ${f.message.endsWith('(waiver `w` ended at plateau `target`)')}`,
          ),
        ).toEqual(['current false', 'middle waived false', 'target true']);
      });

      it('reports a waiver as unused when nothing is found at the plateaus its lifecycle allows', async () => {
        const endsAtTarget = DIRECT_LINK.replace('{ kind direct-db }', '{ kind direct-db until target }');
        const { findings } = await analyze(endsAtTarget + waiverOnLegacy('w', 'from target'), { rules: [crossAgencyViaPlatform] });
        expect(findings.map((f) => `${f.rule} ${f.plateaus.join(',')}${f.waived ? ' waived' : ''}`)).toEqual([
          'cross-agency-via-platform current',
          'unused-waiver target',
        ]);
        expect(findings[1]!.message).toContain('that rule finds nothing there at the plateaus where the waiver applies (`target`)');
      });
    });
  });

  describe('one plateau at a time', () => {
    it("steps after each plateau's projection and each rule, says when a plateau is complete, and returns runRules' findings", async () => {
      const { model } = await analyze(DIRECT_LINK + waiverOnLegacy('w1', 'from target'), { rules: [] });
      const options = { evaluationDate: TEST_DATE };
      const steps = runRulesStepwise(model, RULES, options);
      const yielded: string[] = [];
      let step = steps.next();
      for (; !step.done; step = steps.next()) yielded.push(`${step.value.plateau.id}${step.value.complete ? ' complete' : ''}`);
      const plateauSteps = (id: string) => [...Array<string>(RULES.length).fill(id), `${id} complete`];
      expect(yielded).toEqual([...plateauSteps('current'), ...plateauSteps('target')]);
      expect(step.value).toEqual(runRules(model, RULES, options));
      expect(brief(step.value)).toContain('cross-agency-via-platform@7');
      const onlyTarget = [...runRulesStepwise(model, RULES, { ...options, plateau: 'target' })];
      expect(onlyTarget.filter((each) => each.complete).map((each) => each.plateau.id)).toEqual(['target']);
    });
  });
});
