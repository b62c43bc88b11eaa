// An interface named like an entry of out/specs/ of its own (`agreements`, `catalog.json`) gets
// a folder beside it, not mixed into the consumers' drafts nor standing where the catalogue is.
import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import { specFilesByInterface } from '../../src/site/spec-links.js';
import { interfaceOfSpecFolder, specFolderOf } from '../../src/spec/spec-folders.js';

const MODEL = `
agency a "А" { kind agency }
data d "Д" { owner a field id string key }
system s "С" { owner a masters d }
system c "Х" { owner a consumes agreements { purpose "Шалгах" } }
interface agreements "Гэрээ" { provider s style rest version "1.0" auth none operation get { method GET path "/d/{id}" input d { id } output d } }
`;

describe('spec folders', () => {
  it('keeps an interface named agreements or catalog.json apart from the section’s own files, and the site finds them', async () => {
    const { model } = await analyze(MODEL, { defaultLocale: 'mn' });
    const files = buildSpecs(model, { locale: 'en', evaluationDate: '2026-06-01' });
    const paths = [...files.keys()].sort();
    expect(paths).toEqual([
      'agreements.interface/README.md',
      'agreements.interface/openapi.yaml',
      'agreements.interface/schema.json',
      'agreements/c--agreements.md',
      'catalog.json',
      'open-data.json',
    ]);
    expect(files.get('agreements/c--agreements.md')!).toContain('../agreements.interface/openapi.yaml');
    const byInterface = specFilesByInterface(paths);
    expect(byInterface.get('agreements')).toEqual([
      'agreements.interface/README.md',
      'agreements.interface/openapi.yaml',
      'agreements.interface/schema.json',
      'agreements/c--agreements.md',
    ]);
    expect(JSON.stringify(JSON.parse(files.get('catalog.json')!))).toContain('agreements.interface/openapi.yaml');
  });

  it('names the folder of `json` in namespace `catalog` apart from catalog.json, and reads the interface back from it', () => {
    expect(specFolderOf('catalog.json')).toBe('catalog.json.interface');
    expect(specFolderOf('mn.gasr.citizen_info')).toBe('mn.gasr.citizen_info');
    expect(interfaceOfSpecFolder('catalog.json.interface')).toBe('catalog.json');
    expect(interfaceOfSpecFolder('open-data.json.interface')).toBe('open-data.json');
    expect(interfaceOfSpecFolder('mn.x.interface')).toBe('mn.x.interface');
  });
});
