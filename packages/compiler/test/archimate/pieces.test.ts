// The small parts of the exchange: ids from qualified names and back, XML escaping of every model
// string, gea strings and fragments read back, references written as short as they resolve, and
// the keyword list against the grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, HOSTILE_NAMES } from '@gea-arch/fixtures';
import { exchangeOfModel, readExchangeXml, writeExchangeXml } from '@gea-arch/compiler';
import { declarationId, derivedId, nameOfDeclarationId } from '../../src/archimate/identifiers.js';
import { escapeAttribute, escapeText, exchangeXmlPieces } from '../../src/archimate/write-xml.js';
import { geaString, readList, tokenize } from '../../src/archimate/fragments.js';
import { referenceText } from '../../src/archimate/gea-source.js';
import { GEA_KEYWORDS } from '../../src/archimate/keywords.js';
import { readField, readOperation, readSignature, type ReadContext } from '../../src/archimate/read-values.js';
import { schemaProblems } from './support.js';

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('ids', () => {
  it('are ASCII xsd:IDs derived from qualified names, and read back into them', () => {
    for (const name of ['mn.gasr.civil_registry', 'mn.tour.Өргөө', 'УБЕГ', '_x.y_1', 'data']) {
      const id = declarationId(name);
      expect(id).toMatch(NCNAME);
      expect(nameOfDeclarationId(id)).toBe(name);
    }
    expect(declarationId('mn.tour.Өргөө')).toBe('gea-mn.tour.-4e8--440--433--4e9--4e9-');
    expect(derivedId('node', 'context-mn.gasr', 'mn.gasr.x')).toBe('node..context-2d-mn.gasr..mn.gasr.x');
  });

  it('number a relationship written again, so that each keeps an id of its own, in the order written', async () => {
    const { model } = await analyze(
      'agency a { kind agency }\nplatform p { kind exchange operator a }\nsystem s { owner a uses p uses p uses p }',
    );
    const uses = exchangeOfModel(model).relationships.filter((relationship) => relationship.id.startsWith('rel..uses..'));
    expect(uses.map((relationship) => relationship.id)).toEqual([
      'rel..uses..gea-p..gea-s',
      'rel..uses..gea-p..gea-s..2',
      'rel..uses..gea-p..gea-s..3',
    ]);
  });

  it('are not read back from ids other tools wrote, even ones that decode to a name', () => {
    expect(nameOfDeclarationId('id-3f2a0c1e-4b5c-4d6e-8f70-8192a3b4c5d6')).toBeUndefined();
    // `-4e8-` decodes, but the id is not one gea wrote: it does not start with gea-.
    expect(nameOfDeclarationId('x-4e8-')).toBeUndefined();
    expect(nameOfDeclarationId('gea-a-4b-')).toBeUndefined(); // `K` would be written as it is
    expect(nameOfDeclarationId('gea-1abc')).toBeUndefined();
    expect(nameOfDeclarationId('gea-a..b')).toBeUndefined();
  });
});

describe('XML escaping', () => {
  it('escapes markup, quotes, line ends and replaces what XML 1.0 cannot hold', () => {
    expect(escapeText('<script>alert("x")</script> & ]]>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; ]]&gt;');
    expect(escapeAttribute('"a"\nb\tc\rd')).toBe('&quot;a&quot;&#10;b&#9;c&#13;d');
    expect(escapeText('bell\u0007 nul\u0000 ok\uD800')).toBe('bell\uFFFD nul\uFFFD ok\uFFFD');
  });

  it('passes text with nothing to escape as it is, and escapes every character that needs it even alone in a long text', () => {
    // No astral character: its surrogates would take the long way for every text below.
    const plain = 'Улсын бүртгэлийн ерөнхий газар — gea-mn.gasr_1 (2026)';
    expect(escapeText(plain)).toBe(plain);
    expect(escapeAttribute(plain)).toBe(plain);
    expect(escapeText(`${plain} 😀`)).toBe(`${plain} 😀`);
    const needs: Record<string, [text: string, attribute: string]> = {
      '&': ['&amp;', '&amp;'],
      '<': ['&lt;', '&lt;'],
      '>': ['&gt;', '&gt;'],
      '\r': ['&#13;', '&#13;'],
      '"': ['"', '&quot;'],
      '\n': ['\n', '&#10;'],
      '\t': ['\t', '&#9;'],
      '\u0000': ['\uFFFD', '\uFFFD'],
      '\u0008': ['\uFFFD', '\uFFFD'],
      '\u000B': ['\uFFFD', '\uFFFD'],
      '\u000C': ['\uFFFD', '\uFFFD'],
      '\u001F': ['\uFFFD', '\uFFFD'],
      '\uDFFF': ['\uFFFD', '\uFFFD'],
      '\uFFFE': ['\uFFFD', '\uFFFD'],
      '\uFFFF': ['\uFFFD', '\uFFFD'],
    };
    for (const [char, [text, attribute]] of Object.entries(needs)) {
      expect(escapeText(`${plain}${char}${plain}`)).toBe(`${plain}${text}${plain}`);
      expect(escapeAttribute(`${plain}${char}${plain}`)).toBe(`${plain}${attribute}${plain}`);
    }
  });

  it('gives back every hostile string of a model as it was, in a valid file', async () => {
    const model = (
      await analyze({
        'model.gea': readFileSync(join(HOSTILE_NAMES, 'model.gea'), 'utf8'),
        'more.gea': 'agency ctl "tab\\there \\u{1} \\"q\\" \\\\ line\\nbreak\\r" { description "]]> <!-- -->" meta { k "v & <w>" } }',
      })
    ).model;
    const xml = writeExchangeXml(exchangeOfModel(model));
    expect(schemaProblems(xml)).toBe('');
    const back = readExchangeXml(xml);
    const ctl = back.elements.find((element) => element.id === 'gea-ctl')!;
    expect(ctl.names).toEqual([{ text: 'tab\there \uFFFD "q" \\ line\nbreak\r', lang: 'mn' }]);
    expect(ctl.documentation).toEqual([{ text: ']]> <!-- -->', lang: 'mn' }]);
    expect(ctl.properties).toEqual([{ key: 'k', value: 'v & <w>' }]);
    const evil = back.elements.find((element) => element.id === 'gea-evil')!;
    expect(evil.names.map((name) => name.text)).toEqual(["<script>alert('x')</script> & Co", '"Quoted" & <b>bold</b>']);
  });
});

describe('the written document', () => {
  it('is whole, in order and valid UTF-8 when it is made in many pieces', async () => {
    // Thousands of agencies with long Cyrillic descriptions: megabytes of UTF-8, several pieces, whose
    // ends would fall inside two-byte characters if they were cut at a fixed size.
    const description = 'Өргөө '.repeat(250);
    const source = Array.from(
      { length: 3000 },
      (_, index) => `agency a${index} "Агентлаг ${index}" { name en "Agency ${index}" description "${description}${index}" }`,
    ).join('\n');
    const { model } = await analyze(source);
    const pieces = exchangeXmlPieces(exchangeOfModel(model));
    expect(pieces.length).toBeGreaterThan(2);
    // Each piece ends at a whole character: written one after another, they are the document.
    for (const piece of pieces) new TextDecoder('utf-8', { fatal: true }).decode(piece);
    const bytes = Buffer.concat(pieces);
    expect(bytes.length).toBeGreaterThan(2 * 4 * 1024 * 1024);
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(writeExchangeXml(exchangeOfModel(model))).toBe(xml);
    const lines = xml.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('</model>');
    const back = readExchangeXml(xml);
    expect(back.elements.map((element) => element.id)).toEqual(exchangeOfModel(model).elements.map((element) => element.id));
    expect(back.elements.map((element) => element.id).sort()).toEqual(Array.from({ length: 3000 }, (_, index) => `gea-a${index}`).sort());
    for (const element of back.elements) {
      const index = element.id.slice('gea-a'.length);
      expect(element.names).toEqual([
        { text: `Агентлаг ${index}`, lang: 'mn' },
        { text: `Agency ${index}`, lang: 'en' },
      ]);
      expect(element.documentation).toEqual([{ text: `${description}${index}`, lang: 'mn' }]);
    }
  });
});

describe('gea fragments', () => {
  const context: ReadContext = {
    kindOf: (name) => ({ 'mn.citizen': 'data', 'mn.ca': 'trust', 'mn.tsa': 'trust' })[name] as never,
    fieldsOf: (name) => new Set(name === 'mn.citizen' ? ['register_no', 'surname'] : []),
  };

  it('quotes strings so that gea reads them back', () => {
    expect(geaString('a "b" \\ c\nd\te\u0001')).toBe('"a \\"b\\" \\\\ c\\nd\\te\\u{1}"');
    expect(tokenize(geaString('a "b" \\ c\nd\te\u0001'))).toEqual([{ kind: 'string', text: 'a "b" \\ c\nd\te\u0001' }]);
    expect(tokenize('"open')).toBeUndefined();
    expect(readList('a, b ,c')).toEqual(['a', 'b', 'c']);
  });

  it('read fields, operations and signatures, checking references and vocabulary', () => {
    expect(readField('home mn.citizen[] "Хаяг" optional', context)?.name).toBe('home');
    expect(readField('home mn.nowhere', context)).toBeUndefined();
    expect(readField('home string "x" important', context)).toBeUndefined();
    expect(readOperation('get { method get path "/c/{id}" input mn.citizen { register_no } }', context)).toBeDefined();
    expect(readOperation('get { input mn.citizen { passport } }', context)).toBeUndefined();
    expect(readOperation('GET /claims/{id}', context)).toBeUndefined();
    expect(readSignature('level qualified format pades with mn.ca timestamp mn.tsa', context)?.length).toBe(4);
    expect(readSignature('with mn.citizen', context)).toBeUndefined();
  });
});

describe('references in imported files', () => {
  const declared = new Set(['mn.gasr', 'mn.gasr.citizen', 'mn.tax.itc', 'mn.tax.gasr', 'other.citizen']);

  it('are written as short as they resolve from the file’s namespace', () => {
    expect(referenceText('mn.gasr.citizen', 'mn.gasr', declared)).toBe('citizen');
    expect(referenceText('mn.tax.itc', 'mn.gasr', declared)).toBe('tax.itc');
    // From mn.tax, `gasr` would find mn.tax.gasr first.
    expect(referenceText('mn.gasr', 'mn.tax', declared)).toBe('mn.gasr');
    expect(referenceText('other.citizen', 'mn.gasr', declared)).toBe('other.citizen');
  });
});

describe('the keywords the importer avoids as names', () => {
  it('are the grammar’s', () => {
    const grammar = readFileSync(join(import.meta.dirname, '../../../language/src/gea.langium'), 'utf8');
    const rule = /Keyword returns string:([\s\S]*?);/.exec(grammar)![1]!;
    expect([...GEA_KEYWORDS].sort()).toEqual([...rule.matchAll(/'([^']+)'/g)].map((match) => match[1]).sort());
  });
});
