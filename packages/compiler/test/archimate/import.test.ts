// Importing exchange files written the way other tools write them (fixtures/): Archi's own export
// with names in two languages, folders and views; another tool's with a namespace prefix, one
// language, specializations and junctions; Archi on Windows with a byte-order mark and CRLF. Each
// is a valid exchange file, its import compiles, everything in it is either a declaration, a
// statement, `meta` or a comment, and the report says what was not mapped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchimate, readExchangeXml, sayNote, type ArchimateImport } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { archiRelationshipTable, compile, compileErrors, exported, schemaProblems, writeFiles } from './support.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const TABLE = archiRelationshipTable();

const FIXTURE_FILES = ['tax-administration.xml', 'health-insurance.xml', 'customs-windows.xml'];

function file(imported: ArchimateImport, path: string): string {
  const text = imported.files.get(path);
  if (text === undefined) throw new Error(`no ${path} among ${[...imported.files.keys()].join(', ')}`);
  return text;
}

/** The declaration `keyword name …` and its block, as written. */
function declaration(text: string, head: string): string {
  const start = text.indexOf(`\n${head} `);
  if (start < 0) throw new Error(`no ${head} in\n${text}`);
  const end = text.indexOf('\n}', start);
  const next = text.indexOf('\n\n', start + 1);
  return text.slice(start + 1, end >= 0 && (next < 0 || end < next) ? end + 2 : next < 0 ? undefined : next);
}

const codes = (imported: ArchimateImport) => [...new Set(imported.notes.map((note) => note.code))].sort();

describe('the hand-written exchange files', () => {
  for (const name of FIXTURE_FILES) {
    it(`${name} is a valid exchange file whose relationships ArchiMate 3.2 allows`, () => {
      const text = read(name);
      expect(schemaProblems(text.replace(/^\uFEFF/, ''))).toBe('');
      const exchange = readExchangeXml(text.replace(/^\uFEFF/, ''));
      // Archi's table has one Junction where the exchange format has AndJunction and OrJunction.
      const types = new Map<string, string>([
        ...exchange.elements.map((element): [string, string] => [element.id, element.type.replace(/^(And|Or)Junction$/, 'Junction')]),
        ...exchange.relationships.map((relationship): [string, string] => [relationship.id, 'Relationship']),
      ]);
      for (const relationship of exchange.relationships) {
        const ends = `${types.get(relationship.source)}|${types.get(relationship.target)}`;
        expect(TABLE.allowed.get(ends) ?? '', `${relationship.type} ${ends}`).toContain(TABLE.letters.get(relationship.type));
      }
    });

    it(`${name} imports into files that compile, keeping everything somewhere`, async () => {
      const text = read(name).replace(/^\uFEFF/, '');
      const imported = importArchimate(text, { fileName: name, messageLocale: 'en' });
      const compilation = await compile(writeFiles(imported.files));
      expect(compileErrors(compilation)).toEqual([]);
      const exchange = readExchangeXml(text);
      const written = [...imported.files.values()].join('\n');
      // Every relationship is a statement (or what a merge or plateau says), or a comment by its id.
      const commented = exchange.relationships.filter((relationship) => written.includes(`(${relationship.id})`));
      expect(imported.relationships + commented.length).toBe(exchange.relationships.length);
      // Every element is a declaration (titled with its name), a merged service, or a comment by its id.
      const merged = imported.notes.filter((note) => note.code === 'serviceMerged').map((note) => note.params.service);
      for (const element of exchange.elements) {
        const title = element.names[0]?.text ?? '';
        const kept = written.includes(element.id) || written.includes(`"${title}"`) || merged.includes(title);
        expect(kept, `${element.type} ${title} (${element.id})`).toBe(true);
      }
      // Importing twice gives the same files.
      expect(importArchimate(text, { fileName: name, messageLocale: 'en' }).files).toEqual(imported.files);
    });

    it(`${name} once imported exports again as a valid exchange file`, { timeout: 60_000 }, async () => {
      const imported = importArchimate(read(name).replace(/^\uFEFF/, ''), { fileName: name });
      const { xml } = await exported(writeFiles(imported.files));
      expect(schemaProblems(xml)).toBe('');
    });
  }
});

describe('an Archi export in two languages (tax-administration.xml)', () => {
  const imported = importArchimate(read('tax-administration.xml'), { fileName: 'tax-administration.xml', messageLocale: 'en' });
  const tax = file(imported, 'Mongolian_Tax_Administration/Mongolian_Tax_Administration.gea');
  const registration = file(imported, 'General_Authority_for_State_Registration/General_Authority_for_State_Registration.gea');

  it('writes one folder per agency, a file per namespace, and a gea.yaml in the languages of the names', () => {
    expect([...imported.files.keys()]).toEqual([
      'General_Authority_for_State_Registration/General_Authority_for_State_Registration.gea',
      'General_Authority_for_State_Registration/model.gea',
      'Mongolian_Tax_Administration/Mongolian_Tax_Administration.gea',
      'Mongolian_Tax_Administration/model.gea',
      'National_Data_Center/National_Data_Center.gea',
      'National_Data_Center/model.gea',
      'laws.gea',
      'plateaus.gea',
      'unmapped.gea',
      'gea.yaml',
    ]);
    expect(file(imported, 'gea.yaml')).toContain('name: "Tax administration (Archi)"\nlocale: en\nlocales: [en, mn]\n');
  });

  it('maps element types, names in every language, and the properties gea knows', () => {
    expect(declaration(file(imported, 'Mongolian_Tax_Administration/model.gea'), 'agency')).toBe(
      [
        'agency Mongolian_Tax_Administration "Mongolian Tax Administration" {',
        '  name mn "Татварын ерөнхий газар"',
        '  description "Collects taxes & keeps the taxpayer register."',
        '  acronym "ТЕГ"',
        '  meta {',
        '    Cost_Center "CC-104"',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(declaration(tax, 'data Taxpayer_register')).toContain('  classification restricted\n  privacy personal\n');
    expect(declaration(tax, 'data Tax_clearance_certificate')).toContain('  kind document\n  classification internal\n');
    expect(declaration(registration, 'interface Citizen_lookup_API')).toBe(
      [
        'interface Citizen_lookup_API "Citizen lookup API" {',
        '  name mn "Иргэний лавлагааны API"',
        '  provider Civil_Registration_System',
        '  via National_Data_Center.KHUR_data_exchange',
        '  version "2.1.0"',
        '  meta {',
        '    Protocol "REST over HTTPS"',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(file(imported, 'laws.gea')).toContain('law General_Tax_Law "General Tax Law" {\n  name mn "Татварын ерөнхий хууль"\n}');
  });

  it('turns relationships into the statements they stand for', () => {
    const its = declaration(tax, 'system Integrated_Tax_System');
    // What a relationship says besides its statement is kept above the declaration.
    expect(tax).toContain('// owner Mongolian_Tax_Administration: name: runs\nsystem Integrated_Tax_System');
    expect(its).toContain('  owner Mongolian_Tax_Administration\n  criticality high\n  legal-basis General_Tax_Law\n');
    expect(its).toContain(
      '  consumes General_Authority_for_State_Registration.Citizen_lookup_API {\n    purpose "verifies taxpayers"\n  }\n',
    );
    expect(its).toContain(
      '  masters Taxpayer_register\n  stores General_Authority_for_State_Registration.Citizen_register\n  masters Tax_clearance_certificate\n',
    );
    expect(its).toContain('  uses National_Data_Center.KHUR_data_exchange\n  depends-on Legacy_VAT_System "nightly VAT file"\n');
    // An application service without an interface is offered as one, by the system that realizes it.
    expect(declaration(tax, 'interface Tax_clearance')).toContain('  provider Integrated_Tax_System\n');
    expect(declaration(tax, 'system e_Receipt_backend')).toContain('  consumes Tax_clearance\n');
  });

  it('gives elements the lifecycles their plateaus say, and plateaus without dates dates that keep their order', () => {
    expect(declaration(tax, 'system Legacy_VAT_System')).toContain('  until Target_2028\n');
    expect(declaration(tax, 'system e_Receipt_backend')).toContain('  from Target_2028\n');
    expect(file(imported, 'plateaus.gea')).toContain(
      '// date 2000-01-02 was made up by the import: the file gives this plateau none\nplateau Target_2028 "Target 2028" {\n  date 2000-01-02\n}',
    );
  });

  it('makes up no date after 9999-12-31: a plateau after one on that day is left for gea check to ask a date of', () => {
    const lastDay = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-model">
  <name xml:lang="en">Last day</name>
  <elements>
    <element identifier="id-p1" xsi:type="Plateau">
      <name xml:lang="en">Last</name>
      <properties><property propertyDefinitionRef="propid-date"><value xml:lang="en">9999-12-31</value></property></properties>
    </element>
    <element identifier="id-p2" xsi:type="Plateau"><name xml:lang="en">After</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-r1" source="id-p1" target="id-p2" xsi:type="Triggering"/>
  </relationships>
  <propertyDefinitions>
    <propertyDefinition identifier="propid-date" type="string"><name xml:lang="en">date</name></propertyDefinition>
  </propertyDefinitions>
</model>`;
    expect(schemaProblems(lastDay)).toBe('');
    const plateaus = file(importArchimate(lastDay, { fileName: 'last-day.xml', messageLocale: 'en' }), 'plateaus.gea');
    expect(plateaus).toContain('plateau Last "Last" {\n  date 9999-12-31\n}\n\nplateau After "After"\n');
    expect(plateaus).not.toContain('+0');
  });

  it('takes the owner from the agency folder where no relationship names one', () => {
    expect(declaration(registration, 'system Civil_Registration_System')).toContain('  owner General_Authority_for_State_Registration\n');
    expect(imported.notes).toContainEqual({
      code: 'ownerFromFolder',
      params: { element: 'Civil Registration System', property: 'owner', agency: 'General Authority for State Registration' },
    });
  });

  it('lists an element whose owner no relationship and no folder names, as gea check will ask for it', () => {
    const minimal = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-model">
  <name xml:lang="en">Mini</name>
  <elements>
    <element identifier="id-a1" xsi:type="BusinessActor"><name xml:lang="en">Tax Office</name></element>
    <element identifier="id-c1" xsi:type="ApplicationComponent"><name xml:lang="en">Tax System</name></element>
    <element identifier="id-d1" xsi:type="DataObject"><name xml:lang="en">Taxpayer Record</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-r1" source="id-c1" target="id-d1" xsi:type="Access" accessType="Write"/>
    <relationship identifier="id-r2" source="id-a1" target="id-d1" xsi:type="Association"/>
  </relationships>
</model>`;
    expect(schemaProblems(minimal)).toBe('');
    const mini = importArchimate(minimal, { fileName: 'mini.xml', messageLocale: 'en' });
    expect(mini.notes.filter((note) => note.code === 'ownerUnknown')).toEqual([
      { code: 'ownerUnknown', params: { element: 'Tax System', property: 'owner' } },
    ]);
    expect(mini.report).toContain(
      "- “Tax System” has no owner relationship and is in no agency's folder; written without one — add `owner AGENCY` (`gea check` reports it as owner-required)\n",
    );
  });

  it('keeps what gea has no declaration for as comments, and lists it in the report', () => {
    const unmapped = file(imported, 'unmapped.gea');
    for (const kept of [
      'BusinessRole “Tax inspector”',
      'BusinessProcess “File a tax return”',
      'Node “Tax data centre server”',
      'Requirement “Protect taxpayer privacy”',
      'Gap “VAT system replaced by e-Receipt”',
      'view “Tax landscape”',
    ])
      expect(unmapped).toContain(`// ${kept}`);
    expect(unmapped).toContain('//   Cost Center: CC-221');
    expect(codes(imported)).toEqual([
      'elementUnmapped',
      'gapComputed',
      'ownerFromFolder',
      'plateauDate',
      'propertyAsMeta',
      'relationshipUnmapped',
      'serviceAsInterface',
      'serviceMerged',
      'statementDetail',
      'viewNotImported',
    ]);
    expect(imported.report).toContain('# ArchiMate import\n\nFrom `tax-administration.xml`.\n\n## Imported\n\n- agencies: 3\n');
    expect(imported.report).toContain('- Node “Tax data centre server” has no gea counterpart; kept as a comment in `unmapped.gea`\n');
    expect(imported.report).toContain(
      '- property “Protocol” of “Citizen lookup API” is not one gea reads there; kept as `meta { Protocol … }`\n',
    );
  });

  it('says the report in Mongolian when asked', () => {
    const report = importArchimate(read('tax-administration.xml'), { fileName: 'tax-administration.xml', messageLocale: 'mn' }).report;
    expect(report).toContain('# ArchiMate импорт\n\nЭх файл: `tax-administration.xml`.\n');
    expect(report).toContain('- байгууллага: 3 ширхэг\n');
  });
});

describe('another tool’s export, in one language with a namespace prefix (health-insurance.xml)', () => {
  const imported = importArchimate(read('health-insurance.xml'), { fileName: 'health-insurance.xml', messageLocale: 'en' });
  const fund = file(imported, 'Эрүүл_мэндийн_даатгалын_ерөнхий_газар/Эрүүл_мэндийн_даатгалын_ерөнхий_газар.gea');

  it('reads names without a language as the default locale, Mongolian', () => {
    expect(file(imported, 'gea.yaml')).toContain('locale: mn\nlocales: [mn]\n');
    expect(file(imported, 'Эрүүл_мэндийн_даатгалын_ерөнхий_газар/model.gea')).toContain(
      'agency Эрүүл_мэндийн_даатгалын_ерөнхий_газар "Эрүүл мэндийн даатгалын ерөнхий газар" {\n  description "Даатгуулагчийн бүртгэл, нэхэмжлэлийн төлбөр.\\nХоёр дахь мөр."\n  parent Эрүүл_мэндийн_яам\n}',
    );
  });

  it('makes identifiers of names that are no gea identifiers, or are keywords', () => {
    expect(fund).toContain('data data_ "data" {');
    expect(fund).toContain('system _2nd_line_support_desk_Tier_2 "2nd-line support desk (Tier 2)" {');
  });

  it('reads specializations, case and the other end of an undirected association', () => {
    const shared = file(imported, 'shared.gea');
    expect(declaration(shared, 'trust Олгогч_гэрчилгээжүүлэх_төв')).toBe(
      'trust Олгогч_гэрчилгээжүүлэх_төв "Олгогч гэрчилгээжүүлэх төв" {\n  kind ca\n  accredited\n  issuer Үндэсний_гэрчилгээжүүлэх_төв\n}',
    );
    expect(declaration(shared, 'trust Үндэсний_гэрчилгээжүүлэх_төв')).toContain(
      '  kind ca\n  meta {\n    Certificate "MN Root CA, valid until 2040"\n  }\n',
    );
    expect(declaration(fund, 'system Claims_System')).toContain(
      '  owner Эрүүл_мэндийн_даатгалын_ерөнхий_газар\n  legal-basis Эрүүл_мэндийн_даатгалын_тухай_хууль "12.3"\n',
    );
    expect(declaration(fund, 'system Иргэний_портал')).toContain(
      '  owner Эрүүл_мэндийн_даатгалын_ерөнхий_газар\n  operator Нэгдсэн_эмнэлэг\n  from Зорилтот_байдал\n',
    );
    expect(declaration(fund, 'interface Нэхэмжлэлийн_API')).toContain('  style rest\n  version "1.0"\n  consent dan\n');
    // A data object accessed without saying how is a copy; written to is mastered.
    expect(file(imported, 'Нэгдсэн_эмнэлэг/Нэгдсэн_эмнэлэг.gea')).toContain('  stores Эрүүл_мэндийн_даатгалын_ерөнхий_газар.data_\n');
    expect(declaration(fund, 'system Claims_System')).toContain('  masters data_\n  masters Нэхэмжлэлийн_гэрээ\n');
  });

  it('keeps junctions, groupings, locations and relationships to relationships as comments', () => {
    const unmapped = file(imported, 'unmapped.gea');
    expect(unmapped).toContain('// OrJunction “Нэг нь”');
    expect(unmapped).toContain('//   ArchiMate Flow from ApplicationComponent “2nd-line support desk (Tier 2)” to OrJunction “Нэг нь”');
    expect(unmapped).toContain('// Location “Улаанбаатар”');
    expect(file(imported, 'laws.gea')).toMatch(/\/\/ ArchiMate Association from Constraint “.*” to Realization relationship “id-/);
  });
});

describe('Archi on Windows (customs-windows.xml)', () => {
  const text = read('customs-windows.xml');
  const imported = importArchimate(text.replace(/^\uFEFF/, ''), { fileName: 'customs-windows.xml', messageLocale: 'en' });
  const customs = file(imported, 'Customs_General_Administration/Customs_General_Administration.gea');

  it('reads CRLF line ends and a regional language tag as the language', () => {
    expect(text.startsWith('\uFEFF<?xml')).toBe(true);
    expect(text).toContain('\r\n');
    expect(file(imported, 'gea.yaml')).toContain('locale: en\n');
    expect(file(imported, 'Customs_General_Administration/model.gea')).toContain(
      '// name en-GB: Customs\nagency Customs_General_Administration "Customs General Administration"',
    );
  });

  it('names in the language code of a regional tag, the first of a language the name and the others comments, so the import compiles', async () => {
    const regional = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-model">
  <name xml:lang="mn">Бүс</name>
  <elements>
    <element identifier="id-a1" xsi:type="BusinessActor">
      <name xml:lang="mn">Татварын газар</name>
      <name xml:lang="en-GB">Tax Office</name>
      <name xml:lang="en-US">Tax Agency</name>
      <name xml:lang="x-klingon">Tax Hall</name>
    </element>
  </elements>
</model>`;
    expect(schemaProblems(regional)).toBe('');
    const regionalImport = importArchimate(regional, { fileName: 'regional.xml', messageLocale: 'en' });
    const { files } = regionalImport;
    expect(file(regionalImport, 'gea.yaml')).toContain('locale: mn\nlocales: [mn, en]\n');
    const agency = [...files.values()].join('\n');
    expect(agency).toContain('  name en "Tax Office"\n');
    expect(agency).toContain('// name en-US: Tax Agency\n');
    expect(agency).toContain('// name x-klingon: Tax Hall\n');
    expect(compileErrors(await compile(writeFiles(files)))).toEqual([]);
  });

  it('gives a second element of one name a name of its own', () => {
    expect(customs).toContain('data Declaration "Declaration" {');
    expect(customs).toContain('data Declaration_2 "Declaration" {');
    expect(imported.notes).toContainEqual({
      code: 'nameTaken',
      params: {
        element: 'Declaration',
        name: 'Customs_General_Administration.Declaration',
        as: 'Customs_General_Administration.Declaration_2',
      },
    });
  });

  it('writes a third association as a comment, a serving a consumption implies as nothing, and another as a dependency', () => {
    expect(declaration(customs, 'system Customs_Information_System')).toContain(
      '  owner Customs_General_Administration\n  operator Ministry_of_Finance\n',
    );
    expect(customs).toMatch(
      /\/\/ ArchiMate Association from BusinessActor “State Registration” to ApplicationComponent “Customs Information System”/,
    );
    expect(declaration(customs, 'system Risk_engine')).not.toContain('depends-on');
    expect(declaration(customs, 'system Border_gate_system')).toContain('  depends-on Risk_engine\n');
  });

  it('dates the plateaus without one after the one that has it, in the order they trigger each other', () => {
    const plateaus = file(imported, 'plateaus.gea');
    expect(plateaus).toContain('plateau Today "Today" {\n  date 2026-01-01\n}');
    expect(plateaus).toContain('plateau Pilot "Pilot" {\n  date 2026-01-02\n}');
    expect(plateaus).toContain('plateau Full_roll_out "Full roll-out" {\n  date 2026-01-03\n}');
    expect(codes(imported)).toContain('lifecycleNotConsecutive');
  });
});

describe('a relationship from an element to itself', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="en">Self</name>
  <elements>
    <element identifier="id-a" xsi:type="BusinessActor"><name xml:lang="en">A</name></element>
    <element identifier="id-s" xsi:type="ApplicationComponent"><name xml:lang="en">S</name></element>
    <element identifier="id-t" xsi:type="ApplicationComponent"><name xml:lang="en">T</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-o" source="id-a" target="id-s" xsi:type="Association"/>
    <relationship identifier="id-o2" source="id-a" target="id-t" xsi:type="Association"/>
    <relationship identifier="id-flow" source="id-s" target="id-s" xsi:type="Flow"><name xml:lang="en">retry loop</name></relationship>
    <relationship identifier="id-serving" source="id-t" target="id-t" xsi:type="Serving"/>
    <relationship identifier="id-special" source="id-s" target="id-s" xsi:type="Specialization"/>
  </relationships>
</model>`;
  const imported = importArchimate(xml, { fileName: 'self.xml', messageLocale: 'en' });
  const text = file(imported, 'A/A.gea');

  it('is the statement it stands for where gea has one, else a comment and a note', () => {
    expect(schemaProblems(xml)).toBe('');
    expect(text).toContain('system S "S" {\n  owner A\n  depends-on S "retry loop"\n}\n');
    expect(text).toContain('system T "T" {\n  owner A\n  depends-on T\n}\n');
    expect(text).toContain('// ArchiMate Specialization from ApplicationComponent “S” to ApplicationComponent “S” (id-special)');
    expect(imported.notes.map((note) => sayNote(note, wordsFor('en').archimate.notes))).toEqual([
      'Specialization relationship from “S” to “S” is not a gea statement; kept as a comment in `A/A.gea`',
    ]);
    expect(imported.relationships).toBe(4);
  });
});

describe('an element that is not what the format asks for', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="en">Odd</name>
  <elements>
    <element identifier="id-a1" xsi:type="BusinessActor"><name xml:lang="en">A</name></element>
      <element identifier="id-a1" xsi:type="ApplicationComponent"><name xml:lang="en">Dup id</name></element>
    <element identifier="id-nt"><name xml:lang="en">No type</name></element>
    <element identifier="id-s" xsi:type="ApplicationComponent"><name xml:lang="en">S</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-o" source="id-a1" target="id-s" xsi:type="Association"/>
  </relationships>
</model>`;
  const imported = importArchimate(xml, { fileName: 'odd.xml', messageLocale: 'en' });
  const said = imported.notes.map((note) => sayNote(note, wordsFor('en').archimate.notes));

  it('keeps the first of two elements of one identifier, and lists the second where it is', () => {
    expect(file(imported, 'A/model.gea')).toContain('agency A "A"');
    expect(file(imported, 'A/A.gea')).toContain('system S "S" {\n  owner A\n}');
    expect(said).toContain(
      'ApplicationComponent “Dup id” at odd.xml:6:7 has the identifier id-a1 of “A” before it; only the first is imported, this one is kept as a comment in `unmapped.gea`',
    );
    expect(file(imported, 'unmapped.gea')).toContain(
      '// ApplicationComponent “Dup id” (id-a1; a second element of this identifier, at odd.xml:6:7)',
    );
  });

  it('names an element without a type by where it is', () => {
    expect(said).toContain('the element “No type” at odd.xml:7:5 has no type (xsi:type); kept as a comment in `unmapped.gea`');
    expect(file(imported, 'unmapped.gea')).toContain('// element without a type “No type” (id-nt)');
    expect(
      sayNote(
        imported.notes.find((note) => note.code === 'duplicateId')!,
        wordsFor('mn').archimate.notes,
      ),
    ).toBe(
      'odd.xml:6:7 дахь ApplicationComponent “Dup id” нь өмнөх “A”-ийн id-a1 танигчийг давтсан; зөвхөн эхнийхийг оруулж, үүнийг `unmapped.gea` файлд тайлбар мөр болгон хадгалав',
    );
  });
});

describe('names that differ only in case', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="en">Case</name>
  <elements>
    <element identifier="id-1" xsi:type="BusinessActor"><name xml:lang="en">Tax Office</name></element>
    <element identifier="id-2" xsi:type="BusinessActor"><name xml:lang="en">tax_office</name></element>
    <element identifier="id-3" xsi:type="BusinessActor"><name xml:lang="en">Tax_Office_2</name></element>
    <element identifier="id-4" xsi:type="ApplicationComponent"><name xml:lang="en">S</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-o" source="id-2" target="id-4" xsi:type="Association"/>
  </relationships>
</model>`;

  it('get folders and files that differ in more than case, the same on every import', async () => {
    const imported = importArchimate(xml, { fileName: 'case.xml', messageLocale: 'en' });
    const paths = [...imported.files.keys()];
    expect(paths).toEqual([
      'Tax_Office/model.gea',
      'Tax_Office_2/model.gea',
      'tax_office_3/model.gea',
      'tax_office_3/tax_office.gea',
      'gea.yaml',
    ]);
    expect(file(imported, 'tax_office_3/tax_office.gea')).toContain('system S "S" {\n  owner tax_office\n}');
    expect(compileErrors(await compile(writeFiles(imported.files)))).toEqual([]);
    expect([...importArchimate(xml, { fileName: 'case.xml' }).files.keys()]).toEqual(paths);
  });
});

describe('a declared view whose kind gea does not know', () => {
  it('is written with `kind landscape`, as gea drew it, and its kind kept in `meta`: a view without a kind is an error', async () => {
    const { xml } = await exported(writeFiles(new Map([['m.gea', 'plateau p "P" { date 2026-01-01 }\nview v "V" { kind signatures }\n']])));
    const foreign = xml.replace(/>signatures</, '>panorama<');
    expect(foreign).not.toBe(xml);
    const imported = importArchimate(foreign, { fileName: 'views.xml', messageLocale: 'en' });
    const written = [...imported.files.values()].join('\n');
    expect(declaration(written, 'view v')).toMatch(/kind landscape/);
    expect(declaration(written, 'view v')).toMatch(/panorama/);
    expect(compileErrors(await compile(writeFiles(imported.files)))).toEqual([]);
  });
});
