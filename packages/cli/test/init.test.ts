import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_FILES } from '@gea-arch/compiler';
import { gea } from './run-gea.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart');

describe('gea init', () => {
  it('writes a starter workspace that checks with no findings', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    const result = await gea(['init', 'starter'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${join('starter', 'gea.yaml')} and ${join('starter', 'model.gea')}\nnext: gea check starter\n`);
    const check = await gea(['check', 'starter', '--format', 'json'], root);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
  });

  it('writes the quickstart example, byte for byte', () => {
    for (const [name, text] of Object.entries(STARTER_FILES)) {
      expect(readFileSync(join(QUICKSTART, name), 'utf8'), `examples/quickstart/${name}`).toBe(text);
    }
  });

  it('refuses to overwrite, and writes nothing then', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    writeFileSync(join(root, 'model.gea'), 'mine');
    const result = await gea(['init'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('model.gea already exists');
    expect(readFileSync(join(root, 'model.gea'), 'utf8')).toBe('mine');
    expect(existsSync(join(root, 'gea.yaml'))).toBe(false);
  });
});
