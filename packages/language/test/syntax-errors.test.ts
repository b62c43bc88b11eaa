import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createGeaCoreServices } from '../src/gea-module.js';
import type { Model } from '../src/generated/ast.js';
import { documentFindings } from '../src/findings/document-findings.js';
import type { Finding } from '@gea-arch/core';
import { ownerRequired } from '@gea-arch/core';
import { excerpt } from '../src/syntax/excerpt.js';
import { analyze, buildDocuments, parseFindings } from '@gea-arch/fixtures';

/** `line:column message` of each finding, 1-based, for exact assertions. */
function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.message}`);
}

/** The syntax findings of the whole analysis (parse, link, model, rules) of one file. */
async function documentSyntaxFindings(text: string): Promise<string[]> {
  return located((await parseFindings(text)).filter((finding) => finding.rule === 'syntax'));
}

const AGENCY = 'agency gasr "G" { kind agency }';

describe('an unknown property in a block', () => {
  it('lists the properties a system takes', async () => {
    const findings = await parseFindings(`${AGENCY}\nsystem s "S" {\n  owner gasr\n  colour red\n}`);
    expect(located(findings)).toEqual([
      '4:3 `colour` is not a property of a system; a system takes owner, operator, criticality, hosting, legal-basis, masters, stores, consumes, depends-on, uses, signs, seals, …',
    ]);
  });

  it('lists them all when the block takes few', async () => {
    const findings = await parseFindings('plateau p { date 2026-01-01 colour red }');
    expect(located(findings)).toEqual([
      '1:29 `colour` is not a property of a plateau; a plateau takes date, name, description, tags, url, from, until, meta',
    ]);
  });

  it('suggests the property a misspelt one meant, and reads it as that property', async () => {
    const source = `${AGENCY}\nsystem s "S" {\n  ownr gasr\n}`;
    const { findings, model } = await analyze(source, { rules: [ownerRequired] });
    expect(located(findings)).toEqual([
      '3:3 `ownr` is not a property of a system; did you mean `owner`? A system takes owner, operator, criticality, hosting, legal-basis, masters, stores, consumes, depends-on, uses, signs, seals, …',
    ]);
    expect(model.systems[0]!.owner?.target?.id).toBe('gasr');
  });

  it('says a name with hyphens cannot hold them, and how to write it, wherever it is written', async () => {
    const messages = async (source: string) =>
      (await analyze(source, { rules: [] })).findings.filter((finding) => finding.rule === 'syntax').map((finding) => finding.message);
    expect(await messages(`${AGENCY}\nsystem civil-registry "S" { owner gasr }`)).toEqual([
      '`civil-registry`: a name cannot hold `-`; write `civil_registry`',
    ]);
    expect(await messages('namespace mn.civil-reg-office\nagency gasr "G" { kind agency }')).toEqual([
      '`civil-reg-office`: a name cannot hold `-`; write `civil_reg_office`',
    ]);
    expect(await messages(`${AGENCY}\nsystem s "S" { owner gasr depends-on civil-registry }`)).toEqual([
      '`civil-registry`: a name cannot hold `-`; write `civil_registry`',
    ]);
    // Read as the one name it was meant as: the declaration keeps its properties, a reference to it links.
    const { findings, model } = await analyze(
      `${AGENCY}\nsystem civil-registry "S" { owner gasr }\nsystem s "S" { owner gasr depends-on civil-registry }`,
    );
    expect(findings.map((finding) => finding.rule)).toEqual(['syntax', 'syntax']);
    expect(model.systems[0]!.owner?.target?.id).toBe('gasr');
    expect(model.systems[1]!.dependsOn[0]!.target.target).toBe(model.systems[0]);
    // Rule ids and fixed values are words joined by `-`: no error there.
    expect(
      await messages(`${AGENCY}\nsystem s "S" { owner gasr depends-on t "db" { kind direct-db } }\nsystem t "T" { owner gasr }`),
    ).toEqual([]);
  });

  it('reports a misspelt property beside the one it resembles once, as the misspelling, not as that property given twice', async () => {
    const source = `${AGENCY}\nsystem s "S" {\n  owner gasr\n  critcality high\n  criticality low\n  ownr gasr\n}`;
    const { findings } = await analyze(source, { rules: [ownerRequired] });
    expect(located(findings).map((finding) => finding.split('?')[0])).toEqual([
      '4:3 `critcality` is not a property of a system; did you mean `criticality`',
      '6:3 `ownr` is not a property of a system; did you mean `owner`',
    ]);
    const twice = await analyze(`${AGENCY}\nsystem s "S" {\n  owner gasr\n  owner gasr\n}`, { rules: [] });
    expect(located(twice.findings)).toEqual(['4:3 `owner` is given twice here; keep one']);
  });

  it.each([
    [
      'interface i { sla { uptime 99% } }',
      '1:21 `uptime` is not a property of `sla { … }`; `sla { … }` takes availability, latency, throughput, support',
    ],
    [
      'interface i { signature { levl qualified } }',
      '1:27 `levl` is not a property of `signature { … }`; did you mean `level`? `signature { … }` takes level, format, with, timestamp',
    ],
    [
      'interface i { operation get { verb GET } }',
      '1:31 `verb` is not a property of an operation; an operation takes method, path, input, output, description',
    ],
    ['interface i { event e { body x } }', '1:25 `body` is not a property of an event; an event takes payload, description'],
    [
      'data d { open { licence "CC0" } }',
      '1:17 `licence` is not a property of `open { … }`; did you mean `license`? `open { … }` takes license, publisher, cadence, formats',
    ],
    [
      'trust t { certificate "C" { valid-from 2024-01-01 valid-until 2029-01-01 expires 2030-01-01 } }',
      '1:74 `expires` is not a property of a certificate; a certificate takes valid-from, valid-until, fingerprint',
    ],
    [
      'system s { consumes i { reason "r" } }',
      '1:25 `reason` is not a property of `consumes { … }`; `consumes { … }` takes purpose, legal-basis, agreement, consent, from, until',
    ],
    [
      'system s { depends-on t { kind file via x } }',
      '1:37 `via` is not a property of `depends-on { … }`; `depends-on { … }` takes kind, description, from, until',
    ],
    [
      'system s { signs d { with t levle simple } }',
      '1:29 `levle` is not a property of `signs { … }`; did you mean `level`? `signs { … }` takes level, format, with, timestamp, from, until',
    ],
    ['system s { masters d (untl p) }', '1:23 `untl` is not a property of `( … )`; did you mean `until`? `( … )` takes from, until'],
    [
      'waiver w { rule single-master on d reason "r" colour red }',
      '1:47 `colour` is not a property of a waiver; a waiver takes rule, on, reason, name, description, tags, url, from, until, meta',
    ],
    [
      'data d { fields { x string "X" "y" } }',
      '1:32 `"y"` cannot stand here in `fields { … }`; `fields { … }` holds entries written `NAME TYPE`',
    ],
    ['agency a { meta { k "v" 12 } }', '1:25 `12` cannot stand here in `meta { … }`; `meta { … }` holds entries written `KEY "…"`'],
    [
      'data d { fields { x string "X" } "y" }',
      '1:34 `"y"` cannot stand here in a data asset; a data asset takes owner, kind, base-registry, classification, privacy, legally-binding, format, retention, legal-basis, field, fields, open, …',
    ],
  ])('explains it in nested blocks and every declaration: %s', async (source, expected) => {
    expect(await documentSyntaxFindings(source)).toEqual([expected]);
  });
});

describe('a keyword without its value', () => {
  it('names the expected kind after a bare masters, at the end of its line', async () => {
    const findings = await parseFindings(`${AGENCY}\nsystem s "S" {\n  owner gasr\n  masters\n}`);
    expect(located(findings)).toEqual(['4:10 `masters` needs a data asset: write `masters DATA`']);
  });

  it.each([
    ['system s { consumes }', '1:21 `consumes` needs an interface: write `consumes INTERFACE`'],
    ['system s { stores }', '1:19 `stores` needs a data asset: write `stores DATA`'],
    ['system s { depends-on }', '1:23 `depends-on` needs a system: write `depends-on SYSTEM`'],
    ['system s { signs }', '1:18 `signs` needs a data asset: write `signs DATA`'],
    ['system s { seals }', '1:18 `seals` needs a data asset: write `seals DATA`'],
    ['system s { verifies }', '1:21 `verifies` needs a data asset: write `verifies DATA`'],
    ['system s { uses }', '1:17 `uses` needs a platform: write `uses PLATFORM`'],
    ['system s { owner }', '1:18 `owner` needs an agency: write `owner AGENCY`'],
    ['system s { legal-basis }', '1:24 `legal-basis` needs a law: write `legal-basis LAW`'],
    ['system s { masters d (until) }', '1:28 `until` needs a plateau: write `until PLATEAU`'],
    ['system s { signs d { with } }', '1:27 `with` needs a trust service: write `with TRUST`'],
    ['agency a { from }', '1:17 `from` needs a plateau: write `from PLATEAU`'],
    ['interface i { provider }', '1:24 `provider` needs a system: write `provider SYSTEM`'],
    ['interface i { via }', '1:19 `via` needs a platform: write `via PLATFORM`'],
    ['interface i { operation o { input } }', '1:35 `input` needs a data asset: write `input DATA`'],
    ['view v { kind landscape of }', '1:28 `of` needs an element: write `of ELEMENT`'],
    ['waiver w { rule single-master reason "r" on }', '1:45 `on` needs an element: write `on ELEMENT`'],
    ['system s { masters a, }', '1:23 `masters a,` needs a data asset: write `masters a, DATA`'],
  ])('names what %s needs', async (source, expected) => {
    expect(await documentSyntaxFindings(source)).toEqual([expected]);
  });

  it.each([
    ['system s { criticality }', '1:24 `criticality` needs a value: one of low, medium, high, critical'],
    ['data d { open { cadence } }', '1:25 `cadence` needs a value: one of daily, weekly, monthly, quarterly, yearly, irregular'],
    ['data d { open { formats } }', '1:25 `formats` needs a value: one of csv, json, xml, xlsx, geojson, rdf, api'],
    ['trust t { formats }', '1:19 `formats` needs a value: one of XAdES, PAdES, CAdES, JAdES, ASiC'],
    ['plateau p { date }', '1:18 `date` needs a date written YYYY-MM-DD, e.g. `date 2026-01-01`'],
    ['plateau p { date 2026-1-1 }', '1:18 `date` needs a date written YYYY-MM-DD, not `2026-1-1`, e.g. `date 2026-01-01`'],
    [
      'data d { retention 10 }',
      '1:20 `retention` needs a duration (a whole number and one of ms, s, m, h, d, w, y), not `10`, e.g. `retention 90d`',
    ],
    ['view v { kind landscape depth }', '1:31 `depth` needs a whole number, e.g. `depth 2`'],
    ['agency a { name en }', '1:20 `name en` takes a quoted string: write `name en "…"`'],
    ['data d { fields { x } }', '1:21 `x` needs a type: one of string, integer, decimal, boolean, date, datetime, binary or a data asset'],
    ['interface i { sla availability 99.5% }', '1:19 `sla` opens a block: write `sla { … }`'],
  ])('names the values %s takes', async (source, expected) => {
    expect(located(await parseFindings(source))).toEqual([expected]);
  });

  it('lists the kinds a bare `kind` takes in its declaration', async () => {
    // Read from the parser: the validator does not yet take a `kind` without a value.
    const [agency] = await buildDocuments('agency a { kind }');
    const [view] = await buildDocuments('view v { kind }');
    expect(agency!.parseResult.parserErrors.map((error) => error.message)).toEqual([
      '`kind` needs a value: one of ministry, agency, local, soe, private, international',
    ]);
    expect(view!.parseResult.parserErrors.map((error) => error.message)).toEqual([
      '`kind` needs a value: one of landscape, context, dataflow, integration, signatures, gap',
    ]);
  });

  it('asks for quotes around a version written as a number, with one finding', async () => {
    const findings = await parseFindings('system s { }\ninterface i {\n  provider s\n  version 1.0\n  style rest\n}');
    expect(located(findings)).toEqual(['4:11 `version` takes a quoted string: write `version "1.0"`']);
  });

  it('asks for quotes around any string written bare', async () => {
    const findings = await parseFindings('agency a { acronym GASR }');
    expect(located(findings)).toEqual(['1:20 `acronym` takes a quoted string: write `acronym "GASR"`']);
  });

  it('asks for the `,` between two names of a list', async () => {
    const findings = await documentSyntaxFindings('system s { stores d { a b } }');
    expect(findings).toEqual(['1:25 `b` follows `a` without a `,`: write `a, b`']);
  });
});

describe('a misspelt or misplaced declaration keyword', () => {
  const SOURCE = `${AGENCY}
systen s "S" {
  owner gasr
}
interface i "I" { provider s version "1" style rest }`;

  it('suggests the declaration keyword it meant', async () => {
    expect(located(await parseFindings(SOURCE))).toEqual(['2:1 unknown keyword `systen`; did you mean `system`?']);
  });

  it('reads the declaration as meant, so later declarations parse and link to it', async () => {
    const { model } = await analyze(SOURCE, { rules: [ownerRequired] });
    expect(model.systems.map((system) => system.id)).toEqual(['s']);
    expect(model.interfaces[0]!.provider?.target?.id).toBe('s');
  });

  it('lists the declaration keywords when no keyword is close', async () => {
    const findings = await parseFindings(`${AGENCY}\nregister r { }\nagency b { kind agency }`);
    expect(located(findings)).toEqual([
      '2:1 unknown keyword `register`; a declaration starts with law, plateau, agency, platform, trust, data, system, interface, view or waiver',
    ]);
  });

  it('says a property belongs inside a block', async () => {
    const findings = await parseFindings(`${AGENCY}\nowner gasr`);
    expect(located(findings)).toEqual(['2:1 `owner` is a property: write it inside the `{ … }` of a declaration']);
  });

  it('says `namespace` comes first in a file', async () => {
    const findings = await parseFindings(`${AGENCY}\nnamespace mn.gasr`);
    expect(located(findings)).toEqual(['2:1 `namespace` comes first in a file, before every declaration']);
  });
});

describe('braces', () => {
  it('names the block left open before the next declaration', async () => {
    const findings = await parseFindings(`agency gasr "G" {\n  kind agency\n\nagency b { kind agency }`);
    expect(located(findings)).toEqual(['4:1 `agency gasr "G" {` on line 1 is not closed: add `}` before `agency`']);
  });

  it('names the block left open at the end of the file', async () => {
    const findings = await parseFindings(`${AGENCY}\nsystem s {\n  owner gasr\n`);
    expect(located(findings)).toEqual(['3:13 `system s {` on line 2 is not closed: add `}` at the end of the file']);
  });

  it('reports a `}` that closes nothing', async () => {
    const findings = await parseFindings(`${AGENCY}\n}`);
    expect(located(findings)).toEqual(['2:1 this `}` closes nothing: remove it']);
  });

  it('reports a stray `}` and a block left open after it, each where it is', async () => {
    const beforeDeclaration = await parseFindings(`${AGENCY}\n}\nsystem s "S" {\n  owner gasr\n\nsystem t "T" {\n  owner gasr\n}`);
    expect(located(beforeDeclaration)).toEqual([
      '2:1 this `}` closes nothing: remove it',
      '6:1 `system s "S" {` on line 3 is not closed: add `}` before `system`',
    ]);
    const atEnd = await parseFindings(`${AGENCY}\nsystem s "S" {\n  owner gasr\n}}\nsystem t "T" {\n  owner gasr\n`);
    expect(located(atEnd)).toEqual([
      '4:2 this `}` closes nothing: remove it',
      '6:13 `system t "T" {` on line 5 is not closed: add `}` at the end of the file',
    ]);
  });

  it('reports a block left open and a `}` after it that then closes nothing', async () => {
    const findings = await parseFindings(`${AGENCY}\nsystem s "S" {\n  owner gasr\n\nsystem t "T" {\n  owner gasr\n}\n}`);
    expect(located(findings)).toEqual([
      '5:1 `system s "S" {` on line 2 is not closed: add `}` before `system`',
      '8:1 this `}` closes nothing: remove it',
    ]);
  });

  it('reports a stray `}` after another error, and the block left open after that', async () => {
    const findings = await parseFindings(`${AGENCY}\nsystem s "S" {\n  owner\n}\n}\nsystem t "T" {\n  owner gasr\n`);
    expect(located(findings)).toEqual([
      '3:8 `owner` needs an agency: write `owner AGENCY`',
      '5:1 this `}` closes nothing: remove it',
      '7:13 `system t "T" {` on line 6 is not closed: add `}` at the end of the file',
    ]);
  });

  it('reports one finding where recovery used to lose count of the braces', async () => {
    const findings = await parseFindings('agency a { kind agency sla { } }\nagency b { kind agency }');
    expect(located(findings)).toEqual([
      '1:24 `sla` is not a property of an agency; an agency takes kind, parent, acronym, registry-code, legal-basis, contact, name, description, tags, url, from, until, meta',
    ]);
  });
});

describe('a word that ends with `-`', () => {
  const AGENCY_A = 'agency a "А" { kind agency }';

  it('ends a rule id at a `-` before a space: one error naming the close ids, and the rest of the waiver read', async () => {
    const { findings, model } = await analyze(`${AGENCY_A}\nwaiver wy { rule cross-agency-via-platform- on a reason "r" }`, { rules: [] });
    expect(located(findings)).toEqual([
      '2:43 the rule id `cross-agency-via-platform-` ends with `-`; did you mean `cross-agency-via-platform`?',
    ]);
    expect(model.waivers[0]).toMatchObject({ rule: 'cross-agency-via-platform', reason: 'r' });
    expect(model.waivers[0]!.on?.target).toBe(model.agencies[0]);
    // Before a line end too, and an unknown id is not reported again as unknown.
    const unknown = await analyze(`${AGENCY_A}\nwaiver wz {\n  rule cross-agency-\n  on a\n  reason "r"\n}`, { rules: [] });
    expect(located(unknown.findings)).toEqual([
      '3:20 the rule id `cross-agency-` ends with `-`; did you mean `cross-agency-via-platform`?',
    ]);
    const none = await analyze(`${AGENCY_A}\nwaiver wq { rule nosuch- on a reason "r" }`, { rules: [], locale: 'mn' });
    expect(located(none.findings)).toEqual(['2:24 `nosuch-` дүрмийн id `-` тэмдэгтээр төгссөн байна; дүрмүүдийг `gea rules` жагсаана']);
  });

  it('ends any other word there, with one error', async () => {
    const source = `${AGENCY_A}\nsystem s "S" { owner a depends-on t "db" { kind direct- db } }\nsystem t "T" { owner a }`;
    const { findings } = await analyze(source, { rules: [] });
    expect(located(findings)).toEqual(['2:55 `direct-` ends with `-`: a `-` joins two words, with no space on either side']);
  });

  it('still reads a `-` with a space on both sides as joining two words, and says to write it without them', async () => {
    const { findings, model } = await analyze(`${AGENCY_A}\nwaiver wx { rule cross - agency-via-platform on a reason "r" }`, { rules: [] });
    expect(located(findings)).toEqual(['2:13 write `cross-agency-via-platform` without spaces around `-`']);
    expect(model.waivers[0]!.rule).toBe('cross-agency-via-platform');
  });
});

describe('the locale of a name or a description', () => {
  it('is a language code, as in gea.yaml: any other is one error that says which code to write', async () => {
    const source = [
      'agency a "А" {',
      '  kind agency',
      '  name en-US "Agency"',
      '  name en_GB "Agency"',
      '  description EN "Agency"',
      '  name english "Agency"',
      '  name ru "Агентство"',
      '  description chm "…"',
      '}',
    ].join('\n');
    const { findings, model } = await analyze(source, { rules: [] });
    const code = 'is not a locale code: a locale is a language code of two or three lower-case letters';
    expect(located(findings)).toEqual([
      `3:10 \`en-US\` ${code}; write \`en\``,
      `4:8 \`en_GB\` ${code}; write \`en\``,
      `5:15 \`EN\` ${code}; write \`en\``,
      `6:8 \`english\` ${code}, such as \`en\``,
    ]);
    // Read on: the agency keeps what follows, and its names as written.
    expect(model.agencies[0]!.names).toMatchObject({ mn: 'А', ru: 'Агентство', 'en-US': 'Agency' });
    const mongolian = await analyze('agency a "А" { kind agency name en_US "Agency" }', { rules: [], locale: 'mn' });
    expect(mongolian.findings.map((finding) => finding.message)).toEqual([
      '`en_US` нь хэлний код биш: хэлний код нь хоёр эсвэл гурван жижиг латин үсэг; `en` гэж бичнэ үү',
    ]);
  });
});

describe('escapes in strings', () => {
  it('reads the escapes a string takes and reports any other where it is written, keeping the text', async () => {
    const { findings, model } = await analyze(
      'agency a "q \\" b \\\\ n \\n t \\t u \\u{4E2D}" { kind agency }\nagency b "\\u0041 \\q \\u{110000}" { kind agency }',
      { rules: [] },
    );
    const known = '; a string takes `\\"`, `\\\\`, `\\n`, `\\t` and `\\u{…}` (up to `\\u{10FFFF}`); write `\\\\` for a backslash';
    expect(located(findings)).toEqual([
      `2:11 \`\\u\` is not an escape of a string: a string takes${known.slice('; a string takes'.length)}`,
      `2:18 \`\\q\` is not an escape of a string: a string takes${known.slice('; a string takes'.length)}`,
      `2:21 \`\\u{110000}\` is not an escape of a string: a string takes${known.slice('; a string takes'.length)}`,
    ]);
    expect(model.agencies[0]!.names['mn']).toBe('q " b \\ n \n t \t u 中');
  });

  it('reports `\\u{…}` of half a UTF-16 pair or of NUL as no character, and keeps the escape as written', async () => {
    const source = 'agency a "x \\u{D800} y \\u{dfff} z \\u{0} \\u{D7FF}\\u{E000}" { kind agency }';
    const { findings, model } = await analyze(source, { rules: [] });
    const surrogate = 'is not a Unicode character: D800–DFFF are halves of UTF-16 pairs, which stand for nothing alone';
    expect(located(findings)).toEqual([
      `1:13 \`\\u{D800}\` ${surrogate}; write the character's own code point, e.g. \`\\u{1F600}\``,
      `1:24 \`\\u{dfff}\` ${surrogate}; write the character's own code point, e.g. \`\\u{1F600}\``,
      "1:35 `\\u{0}` is not a character a string can hold: NUL cuts the text short in many tools that read gea's outputs; remove it",
    ]);
    expect(model.agencies[0]!.names['mn']).toBe('x \\u{D800} y \\u{dfff} z \\u{0} \u{D7FF}\u{E000}');
    const mongolian = await analyze(source, { rules: [], locale: 'mn' });
    expect(mongolian.findings.map((finding) => finding.message.split(':')[0])).toEqual([
      '`\\u{D800}` нь Юникод тэмдэгт биш',
      '`\\u{dfff}` нь Юникод тэмдэгт биш',
      '`\\u{0}` нь текстэд орох тэмдэгт биш',
    ]);
  });
});

describe('unclosed strings and comments', () => {
  it('reports an unclosed string once, where it opens, and keeps its text', async () => {
    const { findings, model } = await analyze('agency gasr "G" {\n  name en "Тест\n  kind agency\n}\nagency b { kind agency }', {
      rules: [],
    });
    expect(located(findings)).toEqual(['2:11 this string is not closed: add `"` before the end of the line']);
    expect(model.agencies.map((agency) => agency.names)).toEqual([{ mn: 'G', en: 'Тест' }, {}]);
  });

  it('reports an unclosed string once when it swallows the closing brace', async () => {
    const findings = await parseFindings('agency gasr { name en "Тест }\nagency b { kind agency }');
    expect(located(findings)).toEqual(['1:23 this string is not closed: add `"` before the end of the line']);
  });

  it('reports an unclosed comment once, where it opens', async () => {
    const findings = await parseFindings(`${AGENCY}\nagency b {\n  /* to do\n  kind agency\n}\n`);
    expect(located(findings)).toEqual(['3:3 this comment is not closed: add `*/`']);
  });
});

describe('source text quoted in messages', () => {
  it('cuts a long word to 40 characters', async () => {
    const word = 'x'.repeat(1_000_000);
    const findings = await parseFindings(`system s { ${word} }`);
    expect(located(findings)).toEqual([
      `1:12 \`${'x'.repeat(40)}…\` is not a property of a system; a system takes owner, operator, criticality, hosting, legal-basis, masters, stores, consumes, depends-on, uses, signs, seals, …`,
    ]);
  });

  it('shows control characters escaped', async () => {
    const findings = await parseFindings('agency a { kind agency }\n\u0000\u001b');
    expect(located(findings)).toEqual(['2:1 unexpected characters `\\u{0}\\u{1b}`']);
  });

  it('escapes control characters and cuts long text', () => {
    expect(excerpt('a\tb\u001b[31m')).toBe('a\\tb\\u{1b}[31m');
    expect(excerpt('x\u202ey')).toBe('x\\u{202e}y');
    expect(excerpt('ө'.repeat(50))).toBe(`${'ө'.repeat(40)}…`);
  });
});

describe('every syntax message', () => {
  it.each([
    'system s { owner a masters }',
    'agency { kind agency }',
    'data d { owner a field x }',
    'system s { masters x (until p }',
    'interface i { operation o { method GET path } }',
    '"foo"',
    '@',
  ])('is one line, without token lists: %s', async (source) => {
    const [document] = await buildDocuments(source);
    const messages = documentFindings(document!).map((finding) => finding.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(/\n|Token sequences|Expecting/);
      expect(message.length).toBeLessThan(300);
    }
  });

  it('reads a misspelt declaration keyword as meant, the misspelling its only finding', async () => {
    const [document] = await buildDocuments('agency a { kind agency }\nagnecy b { kind agency }\nsystem s { owner b }');
    const model = document!.parseResult.value as Model;
    expect(model.declarations.map((declaration) => `${declaration.$type} ${declaration.name}`)).toEqual([
      'Agency a',
      'Agency b',
      'System s',
    ]);
    expect(documentFindings(document!).map((finding) => finding.rule)).toEqual(['syntax']);
  });
});

describe('the grammar facts behind the messages', () => {
  const facts = createGeaCoreServices(EmptyFileSystem).gea.syntax.GrammarFacts;

  it('reads the declaration keywords off the grammar', () => {
    expect(facts.declarationKeywords).toEqual([
      'law',
      'plateau',
      'agency',
      'platform',
      'trust',
      'data',
      'system',
      'interface',
      'view',
      'waiver',
    ]);
  });

  it("lists a block's own properties first and the common ones last", () => {
    expect(facts.block('Waiver')?.keywords).toEqual([
      'rule',
      'on',
      'reason',
      'name',
      'description',
      'tags',
      'url',
      'from',
      'until',
      'meta',
    ]);
    expect(facts.block('StatementLifecycle')).toMatchObject({
      opener: '(',
      closer: ')',
      keywords: ['from', 'until'],
      isDeclaration: false,
    });
  });

  it('knows what a statement expects where it calls a name', () => {
    expect(facts.shapeWhereCalled('MastersStatement', 'QualifiedName')).toEqual({ kind: 'reference', type: 'Data' });
    expect(facts.shapeWhereCalled('NameProperty', 'Name')).toEqual({ kind: 'name', feature: 'locale' });
  });
});
