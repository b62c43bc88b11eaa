// plateauOn: the plateau in force on a day, as the specs choose the interface that serves open data.
import { describe, expect, it } from 'vitest';
import { plateauOn } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

describe('plateauOn', () => {
  it('is the latest plateau dated on or before the day, whatever the order of declaration, and none before the first', async () => {
    const { model } = await analyze(
      'plateau target "T" { date 2028-01-01 }\nplateau current "C" { date 2026-01-01 }\nplateau later "L" { date 2030-01-01 }\n',
      { rules: [] },
    );
    expect(plateauOn('2027-06-01', model.plateaus)?.id).toBe('current');
    expect(plateauOn('2028-01-01', model.plateaus)?.id).toBe('target');
    expect(plateauOn('2031-01-01', model.plateaus)?.id).toBe('later');
    expect(plateauOn('2025-12-31', model.plateaus)).toBeUndefined();
  });
});
