import { describe, expect, it } from 'vitest';
import { crossAgencyViaPlatform } from '../../src/rules/cross-agency-via-platform.js';
import { singleMaster } from '../../src/rules/single-master.js';
import { analyze, brief } from '../helpers.js';

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

const waiverOnLegacy = (id: string, body = '') => `waiver ${id} { rule cross-agency-via-platform on legacy reason "шилжилт ${id}" ${body} }\n`;

describe('the rule engine', () => {
  describe('merging across plateaus', () => {
    it('reports one finding per rule, element and place, listing its plateaus, with the earliest plateau\'s message', async () => {
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
});
