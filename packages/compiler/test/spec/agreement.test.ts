// The agreement drafts: the interface's README and one per consumer, in the four EIF layers with
// every section OUTPUTS.md lists, in the chosen locale with the other locales' names alongside;
// and a model whose names try to break Markdown, XML, YAML and JSON-LD comes out escaped in each.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '@gea-arch/fixtures';
import { buildSpecs } from '../../src/spec/index.js';
import {
  describeWsdl,
  lintOpenApi,
  parseAsyncApi,
  asyncApiErrors,
  problemText,
  validateDcatAp,
  xmllintVerdicts,
  xmlWellFormed,
  xsdOf,
} from './validators.js';

const MODEL = `
law pdp_law "Хувь хүний мэдээлэл хамгаалах тухай хууль" { name en "Law on Personal Data Protection" }
law registration_law "Бүртгэлийн хууль" { name en "Registration law" }
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency gasr "Улсын бүртгэлийн ерөнхий газар" { name en "General Authority for State Registration" kind agency contact "info@gasr.gov.mn" }
agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency }
agency tax "Татварын ерөнхий газар" { name en "Tax Authority" kind agency }
platform khur "ХУР" { name en "KHUR" kind exchange operator ndc sla { availability 99.9% support "24/7" } }
trust root_ca "Эх төв" { name en "Root CA" kind ca operator ndc accredited certificate "CN=Root" { valid-from 2020-01-01 valid-until 2040-01-01 } }
trust gov_ca "Төрийн төв" { name en "Government CA" kind ca operator ndc accredited issuer root_ca certificate "CN=Gov 2020" { valid-from 2020-01-01 valid-until 2026-03-01 } certificate "CN=Gov 2026" { valid-from 2026-02-01 valid-until 2031-02-01 } }
data address "Хаяг" { name en "Address" owner gasr kind dataset classification public field code string "Код" key }
data citizen "Иргэн" {
  name en "Citizen"
  owner gasr
  kind registry
  base-registry
  classification restricted
  legal-basis registration_law "6"
  field register_no string "Регистрийн дугаар" key
  field surname string "Овог" personal
  field health string "Эрүүл мэнд" sensitive optional
  field home address "Хаяг"
}
system registry "Бүртгэлийн систем" { name en "Registry system" owner gasr masters citizen, address }
system tax_system "Татварын систем" {
  name en "Tax system"
  owner tax
  consumes citizen_info { purpose "Татвар төлөгчийг таних" legal-basis pdp_law "8.1" agreement "ХТ-2026/001" consent dan }
}
interface citizen_info "Иргэний лавлагаа" {
  name en "Citizen information"
  description "Иргэний үндсэн мэдээлэл"
  provider registry
  via khur
  style soap
  version "2.0.0"
  classification restricted
  legal-basis registration_law "22"
  consent dan, otp
  auth mtls
  until target
  sla { availability 99.5% latency 800ms throughput 100/s }
  signature { level qualified format XAdES with gov_ca timestamp root_ca }
  operation get_citizen { input citizen { register_no } output citizen { register_no, surname, health, home } }
}
`;

const OUTPUTS_SECTIONS = {
  en: [
    '## 1. Legal interoperability',
    '### Legal bases',
    '### Purpose',
    '### Consent of the data subject',
    '### Personal data',
    '## 2. Organisational interoperability',
    '### Parties',
    '### Service level',
    '### Support',
    '### Change management',
    '## 3. Semantic interoperability',
    '## 4. Technical interoperability',
    '### Message signature',
    '### Trust services',
    '### Specification files',
  ],
  mn: [
    '## 1. Эрх зүйн харилцан ажиллагаа',
    '### Эрх зүйн үндэслэл',
    '### Зорилго',
    '### Мэдээллийн эзний зөвшөөрөл',
    '### Хувь хүний мэдээлэл',
    '## 2. Зохион байгуулалтын харилцан ажиллагаа',
    '### Талууд',
    '### Үйлчилгээний түвшин',
    '### Дэмжлэг',
    '### Өөрчлөлтийн удирдлага',
    '## 3. Утга зүйн харилцан ажиллагаа',
    '## 4. Техникийн харилцан ажиллагаа',
    '### Мессежийн цахим гарын үсэг',
    '### Итгэмжлэлийн үйлчилгээ',
    '### Техникийн тодорхойлолтын файлууд',
  ],
};

async function bundleOf(source: string, locale: string) {
  const { model } = await analyze(source, { defaultLocale: 'mn' });
  return buildSpecs(model, { locale, evaluationDate: '2026-06-01' });
}

/** The cells of a Markdown table row, split at the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
}

describe('the agreement draft of an interface (README.md)', () => {
  it('has every section OUTPUTS.md lists, in the EIF order, in the chosen locale', async () => {
    for (const locale of ['en', 'mn'] as const) {
      const readme = (await bundleOf(MODEL, locale)).get('citizen_info/README.md')!;
      const headings = readme.split('\n').filter((line) => /^##+ /.test(line));
      const positions = OUTPUTS_SECTIONS[locale].map((heading) => headings.indexOf(heading));
      expect(positions, locale).not.toContain(-1);
      expect(
        [...positions].sort((a, b) => a - b),
        locale,
      ).toEqual(positions);
    }
  });

  it('says the legal bases, purposes and consent (legal); parties, consumers, SLA, support and change management (organisational)', async () => {
    const readme = (await bundleOf(MODEL, 'en')).get('citizen_info/README.md')!;
    expect(readme).toMatch(/^# Interoperability agreement draft: Citizen information\n\nOther names: mn: Иргэний лавлагаа\n/);
    expect(readme).toContain('- Of the interface: Registration law (`registration_law`), article 22');
    expect(readme).toContain('- Of the data asset Citizen (`citizen`): Registration law (`registration_law`), article 6');
    expect(readme).toContain('- Tax system (`tax_system`): Татвар төлөгчийг таних');
    expect(readme).toContain('Consent is asked by: DAN identity service, one-time password.');
    expect(readme).toContain('2 of the 4 fields exchanged are personal data, 1 of them sensitive. Classification: restricted.');
    expect(readme).toContain(
      '| provider | Registry system (`registry`) | General Authority for State Registration (`gasr`) | info@gasr.gov.mn |',
    );
    expect(readme).toContain('| platform operator | KHUR (`khur`) | National Data Center (`ndc`) |   |');
    expect(readme).toContain(
      '| Tax system (`tax_system`) | Татвар төлөгчийг таних | Law on Personal Data Protection (`pdp_law`), article 8.1 | ХТ-2026/001 | DAN identity service | `current` |',
    );
    expect(readme).toContain('| interface | 99.5% | 800 ms | 100/s |   |');
    expect(readme).toContain('| platform KHUR (`khur`) | 99.9% |   |   | 24/7 |');
    expect(readme).toContain("The provider's agency General Authority for State Registration (`gasr`) answers questions and incidents.");
    expect(readme).toMatch(/The interface is at version 2\.0\.0\. .* It is retired at plateau `target`\./);
    expect(readme).toContain('| Status at each plateau | `current`: active · `target`: retired |');
  });

  it('tables every field of every message with its labels in every locale, type, flags and source register, and the personal data each asset holds through its fields (semantic)', async () => {
    const readme = (await bundleOf(MODEL, 'en')).get('citizen_info/README.md')!;
    expect(readme).toContain('### Operation `get_citizen`');
    expect(readme).toContain('| Field | Label (mn) | Label (en) | Type | Key | Personal | Sensitive | Optional | Source register |');
    expect(readme).toContain('| `register_no` | Регистрийн дугаар | — | text | yes | no | no | no | `citizen` |');
    expect(readme).toContain('| `health` | Эрүүл мэнд | — | text | no | yes | yes | yes | `citizen` |');
    expect(readme).toContain('| `home` | Хаяг | — | Address (`address`) | no | no | no | no | `citizen` |');
    expect(readme).toContain('### Data assets referred to by fields');
    expect(readme).toContain(
      '| Citizen (`citizen`) | General Authority for State Registration (`gasr`) | Registry system (`registry`) | yes | restricted | sensitive |',
    );
  });

  it('says the style, platform, address, authentication, signature and the trust services with their certificates’ expiry (technical)', async () => {
    const readme = (await bundleOf(MODEL, 'en')).get('citizen_info/README.md')!;
    expect(readme).toContain('| Style | SOAP web service |');
    expect(readme).toContain('| Address | `urn:gea:khur:citizen_info` — assigned by KHUR (`khur`) |');
    expect(readme).toContain('| Authentication | mutual TLS (client certificates) |');
    expect(readme).toContain(
      '| Level | qualified |\n| Format | XAdES |\n| Signed with | Government CA (`gov_ca`) |\n| Time-stamped by | Root CA (`root_ca`) |',
    );
    expect(readme).toContain(
      '| Government CA (`gov_ca`) | certification authority | National Data Center (`ndc`) | yes | CN=Gov 2020 | 2026-03-01 | expired |',
    );
    expect(readme).toContain(
      '| Government CA (`gov_ca`) | certification authority | National Data Center (`ndc`) | yes | CN=Gov 2026 | 2031-02-01 | valid, 1706 days left |',
    );
    expect(readme).toContain('| On 2026-06-01 |');
    expect(readme).toContain('- [service.wsdl](service.wsdl) — WSDL 1.1, SOAP 1.1 document/literal');
  });

  it('speaks Mongolian with the glossary’s words', async () => {
    const readme = (await bundleOf(MODEL, 'mn')).get('citizen_info/README.md')!;
    expect(readme).toMatch(/^# Харилцан ажиллагааны гэрээний төсөл: Иргэний лавлагаа\n\nБусад нэр: en: Citizen information\n/);
    expect(readme).toContain('Зөвшөөрлийг дараах аргаар авна: ДАН танилт, нэвтрэлтийн систем, нэг удаагийн нууц үг.');
    expect(readme).toContain('| Талбар | Нэр (mn) | Нэр (en) | Төрөл | Түлхүүр | Хувь хүний | Эмзэг | Заавал биш | Эх сурвалж бүртгэл |');
    expect(readme).toContain(
      '| нийлүүлэгч | Бүртгэлийн систем (`registry`) | Улсын бүртгэлийн ерөнхий газар (`gasr`) | info@gasr.gov.mn |',
    );
  });
});

describe('the agreement draft of one consumer', () => {
  it('names the consumer’s purpose, legal basis, consent and agreement reference, and links the interface’s specs', async () => {
    const agreement = (await bundleOf(MODEL, 'en')).get('agreements/tax_system--citizen_info.md')!;
    expect(agreement).toMatch(/^# Interoperability agreement draft: Tax system — Citizen information\n/);
    expect(agreement).toContain('| Consumer | Tax system (`tax_system`), Tax Authority (`tax`) |');
    expect(agreement).toContain('| Agreement reference | ХТ-2026/001 |');
    expect(agreement).toContain('| Consumes at | `current` |');
    expect(agreement).toContain('- Of the consumer Tax system (`tax_system`): Law on Personal Data Protection (`pdp_law`), article 8.1');
    expect(agreement).toContain('### Purpose\n\n- Tax system (`tax_system`): Татвар төлөгчийг таних');
    expect(agreement).toContain('### Consent of the data subject\n\nConsent is asked by: DAN identity service.');
    expect(agreement).toContain('| consumer | Tax system (`tax_system`) | Tax Authority (`tax`) |   |');
    expect(agreement).not.toContain('### Consumers');
    expect(agreement).toContain('- [service.wsdl](../citizen_info/service.wsdl)');
    expect(agreement).toContain('- [README.md](../citizen_info/README.md)');
    for (const heading of OUTPUTS_SECTIONS.en.filter((section) => section !== '### Consumers')) expect(agreement).toContain(heading);
  });

  it('says when no agreement is concluded yet', async () => {
    const bundle = await bundleOf(MODEL.replace(' agreement "ХТ-2026/001"', ''), 'en');
    expect(bundle.get('agreements/tax_system--citizen_info.md')).toContain('| Agreement reference | not yet concluded |');
  });
});

const HOSTILE = `
law evil_law "Law | *stars* <script>alert(1)</script>\\nsecond line" { name en "Law & <b>" }
agency evil "<script>alert('x')</script> & Co | pipe" { name en "\\"Quoted\\" & <b>bold</b>" kind agency contact "a|b <c@d.mn>" }
agency other "# Other\\n- item" { kind agency }
platform khur "ХУР | *x* ]]> --> \\u{1}" { kind exchange operator evil }
trust ca "CA <x> & 'y'" { kind ca operator evil accredited certificate "CN=<evil> | x, O=&" { valid-from 2020-01-01 valid-until 2030-01-01 } }
data rows "Rows & <columns> | *x*\\nline" { owner evil kind registry base-registry open { license "CC-BY-4.0" publisher evil cadence daily formats csv, api } field id string "Key | *k* <i>" key field note string "Note\\n|with| newline" personal optional }
system app "App <img src=x onerror=alert(1)> & \\"more\\"" { owner evil masters rows }
system client "Client | [x] {y} #z; & <script>" { owner other consumes api { purpose "p | q *r* <script>\\n| next" legal-basis evil_law "1|2" agreement "A-1 | <b>" consent otp } }
interface api "API <v2> & 'v3' | x\\n# heading" { provider app via khur style soap version "1.0 <b>" auth mtls signature { level qualified format XAdES with ca } operation get { input rows { id } output rows } }
interface rest_api "REST ]]> --> *" { provider app via khur style rest version "1" auth token operation get { method GET path "/rows/{id}" input rows { id } output rows } }
interface events "Events: a | b" { provider app style event version "1" event Changed { payload rows } }
`;

describe('a model whose names try to break every format', () => {
  it('comes out as Markdown whose tables keep their columns and whose text holds no raw HTML or line break', async () => {
    const bundle = await bundleOf(HOSTILE, 'mn');
    const markdown = [...bundle].filter(([path]) => path.endsWith('.md'));
    expect(markdown.map(([path]) => path).sort()).toEqual([
      'agreements/client--api.md',
      'api/README.md',
      'events/README.md',
      'rest_api/README.md',
    ]);
    for (const [path, text] of markdown) {
      expect(text, path).not.toMatch(/<script|<b>|<img|<i>|<columns>/);
      const lines = text.split('\n');
      let columns = 0;
      for (const line of lines) {
        if (!line.startsWith('|')) {
          columns = 0;
          continue;
        }
        if (columns === 0) columns = cells(line).length;
        else expect(cells(line), `${path}: ${line}`).toHaveLength(columns);
      }
      // What follows a line break in a name never starts a line of its own.
      expect(
        lines.filter((line) => /^(second line|- item|# heading|\| next|line\b|\|with)/.test(line)),
        path,
      ).toEqual([]);
    }
    const readme = bundle.get('api/README.md')!;
    expect(readme).toContain("API &lt;v2&gt; &amp; 'v3' \\| x \\# heading");
    expect(readme).toContain('p \\| q \\*r\\* &lt;script&gt; \\| next');
    expect(readme).toContain('A-1 \\| &lt;b&gt;');
  });

  it('comes out as well-formed XML: a WSDL the soap client reads and an XSD xmllint compiles', async () => {
    const bundle = await bundleOf(HOSTILE, 'mn');
    const wsdl = bundle.get('api/service.wsdl')!;
    expect(xmlWellFormed(wsdl)).toBe(true);
    expect(wsdl).toContain('API &lt;v2&gt; &amp; &apos;v3&apos; | x&#10;# heading');
    const dir = mkdtempSync(join(tmpdir(), 'gea-hostile-'));
    writeFileSync(join(dir, 'service.wsdl'), wsdl);
    const description = await describeWsdl(join(dir, 'service.wsdl'));
    expect(Object.keys(Object.values(Object.values(description)[0]!)[0]!)).toEqual(['get']);
    const sample = '<tns:getRequest xmlns:tns="urn:gea:api:v1"><tns:id>1</tns:id></tns:getRequest>';
    expect(xmllintVerdicts(xsdOf(wsdl), [sample])).toEqual([true]);
  });

  it('comes out as YAML that reads back to the very strings of the model, and specs their validators accept', async () => {
    const { model } = await analyze(HOSTILE, { defaultLocale: 'mn' });
    const bundle = await bundleOf(HOSTILE, 'mn');
    const openapi = bundle.get('rest_api/openapi.yaml')!;
    expect(parseYaml(openapi).info.title).toBe(model.byId.get('rest_api')!.names.mn);
    expect(parseYaml(openapi)['x-gea-provider'].name).toBe('App <img src=x onerror=alert(1)> & "more"');
    expect((await lintOpenApi(openapi)).filter((problem) => problem.severity === 'error').map(problemText)).toEqual([]);
    const asyncapi = bundle.get('events/asyncapi.yaml')!;
    expect(parseYaml(asyncapi).info.title).toBe('Events: a | b');
    const { diagnostics } = await parseAsyncApi(asyncapi);
    expect(asyncApiErrors(diagnostics)).toEqual([]);
  });

  it('comes out as JSON-LD that still conforms to DCAT-AP', async () => {
    const bundle = await bundleOf(HOSTILE, 'mn');
    for (const file of ['catalog.json', 'open-data.json']) {
      const result = await validateDcatAp(JSON.parse(bundle.get(file)!));
      expect(result.violations, file).toEqual([]);
    }
  });
});
