// Diagnostics are made in the locale of the language services: Mongolian by default, English on
// request, through every way in (analyzeSources, buildSources, createGeaCoreServices).
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@gea-arch/core';
import { analyzeSources, buildSources, createGeaCoreServices } from '../src/index.js';
import { documentFindings } from '../src/findings/document-findings.js';

/** A file with a misspelt property, an unknown value, a date off the calendar, a property given twice, a stray character and an unknown name. */
const BROKEN = [
  'agency gasr "G" { kind agency }',
  'system s "S" {',
  '  ownr gasr',
  '  criticality hihg',
  '}',
  'law l "L" { enacted 2026-02-30 }',
  'agency mta "M" { kind agency kind ministry }',
  'system t "T" { owner: gasr depends-on nowhere }',
  'plateau now "N" { date 2026-01-01 }',
  'plateau also "A" { date 2026-01-01 }',
  'agency gasr "G2" { kind agency }',
].join('\n');

async function messages(locale?: string): Promise<string[]> {
  const { findings } = await analyzeSources([{ uri: 'file:///ws/m.gea', path: 'm.gea', text: BROKEN }], { locale, rules: [] });
  return findings.map((f: Finding) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.rule} ${f.message}`);
}

const IN_MONGOLIAN = [
  '1:1 duplicate-name `gasr` нэг бус удаа тодорхойлогдсон (нөгөө нь: 11-р мөр); аль нэгийнх нь нэрийг өөрчилнө үү — лавлагаа эхнийхийг заана',
  '3:3 syntax `ownr` гэсэн шинж чанар систем дотор байхгүй; `owner` гэж бичих гэсэн үү? Бичиж болох шинж чанарууд: owner, operator, criticality, hosting, legal-basis, masters, stores, consumes, depends-on, uses, signs, seals, …',
  '4:15 syntax `hihg` гэсэн ач холбогдлын түвшин байхгүй; `high` гэж бичих гэсэн үү? Боломжит утгууд: low, medium, high, critical',
  '6:21 syntax `2026-02-30` бодит огноо биш; YYYY-MM-DD хэлбэрээр бичнэ үү',
  '7:30 syntax `kind` энд хоёр удаа бичигдсэн; нэгийг нь үлдээнэ үү',
  '8:21 syntax энд `:` тэмдэгт байх ёсгүй; утгыг түлхүүр үгийн ард зай авч бичнэ, жишээ нь `owner gasr`',
  '8:39 unresolved-reference `nowhere` нэртэй систем тодорхойлогдоогүй байна; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу',
  '10:20 plateau-order `also` үе шат `now` үе шаттай ижил 2026-01-01 огноотой (9-р мөр); үе шатуудыг огноогоор нь эрэмбэлдэг тул тус бүрд өөр огноо өгнө үү',
  '11:1 duplicate-name `gasr` нэг бус удаа тодорхойлогдсон (нөгөө нь: 1-р мөр); аль нэгийнх нь нэрийг өөрчилнө үү — лавлагаа эхнийхийг заана',
];

describe('syntax, link and validation messages', () => {
  it("are in Mongolian with analyzeSources(…, { locale: 'mn' }), code and ids as written, and in English with 'en'", async () => {
    expect(await messages('mn')).toEqual(IN_MONGOLIAN);
    expect(await messages('en')).toEqual([
      '1:1 duplicate-name `gasr` is declared more than once (also at line 11); rename one — references go to the first',
      '3:3 syntax `ownr` is not a property of a system; did you mean `owner`? A system takes owner, operator, criticality, hosting, legal-basis, masters, stores, consumes, depends-on, uses, signs, seals, …',
      '4:15 syntax unknown criticality `hihg`; did you mean `high`? expected one of: low, medium, high, critical',
      '6:21 syntax `2026-02-30` is not a calendar date; write YYYY-MM-DD',
      '7:30 syntax `kind` is given twice here; keep one',
      '8:21 syntax unexpected character `:`; a value follows its keyword after a space, as in `owner gasr`',
      '8:39 unresolved-reference no system named `nowhere` is declared; declare it, or check the name and namespace',
      '10:20 plateau-order plateau `also` has the same date 2026-01-01 as `now` (line 9); plateaus are ordered by date, so give each its own',
      '11:1 duplicate-name `gasr` is declared more than once (also at line 1); rename one — references go to the first',
    ]);
  });

  it('are in Mongolian when no locale is given, and follow a locale tag such as `mn-MN`', async () => {
    expect(await messages()).toEqual(IN_MONGOLIAN);
    expect(await messages('mn-MN')).toEqual(IN_MONGOLIAN);
  });

  it('come from the services of one locale each: buildSources and createGeaCoreServices take it too', async () => {
    const text = 'system s "S" { owner nobody }';
    const [english] = await buildSources([{ uri: 'file:///ws/a.gea', text }], { locale: 'en' });
    expect(documentFindings(english!).map((f) => f.message)).toEqual([
      'no agency named `nobody` is declared; declare it, or check the name and namespace',
    ]);

    const { shared } = createGeaCoreServices(EmptyFileSystem, { locale: 'mn' });
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/b.gea'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    expect(documentFindings(document).map((f) => f.message)).toEqual([
      '`nobody` нэртэй байгууллага тодорхойлогдоогүй байна; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу',
    ]);
  });

  it('report progress in the locale too', async () => {
    const progress: string[] = [];
    await analyzeSources([{ uri: 'file:///ws/m.gea', text: '' }], { locale: 'mn', onProgress: (message) => progress.push(message) });
    await analyzeSources([{ uri: 'file:///ws/m.gea', text: '' }], { locale: 'en', onProgress: (message) => progress.push(message) });
    expect(progress).toEqual(['1 файлыг задлан шинжилж, холболоо', 'parsed and linked 1 file']);
  });
});
