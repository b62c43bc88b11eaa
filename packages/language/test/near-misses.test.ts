// A near miss is its one finding (decision 0057): a fixed value written as none of its set (`level
// qualifed`, `kind exchnage`) the `syntax` error, a name that is not declared (`masters citizn`)
// `unresolved-reference`; no rule reports what the word, spelt right, would not. Every fixed value
// and every reference of the conformance examples, and of a model where each keeps a rule quiet, is
// misspelt in turn; every declaration is declared twice (`duplicate-name` alone); and every
// required property is left out in turn (`owner-required` or `interface-complete` alone).
import { describe, expect, it } from 'vitest';
import { VOCABULARY } from '@gea-arch/core';
import { analyze, conformanceEntries, type Sources } from '@gea-arch/fixtures';

/** A keyword whose values come from a fixed set, and its value (or list of values). */
const FIXED_VALUE =
  /\b(kind|classification|privacy|format|formats|level|levels|criticality|style|consent|auth|method|cadence|group-by)\s+([\w-]+(?:\s*,\s*[\w-]+)*)/g;
const KNOWN = new Set<string>(Object.values(VOCABULARY).flat());
/** A keyword followed by references, and them. */
const REFERENCE =
  /\b(owner|operator|provider|via|masters|stores|consumes|depends-on|uses|signs|seals|verifies|with|timestamp|issuer|parent|hosting|legal-basis|on|from|until|input|output|payload|of|at|include|exclude)\s+([\w.]+(?:\s*,\s*[\w.]+)*)/g;

interface NearMiss {
  readonly kind: string;
  /** Finds what to misspell, and its words. */
  readonly pattern: RegExp;
  readonly isWord: (word: string) => boolean;
  /** The finding of the misspelling itself. */
  readonly rule: string;
}

const NEAR_MISSES: readonly NearMiss[] = [
  { kind: 'fixed value', pattern: FIXED_VALUE, isWord: (word) => KNOWN.has(word), rule: 'syntax' },
  { kind: 'reference', pattern: REFERENCE, isWord: (word) => /^[^\d.]/.test(word), rule: 'unresolved-reference' },
];

/** Signatures, trust services and an exchange whose every fixed value keeps a rule from firing. */
const SIGNED_EXCHANGE = `namespace mn
agency gasr "Бүртгэл" { kind agency }
agency sia "Нийгмийн даатгал" { kind agency }
law pdp "Хувь хүний мэдээлэл хамгаалах тухай хууль" { enacted 2021-12-17 }
platform khur "ХУР" { kind exchange operator gasr }
trust ca "Гэрчилгээжүүлэх төв" {
  kind ca
  operator gasr
  accredited
  levels advanced, qualified
  formats PAdES, XAdES
  certificate "CA-1" { valid-from 2024-01-01 valid-until 2030-01-01 }
}
trust tsa "Цаг баталгаажуулалт" {
  kind tsa
  operator gasr
  accredited
  certificate "TSA-1" { valid-from 2024-01-01 valid-until 2030-01-01 }
}
data birth "Төрсний гэрчилгээ" {
  owner gasr
  kind document
  legally-binding
  classification restricted
  retention 75y
  field cert_no string "Дугаар" key
}
system registry "Бүртгэлийн систем" {
  owner gasr
  masters birth
  signs birth { level qualified format PAdES with ca timestamp tsa }
}
interface birth_api "Гэрчилгээ" {
  provider registry
  via khur
  style rest
  version "1.0"
  classification restricted
  auth mtls
  signature { level qualified format XAdES with ca timestamp tsa }
  operation get { method GET path "/birth" output birth }
}
system insurance "Даатгалын систем" {
  owner sia
  consumes birth_api { purpose "Тэтгэмж" legal-basis pdp "8.1" agreement "ГЭ-1" }
}
`;

interface Misspelling {
  readonly file: string;
  readonly line: number;
  readonly value: string;
  readonly sources: Record<string, string>;
}

function misspellings(sources: Readonly<Record<string, string>>, { pattern, isWord }: NearMiss): Misspelling[] {
  const found: Misspelling[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      // Strings blanked out and comments cut, so that a keyword in a title or a remark is not taken for one.
      const code = line.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => ' '.repeat(literal.length)).replace(/\/\/.*$/, '');
      for (const match of code.matchAll(pattern)) {
        let offset = match.index + match[0].length - match[2]!.length;
        for (const part of match[2]!.split(/(\s*,\s*)/)) {
          if (isWord(part)) {
            const misspelt = [...lines];
            misspelt[index] = line.slice(0, offset) + `${part}q` + line.slice(offset + part.length);
            found.push({ file, line: index + 1, value: part, sources: { ...sources, [file]: misspelt.join('\n') } });
          }
          offset += part.length;
        }
      }
    });
  }
  return found;
}

// Without the line: a finding made once at the first place an interface carries an asset moves to the
// next place when the first names something misspelt.
const key = (finding: { rule: string; element?: string; source: { uri: string } }) =>
  `${finding.rule} ${finding.element ?? ''} ${finding.source.uri}`;

const MODELS = [
  ...conformanceEntries().map(({ name, sources }) => ({ name, sources })),
  { name: 'a signed exchange', sources: { 'model.gea': SIGNED_EXCHANGE }, clean: true },
];

for (const nearMiss of NEAR_MISSES) {
  describe(`a misspelt ${nearMiss.kind}`, () => {
    for (const entry of MODELS) {
      it(`in ${entry.name} is its ${nearMiss.rule} finding alone`, async () => {
        const before = new Set((await analyze(entry.sources as Sources)).findings.map(key));
        if ('clean' in entry) expect([...before]).toEqual([]);
        const cases = misspellings(entry.sources, nearMiss);
        expect(cases.length).toBeGreaterThan(0);
        const extra: string[] = [];
        for (const misspelling of cases) {
          const { findings } = await analyze(misspelling.sources);
          const at = `${misspelling.value}q at ${misspelling.file}:${misspelling.line}`;
          expect(
            findings.some(
              (f) =>
                f.rule === nearMiss.rule && f.source.uri.endsWith(`/${misspelling.file}`) && f.source.start.line + 1 === misspelling.line,
            ),
            `${at} is ${nearMiss.rule}`,
          ).toBe(true);
          for (const finding of findings) {
            if (finding.rule !== nearMiss.rule && !before.has(key(finding))) extra.push(`${at}: ${key(finding)}`);
          }
        }
        expect(extra).toEqual([]);
      });
    }
  });
}

/** Each top-level declaration's text: from its keyword at the start of a line to where its braces close. */
function declarations(text: string): string[] {
  const found: string[] = [];
  for (const start of text.matchAll(/^(?:agency|platform|trust|data|system|interface|law|view|waiver|plateau)\s/gm)) {
    let depth = 0;
    let end = start.index;
    for (; end < text.length; end++) {
      const character = text[end];
      if (character === '"') end = text.indexOf('"', end + 1);
      else if (character === '{') depth++;
      else if (character === '}' && --depth === 0) break;
      else if (character === '\n' && depth === 0 && !text.slice(start.index, end).includes('{')) break;
    }
    found.push(text.slice(start.index, end + 1));
  }
  return found;
}

describe('a declaration given twice', () => {
  for (const entry of MODELS) {
    it(`in ${entry.name} is duplicate-name alone`, async () => {
      const before = new Set((await analyze(entry.sources as Sources)).findings.map(key));
      const extra: string[] = [];
      for (const [file, text] of Object.entries(entry.sources)) {
        for (const declaration of declarations(text)) {
          const { findings } = await analyze({ ...entry.sources, [file]: `${text}\n${declaration}\n` });
          expect(findings.filter((finding) => finding.rule === 'duplicate-name').length, declaration).toBeGreaterThanOrEqual(2);
          for (const finding of findings) {
            if (finding.rule !== 'duplicate-name' && !before.has(key(finding)))
              extra.push(`${declaration.split('\n')[0]}: ${key(finding)}`);
          }
        }
      }
      expect(extra).toEqual([]);
    });
  }
});

/** A statement of a required property (RULES.md: `owner-required`, `interface-complete`), at a line's start. */
const REQUIRED = /^(\s*)((?:owner|operator|provider|style|method)\s+[\w.-]+|version\s+"[^"]*"|path\s+"[^"]*")/;
const REQUIRED_RULES = new Set(['owner-required', 'interface-complete']);

/** The sources with each required property's statement left out in turn, where it begins its line. */
function withoutRequired(sources: Readonly<Record<string, string>>): Array<{ at: string; sources: Record<string, string> }> {
  const found: Array<{ at: string; sources: Record<string, string> }> = [];
  for (const [file, text] of Object.entries(sources)) {
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      const match = REQUIRED.exec(line);
      if (!match) return;
      const left = [...lines];
      left[index] = match[1]! + line.slice(match[0].length);
      found.push({ at: `${match[2]} at ${file}:${index + 1}`, sources: { ...sources, [file]: left.join('\n') } });
    });
  }
  return found;
}

/** A finding with what it says. */
const said = (finding: { rule: string; element?: string; message: string }) =>
  `${finding.rule} ${finding.element ?? ''} ${finding.message}`;

const UNJUDGED: Readonly<Record<string, readonly string[]>> = { '05-plateaus.gea': ['owner gasr at 05-plateaus.gea:37'] };

describe('a required property left out', () => {
  for (const entry of MODELS) {
    it(`in ${entry.name} is owner-required or interface-complete alone`, async () => {
      const beforeFindings = (await analyze(entry.sources as Sources)).findings;
      const before = new Set(beforeFindings.map(key));
      const cases = withoutRequired(entry.sources);
      const extra: string[] = [];
      const required = new Set(beforeFindings.filter((finding) => REQUIRED_RULES.has(finding.rule)).map(said));
      const unreported: string[] = [];
      for (const { at, sources } of cases) {
        const { findings } = await analyze(sources);
        if (!findings.some((finding) => REQUIRED_RULES.has(finding.rule) && !required.has(said(finding)))) unreported.push(at);
        for (const finding of findings)
          if (!REQUIRED_RULES.has(finding.rule) && !before.has(key(finding))) extra.push(`${at}: ${key(finding)}`);
      }
      expect(extra).toEqual([]);
      // An element that exists at no plateau (`from target until current`) is judged nowhere.
      expect(unreported).toEqual(UNJUDGED[entry.name] ?? []);
    });
  }
});
