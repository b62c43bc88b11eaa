// Two names that differ only by case are two elements, and two files whose paths differ only by
// case: the build warns that Windows and macOS would keep one of them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';
import { caseCollisions } from '../../src/build/case-collisions.js';

describe('caseCollisions', () => {
  it('pairs each path with the earlier one it equals but for case, Cyrillic too', () => {
    expect(
      caseCollisions(['agency/tax.html', 'agency/TAX.html', 'agency/Өргөдөл.html', 'agency/өргөдөл.html', 'agency/other.html']),
    ).toEqual([
      ['agency/tax.html', 'agency/TAX.html'],
      ['agency/Өргөдөл.html', 'agency/өргөдөл.html'],
    ]);
    expect(caseCollisions(['a/b.html', 'a/c.html'])).toEqual([]);
  });
});

describe('a build of names that differ only by case', () => {
  it('warns, naming the files, in the locale of messages', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gea-case-')), 'ws');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'model.gea'), 'agency tax "Татвар" { kind agency }\nagency TAX "Татвар ТОМ" { kind agency }\n');
    const warnings: string[] = [];
    await buildWorkspace(await loadWorkspace([root]), {
      toolVersion: 'test',
      only: ['site'],
      messageLocale: 'en',
      onWarning: (message) => warnings.push(message),
    });
    const collision = warnings.find((warning) => warning.includes('differ only by case'));
    expect(collision).toMatch(/site\/agency\/(TAX|tax)\.html and site\/agency\/(tax|TAX)\.html/);
    expect(collision).toContain('rename one of the elements');
  });
});
