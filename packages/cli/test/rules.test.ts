import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog, wordsFor } from '@gea-arch/core';
import { VERSION } from '../src/version.js';
import { gea } from './run-gea.js';

const RULE_INFOS = ruleCatalog(wordsFor('en'));

describe('gea rules', () => {
  it('lists every rule id with its default severity and summary', async () => {
    const result = await gea(['rules']);
    expect(result.code).toBe(0);
    for (const rule of RULE_INFOS) expect(result.stdout).toMatch(new RegExp(`^${rule.id} +${rule.severity} +\\S`, 'm'));
  });
});

describe('gea explain', () => {
  it('prints the summary and the explanation with its examples', async () => {
    const result = await gea(['explain', 'cross-agency-via-platform']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cross-agency-via-platform \(default: error\)\n/);
    expect(result.stdout).toContain('Bad');
    expect(result.stdout).toContain('Good');
  });

  it('suggests close ids for an unknown one and exits 2', async () => {
    const result = await gea(['explain', 'single-mastr']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('gea: no rule `single-mastr`; did you mean `single-master`? (`gea rules` lists them)\n');
  });
});

describe('gea --version', () => {
  it('matches the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
