import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@gea-arch/language';
import { analyze, TEST_DATE } from '@gea-arch/fixtures';

const DUPLICATE = {
  'a/reg.gea': 'agency gasr "Нэг" { kind agency }',
  'b.gea': '\n\nagency gasr "Хоёр" { kind agency }',
};

describe('workspace-relative paths', () => {
  it('names the other place of a duplicate name by its workspace-relative path and line', async () => {
    const { findings } = await analyze(DUPLICATE, { rules: [] });
    expect(findings.map((f) => f.message.match(/also at ([^)]*)\)/)![1])).toEqual(['b.gea:3', 'a/reg.gea:1']);
  });

  it('are by default relative to the folder the documents share', async () => {
    const { model } = await analyze(DUPLICATE, { rules: [] });
    expect([...model.relativePaths.values()]).toEqual(['a/reg.gea', 'b.gea']);
  });

  it('are taken from the sources where the loader gives them', async () => {
    const { findings, model } = await analyzeSources(
      [
        { uri: 'file:///root/ws/src/a/reg.gea', path: 'src/a/reg.gea', text: DUPLICATE['a/reg.gea'] },
        { uri: 'file:///root/ws/src/a/other.gea', path: 'src/a/other.gea', text: DUPLICATE['b.gea'] },
      ],
      { evaluationDate: TEST_DATE, rules: [], locale: 'en' },
    );
    expect([...model.relativePaths.values()]).toEqual(['src/a/reg.gea', 'src/a/other.gea']);
    expect(findings.map((f) => f.message.match(/also at ([^)]*)\)/)![1]).sort()).toEqual(['src/a/other.gea:3', 'src/a/reg.gea:1']);
  });

  it('name a plateau of the same date in another file by its path', async () => {
    const { findings } = await analyze(
      { 'a/plateaus.gea': 'plateau a { date 2026-01-01 }', 'b.gea': 'plateau b { date 2026-01-01 }' },
      { rules: [] },
    );
    expect(findings.filter((f) => f.rule === 'plateau-order').map((f) => f.message)).toEqual([
      'plateau `b` has the same date 2026-01-01 as `a` (a/plateaus.gea:1); plateaus are ordered by date, so give each its own',
    ]);
  });
});

describe('duplicate-name among many copies', () => {
  it('names the first other place and counts the rest, so messages stay short', async () => {
    const copies = Array.from({ length: 5 }, () => 'agency a "А" { kind agency }').join('\n');
    const { findings } = await analyze(copies, { rules: [] });
    expect(findings.map((f) => f.message)).toEqual([
      '`a` is declared more than once (also at line 2 and 3 other places); rename one — references go to the first',
      ...Array.from(
        { length: 4 },
        () => '`a` is declared more than once (also at line 1 and 3 other places); rename one — references go to the first',
      ),
    ]);
  });
});
