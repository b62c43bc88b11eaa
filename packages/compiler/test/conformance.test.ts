// The normative examples of shared/conformance, through the real workspace loader: each yields
// exactly the findings its `// expect:` lines list, of every finding id (`unused-waiver` included).
// The project keeps a byte-identical copy so that a clone elsewhere runs the same table.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeverity, isRuleId } from '@gea-arch/core';
import { conformanceEntries, CONFORMANCE_DIR, expectationKeys } from '@gea-arch/fixtures';
import { compileWorkspace, findingRecords, loadWorkspace } from '@gea-arch/compiler';

const SHARED = resolve(CONFORMANCE_DIR, '../../../../shared/conformance');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split('\\').join('/'))
    .sort();
}

describe('conformance copy', () => {
  it.runIf(existsSync(SHARED))('is byte-identical to shared/conformance', () => {
    const ours = listFiles(CONFORMANCE_DIR);
    expect(ours).toEqual(listFiles(SHARED));
    for (const file of ours) {
      expect(
        readFileSync(join(CONFORMANCE_DIR, file)).equals(readFileSync(join(SHARED, file))),
        `${file} differs; re-copy shared/conformance`,
      ).toBe(true);
    }
  });
});

describe('conformance', () => {
  for (const entry of conformanceEntries()) {
    it(`${entry.name} yields exactly its expected findings`, async () => {
      const workspace = await loadWorkspace([join(CONFORMANCE_DIR, entry.name)]);
      const compilation = await compileWorkspace(workspace, { evaluationDate: '2026-06-01' });
      const records = findingRecords(compilation);
      const actual = records
        .map(
          (r) =>
            `${r.rule} ${relative(entryRoot(entry.name), join(workspace.root, r.file)).split('\\').join('/')}:${r.line}${r.waived ? ' waived' : ''}`,
        )
        .sort();
      const expected = expectationKeys(entry.expectations);
      expect(actual).toEqual(expected);
      for (const record of records) {
        if (!isRuleId(record.rule)) throw new Error(`unknown rule id ${record.rule}`);
        const configured = workspace.config.rules[record.rule];
        const allowed =
          configured && configured !== 'off'
            ? [configured]
            : record.rule === 'certificate-valid'
              ? ['error', 'warning']
              : [defaultSeverity(record.rule)];
        expect(allowed, `${record.rule} at ${record.file}:${record.line}`).toContain(record.severity);
      }
    });
  }
});

function entryRoot(name: string): string {
  const path = join(CONFORMANCE_DIR, name);
  return statSync(path).isDirectory() ? path : CONFORMANCE_DIR;
}
