// "Other names" beside the title of a spec name an interface in the other locales, never again by
// the name the title already uses: the default locale's, when the spec's locale has none, or the
// same name written in another locale.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';

const MODEL = (names: string) => `
agency a "A" { kind agency }
data d "D" { owner a field id string "ID" key }
system s "S" { owner a masters d }
interface api ${names} provider s style rest version "1.0.0" auth none
  operation get { method GET path "/d/{id}" input d { id } output d } }
`;

async function specs(names: string, locale: string) {
  const { model } = await analyze(MODEL(names), { defaultLocale: 'mn' });
  const files = buildSpecs(model, { locale, evaluationDate: '2026-06-01' });
  return { openapi: parseYaml(files.get('api/openapi.yaml')!), readme: files.get('api/README.md')! };
}

describe('other names', () => {
  it('leave out the name the title uses: the default locale’s where the spec’s locale has none', async () => {
    const { openapi, readme } = await specs('"API" {', 'en');
    expect(openapi.info.title).toBe('API');
    expect(openapi.info.description).toBeUndefined();
    expect(readme).not.toContain('Other names');
  });

  it('leave out the same name written in another locale, and keep a different one', async () => {
    expect((await specs('"API" { name en "API"', 'mn')).openapi.info.description).toBeUndefined();
    const { openapi, readme } = await specs('"Лавлагаа" { name en "Lookup"', 'en');
    expect(openapi.info).toMatchObject({ title: 'Lookup', description: 'Other names: mn: Лавлагаа' });
    expect(readme).toContain('Other names: mn: Лавлагаа');
  });
});
