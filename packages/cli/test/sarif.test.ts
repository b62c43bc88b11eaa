import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ruleCatalog, wordsFor } from '@gea-arch/core';
import { gea } from './run-gea.js';
import { CONFORMANCE_DIR, SARIF_SCHEMA } from '@gea-arch/fixtures';

const RULE_INFOS = ruleCatalog(wordsFor('en'));

const CONFORMANCE = CONFORMANCE_DIR;
const SCHEMA = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('gea check --format sarif', () => {
  const validate = validator();

  it('has a validator that rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'gea' } }, results: [{ message: {}, level: 'fatal' }] }] })).toBe(
      false,
    );
  });

  for (const entry of ['03-exchange-violations.gea', '05-plateaus.gea', '07-broken-input.gea', '09-workspace']) {
    it(`is valid SARIF 2.1.0 for ${entry}`, async () => {
      const result = await gea(['check', join(CONFORMANCE, entry), '--format', 'sarif', '--date', '2026-06-01']);
      const sarif = JSON.parse(result.stdout);
      const valid = validate(sarif);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('describes every rule with its descriptions, help and default level', async () => {
    const sarif = JSON.parse((await gea(['check', join(CONFORMANCE, '01-minimal.gea'), '--format', 'sarif'])).stdout);
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULE_INFOS.map((r) => r.id));
    expect(rules.find((r: { id: string }) => r.id === 'name-translation')).toMatchObject({
      name: 'NameTranslation',
      defaultConfiguration: { level: 'note' },
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      help: { text: expect.stringContaining('Bad') },
    });
    expect(sarif.runs[0].results).toEqual([]);
  });

  it('locates results relative to the workspace outside a git repository and marks waived findings as suppressions', async () => {
    const outsideGit = mkdtempSync(join(tmpdir(), 'gea-sarif-'));
    copyFileSync(join(CONFORMANCE, '05-plateaus.gea'), join(outsideGit, '05-plateaus.gea'));
    const result = await gea(['check', '05-plateaus.gea', '--format', 'sarif', '--date', '2026-06-01'], outsideGit);
    expect(result.code).toBe(1);
    const run = JSON.parse(result.stdout).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { description: { text: 'The gea workspace folder (where gea.yaml is).' } } });
    const results = run.results;
    const waived = results.find((r: { ruleId: string }) => r.ruleId === 'cross-agency-via-platform');
    expect(waived.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '05-plateaus.gea', uriBaseId: '%SRCROOT%' },
      region: { startLine: 58, startColumn: 3, endLine: 58, endColumn: 94 },
    });
    expect(waived.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'ХУР-т шилжих хүртэлх шилжилтийн үе',
        properties: { waiver: 'direct_db_until_khur' },
      },
    ]);
    expect(waived.properties.plateaus).toEqual(['current']);
    const singleMaster = results.find((r: { ruleId: string }) => r.ruleId === 'single-master');
    expect(singleMaster.level).toBe('error');
    expect(singleMaster.locations[0].logicalLocations).toEqual([{ fullyQualifiedName: 'citizen' }]);
    expect(singleMaster.suppressions).toBeUndefined();
  });

  it('locates results from the root of the git repository when the workspace is in a subfolder', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'gea-sarif-git-'));
    execFileSync('git', ['init', '--quiet'], { cwd: repository });
    const workspace = join(repository, 'examples', 'national');
    mkdirSync(join(workspace, 'agencies'), { recursive: true });
    writeFileSync(join(workspace, 'gea.yaml'), 'locale: mn\n');
    writeFileSync(join(workspace, 'agencies', 'tax office.gea'), 'agency a "А" { kind agency }\nsystem s "С" { owner nobody }\n');
    const expected = { uri: 'examples/national/agencies/tax%20office.gea', uriBaseId: '%SRCROOT%' };
    for (const [args, cwd] of [
      [['check', 'examples/national'], repository],
      [['check', 'agencies/tax office.gea'], workspace],
    ] as const) {
      const result = await gea([...args, '--format', 'sarif'], cwd);
      expect(result.code).toBe(1);
      const sarif = JSON.parse(result.stdout);
      expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
      const run = sarif.runs[0];
      expect(run.originalUriBaseIds).toEqual({
        '%SRCROOT%': { description: { text: 'The root of the git repository holding the gea workspace.' } },
      });
      expect(
        run.results.map(
          (r: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) =>
            r.locations[0]!.physicalLocation.artifactLocation,
        ),
      ).toEqual([expected]);
    }
    const json = JSON.parse((await gea(['check', 'examples/national', '--format', 'json'], repository)).stdout);
    expect(json.findings[0].file).toBe('agencies/tax office.gea');
  });

  it('locates results from the repository root when the workspace is opened through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gea-sarif-link-'));
    const repository = join(outside, 'repo');
    mkdirSync(join(repository, 'модел x', 'ws'), { recursive: true });
    execFileSync('git', ['init', '--quiet'], { cwd: repository });
    writeFileSync(join(repository, 'модел x', 'ws', 'файл #1.gea'), 'system s "С" { owner nobody }\n');
    symlinkSync(join(repository, 'модел x'), join(outside, 'link'));
    const uri = '%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%20x/ws/%D1%84%D0%B0%D0%B9%D0%BB%20%231.gea';
    for (const path of ['repo/модел x/ws', 'link/ws']) {
      const run = JSON.parse((await gea(['check', path, '--format', 'sarif'], outside)).stdout).runs[0];
      expect(run.results[0].locations[0].physicalLocation.artifactLocation, path).toEqual({ uri, uriBaseId: '%SRCROOT%' });
      expect(run.originalUriBaseIds['%SRCROOT%'].description.text, path).toBe('The root of the git repository holding the gea workspace.');
    }
  });

  it('finds a repository whose .git is a file (a worktree or submodule), as gea build does', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'gea-sarif-worktree-'));
    writeFileSync(join(repository, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    mkdirSync(join(repository, 'arch'));
    writeFileSync(join(repository, 'arch', 'm.gea'), 'system s "С" { owner nobody }\n');
    expect((await gea(['build', 'arch', '--only', 'reports'], repository)).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(repository, 'arch', 'out', 'reports', 'findings.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'arch/m.gea', uriBaseId: '%SRCROOT%' });
  });

  it('gives the same bytes on every run', async () => {
    const args = ['check', join(CONFORMANCE, '03-exchange-violations.gea'), '--format', 'sarif'];
    expect((await gea(args)).stdout).toBe((await gea(args)).stdout);
  });
});

describe('SARIF partialFingerprints', () => {
  type Result = {
    ruleId: string;
    partialFingerprints: Record<string, string>;
    locations: { physicalLocation: { region: { startLine: number } } }[];
  };
  const results = async (root: string, ...args: string[]): Promise<Result[]> =>
    JSON.parse((await gea(['check', '.', '--format', 'sarif', '--date', '2026-06-01', ...args], root)).stdout).runs[0].results;
  const workspaceOf = (text: string): string => {
    const root = mkdtempSync(join(tmpdir(), 'gea-sarif-fingerprints-'));
    writeFileSync(join(root, 'm.gea'), text);
    return root;
  };
  const EXCHANGES = readFileSync(join(CONFORMANCE, '03-exchange-violations.gea'), 'utf8');

  it('gives every result a gea/v1 fingerprint of no line, unique in the run', async () => {
    const found = await results(workspaceOf(EXCHANGES));
    expect(found.length).toBeGreaterThan(5);
    const fingerprints = found.map((result) => result.partialFingerprints['gea/v1']!);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('keeps each finding’s fingerprint when lines move above it, and the same model gives the same ones', async () => {
    const before = await results(workspaceOf(EXCHANGES));
    const moved = EXCHANGES.replace('agency ndc', '// a comment\n\nagency other "Бусад" { kind agency }\n\nagency ndc');
    const after = await results(workspaceOf(moved));
    expect(after.map((result) => result.locations[0]!.physicalLocation.region.startLine)).not.toEqual(
      before.map((result) => result.locations[0]!.physicalLocation.region.startLine),
    );
    const byRule = (found: Result[]) => found.map((result) => [result.ruleId, result.partialFingerprints]);
    expect(byRule(after)).toEqual(byRule(before));
    expect(byRule(await results(workspaceOf(EXCHANGES)))).toEqual(byRule(before));
  });

  it('gives the same fingerprints in every locale: the languages quote different keywords, the same names', async () => {
    for (const model of ['04-signatures.gea', '05-plateaus.gea', '08-rules-misc.gea']) {
      const root = workspaceOf(readFileSync(join(CONFORMANCE, model), 'utf8'));
      const inLocale = async (locale: string) =>
        (await results(root, '--locale', locale)).map((result) => `${result.ruleId} ${result.partialFingerprints['gea/v1']}`);
      const english = await inLocale('en');
      expect(english.length, model).toBeGreaterThan(2);
      expect(await inLocale('mn'), model).toEqual(english);
    }
  });

  it('tells apart findings of one rule on one element by what they name, and numbers those alike in all else', async () => {
    const root = workspaceOf(`agency a "А" { kind agency }
system s "С" { owner a criticality critical consumes x consumes y }
system p "П" { owner a }
interface x "X" { provider p version "1" }
interface y "Y" { provider p version "1" }
data d "Д" { owner a classification secret classification public }
data e "Е" { owner a classification secret classification public classification internal }
`);
    const found = await results(root, '--locale', 'en');
    const sla = found.filter((result) => result.ruleId === 'sla-required').map((result) => result.partialFingerprints['gea/v1']!);
    expect(sla).toHaveLength(2);
    expect(sla[0]).not.toBe(sla[1]);
    // The same syntax error twice in one declaration: one fingerprint, counted; another declaration's is its own.
    const givenTwice = found.filter((result) => result.ruleId === 'syntax').map((result) => result.partialFingerprints['gea/v1']!);
    const [inD, ...inE] = givenTwice;
    expect(inE.map((fingerprint) => fingerprint.split(':')[1])).toEqual(['1', '2']);
    expect(new Set(inE.map((fingerprint) => fingerprint.split(':')[0])).size).toBe(1);
    expect(inD!.split(':')[0]).not.toBe(inE[0]!.split(':')[0]);
  });
});
