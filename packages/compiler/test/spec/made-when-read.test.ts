// Every file of the specs section is made when staging reads it, the catalogue and the open data
// records too: made when the section is, a national model's 25 MB catalogue was held until the
// site, the last section, had been made.
import { describe, expect, it, vi } from 'vitest';
import { analyze, geaFilesIn, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { catalogDocument } from '../../src/spec/catalog.js';
import { openDataDocument } from '../../src/spec/open-data.js';
import { buildSpecs } from '../../src/spec/index.js';
import type * as Catalog from '../../src/spec/catalog.js';
import type * as OpenData from '../../src/spec/open-data.js';

vi.mock('../../src/spec/catalog.js', async (original) => {
  const actual = await original<typeof Catalog>();
  return { ...actual, catalogDocument: vi.fn(actual.catalogDocument) };
});
vi.mock('../../src/spec/open-data.js', async (original) => {
  const actual = await original<typeof OpenData>();
  return { ...actual, openDataDocument: vi.fn(actual.openDataDocument) };
});

describe('the specs section', () => {
  it('makes the catalogue and the open data records when they are read, each time', async () => {
    const { model } = await analyze(geaFilesIn(MONGOLIA_EXAMPLE), { defaultLocale: 'mn' });
    const files = buildSpecs(model, { locale: 'mn', evaluationDate: '2026-06-01' });
    expect(catalogDocument).not.toHaveBeenCalled();
    expect(openDataDocument).not.toHaveBeenCalled();
    const catalog = files.get('catalog.json');
    expect(JSON.parse(catalog!)['@context']).toBeDefined();
    expect(files.get('open-data.json')).toContain('dcat');
    expect(files.get('catalog.json')).toBe(catalog);
    expect(catalogDocument).toHaveBeenCalledTimes(2);
    expect(openDataDocument).toHaveBeenCalledTimes(1);
  });
});
