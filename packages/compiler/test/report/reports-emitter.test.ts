// The reports section of `gea build`: findings (JSON, SARIF, Markdown), a gap per consecutive
// plateau pair, the scorecard and the signature map, each JSON valid against its schema, the
// Markdown grouped as people read it, with links back to the sources, the same bytes every time.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES, wordsFor } from '@gea-arch/core';
import { MONGOLIA_EXAMPLE, QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { readMarkdown } from './markdown-reader.js';
import { schemaErrors } from './schemas.js';

let reports: string;

async function buildReports(root: string, locale = 'en'): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'gea-reports-')), 'out');
  await buildWorkspace(await loadWorkspace([root]), {
    outDir,
    only: ['reports'],
    toolVersion: 'test',
    locale,
    evaluationDate: '2031-10-01',
  });
  return join(outDir, 'reports');
}

const read = (name: string) => readFileSync(join(reports, name), 'utf8');

beforeAll(async () => {
  reports = await buildReports(MONGOLIA_EXAMPLE);
});

describe('reports section', () => {
  it('holds the findings, one gap per consecutive pair of plateaus, the scorecard and the signature map', () => {
    expect(readdirSync(reports).sort()).toEqual([
      'findings.json',
      'findings.md',
      'findings.sarif',
      'gap-current-target.json',
      'gap-current-target.md',
      'scorecard.json',
      'scorecard.md',
      'signatures.json',
      'signatures.md',
    ]);
  });

  it('writes no gap for a model without plateaus', async () => {
    expect(readdirSync(await buildReports(QUICKSTART_EXAMPLE)).filter((name) => name.startsWith('gap-'))).toEqual([]);
  });

  it('writes JSON that its schemas accept', () => {
    for (const [file, schema] of [
      ['findings.json', 'findings'],
      ['gap-current-target.json', 'gap'],
      ['scorecard.json', 'scorecard'],
      ['signatures.json', 'signatures'],
    ] as const) {
      expect(schemaErrors(schema, read(file)), file).toEqual([]);
    }
  });

  it('groups findings.md by agency, then rule, with links to the source lines from out/reports', () => {
    const document = readMarkdown(read('findings.md'));
    const summary = (rule: 'cross-agency-via-platform' | 'deprecated-interface' | 'duplicate-data') =>
      `3 ${rule} — ${wordsFor('en').rules[rule].summary}`;
    // The capital has two warnings, so it comes first; the others (one waived finding each) by full name.
    expect(document.headings.map((heading) => `${heading.level} ${heading.text}`)).toEqual([
      '1 Findings',
      "2 Governor's Office of the Capital City (Ulaanbaatar) (mn.ulaanbaatar)",
      summary('cross-agency-via-platform'),
      summary('deprecated-interface'),
      summary('duplicate-data'),
      '2 General Police Department (mn.police)',
      summary('cross-agency-via-platform'),
      '2 General Authority for Labour and Welfare Services (mn.welfare)',
      summary('cross-agency-via-platform'),
    ]);
    const relative = /^\.\.\/(\.\.\/)+.*examples\/mongolia\/agencies\/[a-z]+\/[a-z]+\.gea#L\d+$/;
    expect(document.links.length).toBe(5);
    for (const link of document.links) expect(link).toMatch(relative);
  });

  it('scores the agencies worst first, with their waivers and the share of rules passed', () => {
    const scorecard = JSON.parse(read('scorecard.json'));
    expect(scorecard.agencies[0].agency).toBe('mn.ulaanbaatar');
    expect(scorecard.agencies[0].findings).toEqual({ error: 0, warning: 2, info: 0, waived: 1 });
    expect(scorecard.agencies[0].failingRules).toEqual(['deprecated-interface', 'duplicate-data']);
    expect(scorecard.agencies[0].rulesPassed).toBe(scorecard.rules - 2);
    // Every rule of RULES.md's table is in force in the example (no gea.yaml turns one off), unused-waiver too.
    expect(scorecard.rules).toBe(RULES.length + 1);
    const police = scorecard.agencies.find((entry: { agency: string }) => entry.agency === 'mn.police');
    expect(police.waivers).toEqual([expect.objectContaining({ id: 'mn.police.traffic_vehicle_db', until: 'target', findings: 1 })]);
    expect(police.share).toBe(1);
    const table = readMarkdown(read('scorecard.md')).tables[0]!;
    expect(table.headers[0]).toBe('Agency');
    expect(table.rows.map((row) => row[0])).toHaveLength(12);
  });

  it('maps each certificate to the signatures that depend on it, with days left at the evaluation date', () => {
    const map = JSON.parse(read('signatures.json'));
    expect(map.evaluationDate).toBe('2031-10-01');
    const ocsp = map.trusts.find((trust: { trust: string }) => trust.trust === 'mn.gov_ocsp');
    expect(ocsp.certificates[0]).toMatchObject({ validUntil: '2031-12-31', daysLeft: 91, state: 'valid' });
    const root = map.trusts.find((trust: { trust: string }) => trust.trust === 'mn.root_ca');
    const govCa = map.trusts.find((trust: { trust: string }) => trust.trust === 'mn.gov_ca');
    expect(govCa.dependents.length).toBeGreaterThan(0);
    expect(govCa.dependents.every((dependent: { chain: string[] }) => dependent.chain.length === 0)).toBe(true);
    expect(root.dependents.some((dependent: { chain: string[] }) => dependent.chain[0] === 'mn.gov_ca')).toBe(true);
    const property = map.systems.find((system: { system: string }) => system.system === 'mn.gasr.property_legacy');
    expect(property.signatures[0]).toMatchObject({
      kind: expect.stringMatching(/^(signs|seals)$/),
      level: 'qualified',
      plateaus: ['current'],
    });
  });

  it('gives the same bytes for the same model', async () => {
    const again = await buildReports(MONGOLIA_EXAMPLE);
    for (const name of readdirSync(reports)) {
      if (name.endsWith('.md')) continue; // links are relative to each out folder
      expect(readFileSync(join(again, name), 'utf8'), name).toBe(read(name));
    }
    const strip = (text: string) => text.replace(/\]\([^)]*\)/g, ']()');
    for (const name of readdirSync(reports).filter((file) => file.endsWith('.md'))) {
      expect(strip(readFileSync(join(again, name), 'utf8')), name).toBe(strip(read(name)));
    }
  });

  it('speaks Mongolian by default (gea.yaml locale mn)', async () => {
    const mongolian = await buildReports(MONGOLIA_EXAMPLE, 'mn');
    const document = readMarkdown(readFileSync(join(mongolian, 'scorecard.md'), 'utf8'));
    expect(document.headings[0]!.text).toBe('Байгууллагын үнэлгээний хуудас');
    expect(document.tables[0]!.headers[0]).toBe('Байгууллага');
  });
});
