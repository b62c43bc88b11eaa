// A file being typed is checked like any other: a statement cut short is a syntax finding (exit 1),
// never an internal error (exit 2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

describe('gea check on half-typed text', () => {
  for (const keyword of ['consumes', 'stores', 'depends-on', 'signs', 'seals', 'verifies']) {
    it(`reports a bare \`${keyword}\` as a syntax finding and exits 1`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'gea-partial-'));
      writeFileSync(join(root, 'model.gea'), `agency a "А" { kind agency }\nsystem s "С" {\n  owner a\n  ${keyword}\n}\n`);
      const result = await gea(['check'], root);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      // At the end of the line the value is missing from (decision 0069).
      expect(result.stdout).toMatch(new RegExp(`^model\\.gea:4:${keyword.length + 3} error syntax `, 'm'));
      expect(result.stdout).not.toContain('internal error');
    });
  }
});
