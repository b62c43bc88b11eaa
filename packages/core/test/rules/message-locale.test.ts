import { describe, expect, it } from 'vitest';
import { isIntegrationRuleId, type Finding } from '@gea-arch/core';
import { analyzeDocuments } from '@gea-arch/language';
import { analyze, buildDocuments, conformanceEntries, TEST_DATE } from '@gea-arch/fixtures';

const CYRILLIC = /[\u0400-\u04FF]/;
/** Common English words that do not occur in Mongolian prose. */
const ENGLISH_PROSE = /\b(the|and|is|are|of|to|with|which|that|has|at)\b/i;

/** What a reader reads in a message: without the code (`…`) and quoted names in it. */
function proseOf(message: string): string {
  return message.replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ');
}

/** The findings whose words are the rules' (parse and link findings have words of their own). */
function ruleFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => isIntegrationRuleId(finding.rule) || finding.rule === 'unused-waiver');
}

/** The same finding in either language: rule, element and place. */
function place(finding: Finding): string {
  return `${finding.rule} ${finding.element} ${finding.source.uri}:${finding.source.start.line}:${finding.source.start.character}`;
}

describe('finding messages in the language of the run', () => {
  for (const entry of conformanceEntries()) {
    it(`are Mongolian with locale mn and English with locale en for ${entry.name}`, async () => {
      const options = { locales: ['mn', 'en'] };
      const mongolian = ruleFindings((await analyze(entry.sources, { ...options, locale: 'mn' })).findings);
      const english = ruleFindings((await analyze(entry.sources, { ...options, locale: 'en' })).findings);
      expect(mongolian.map(place)).toEqual(english.map(place));
      for (const [index, finding] of mongolian.entries()) {
        const prose = proseOf(finding.message);
        expect(prose, `${finding.rule}: ${finding.message}`).toMatch(CYRILLIC);
        expect(prose, `${finding.rule}: ${finding.message}`).not.toMatch(ENGLISH_PROSE);
        const inEnglish = proseOf(english[index]!.message);
        expect(inEnglish, `${finding.rule}: ${english[index]!.message}`).not.toMatch(CYRILLIC);
        expect(inEnglish, `${finding.rule}: ${english[index]!.message}`).toMatch(/\b[a-z]{3,}\b/i);
      }
    });
  }

  it('cover nearly every rule between them, so that each table is read', async () => {
    const rules = new Set<string>();
    for (const entry of conformanceEntries()) {
      for (const finding of ruleFindings((await analyze(entry.sources, { locales: ['mn', 'en'], locale: 'mn' })).findings))
        rules.add(finding.rule);
    }
    expect(rules.size).toBeGreaterThanOrEqual(25);
  });

  it('follow the model’s default locale when the run names none', async () => {
    const source = 'agency gasr "Улсын бүртгэлийн ерөнхий газар" { }\ndata citizen "Иргэн" { owner gasr }';
    const { findings } = analyzeDocuments(await buildDocuments(source), { evaluationDate: TEST_DATE });
    const [finding] = ruleFindings(findings);
    expect(finding!.message).toBe(
      '`citizen` өгөгдлийн санд эх сурвалж систем алга; түүний эх сурвалж болох системд `masters citizen` заалт нэмнэ үү',
    );
  });
});
