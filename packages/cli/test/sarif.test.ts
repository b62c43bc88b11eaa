import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULE_INFOS } from '@gea-arch/language';
import { gea } from './run-gea.js';

const CONFORMANCE = resolve(import.meta.dirname, '../../language/test/conformance');
const SCHEMA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../compiler/test/schemas/sarif/sarif-schema-2.1.0.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('gea check --format sarif', () => {
  const validate = validator();

  it('has a validator that rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'gea' } }, results: [{ message: {}, level: 'fatal' }] }] })).toBe(false);
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

  it('locates results relative to the workspace and marks waived findings as suppressions', async () => {
    const result = await gea(['check', join(CONFORMANCE, '05-plateaus.gea'), '--format', 'sarif', '--date', '2026-06-01']);
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout).runs[0].results;
    const waived = results.find((r: { ruleId: string }) => r.ruleId === 'cross-agency-via-platform');
    expect(waived.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '05-plateaus.gea', uriBaseId: '%SRCROOT%' },
      region: { startLine: 58, startColumn: 3, endLine: 58, endColumn: 94 },
    });
    expect(waived.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'ХУР-т шилжих хүртэлх шилжилтийн үе', properties: { waiver: 'direct_db_until_khur' } },
    ]);
    expect(waived.properties.plateaus).toEqual(['current']);
    const singleMaster = results.find((r: { ruleId: string }) => r.ruleId === 'single-master');
    expect(singleMaster.level).toBe('error');
    expect(singleMaster.locations[0].logicalLocations).toEqual([{ fullyQualifiedName: 'citizen' }]);
    expect(singleMaster.suppressions).toBeUndefined();
  });

  it('gives the same bytes on every run', async () => {
    const args = ['check', join(CONFORMANCE, '03-exchange-violations.gea'), '--format', 'sarif'];
    expect((await gea(args)).stdout).toBe((await gea(args)).stdout);
  });
});
