// A property written with no value the parser can read (`purpose }`, `availability 99`,
// `legal-basis "8.1"`, `with` and nothing after it) is its `syntax` error alone (decision 0077): no
// rule says the property is missing, as none does for a fixed value misspelt (decision 0057).
// Every property of a model where each keeps a rule quiet loses its value in turn; so does every
// relationship statement (`masters` alone, `consumes {`: what it was to name is not known, decision 0082).
import { describe, expect, it } from 'vitest';
import { analyze } from '@gea-arch/fixtures';

/** One property a line, each keeping some rule from firing; no findings as it stands. */
const QUIET = `namespace mn
agency gasr "Бүртгэл"
agency sia "Нийгмийн даатгал"
law pdp "Хувь хүний мэдээлэл хамгаалах тухай хууль"
platform khur "ХУР" {
  kind exchange
  operator gasr
}
trust ca "Гэрчилгээжүүлэх төв" {
  kind ca
  operator gasr
  accredited
  levels qualified
  formats PAdES
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
  base-registry
  privacy personal
  retention 75y
  field cert_no string "Дугаар" key
}
data births "Төрөлтийн тоо" {
  owner gasr
  classification public
  field year integer "Он" key
  open {
    license "CC-BY-4.0"
    publisher gasr
    cadence monthly
  }
}
system registry "Бүртгэлийн систем" {
  owner gasr
  masters birth, births
  signs birth {
    level qualified
    format PAdES
    with ca
    timestamp tsa
  }
}
interface birth_api "Гэрчилгээ" {
  provider registry
  via khur
  style rest
  version "1.0"
  classification internal
  consent none
  legal-basis pdp "8.2"
  sla {
    availability 99.9%
  }
  signature {
    level qualified
    format PAdES
    with ca
    timestamp tsa
  }
  operation get {
    method GET
    path "/birth"
    output birth
  }
}
system insurance "Даатгалын систем" {
  owner sia
  criticality critical
  stores birth
  consumes birth_api {
    purpose "Тэтгэмж"
    legal-basis pdp "8.1"
    agreement "ГЭ-1"
  }
}
`;

/** A line holding one property, its keyword and its value. */
const PROPERTY = /^(\s*)([a-z-]+)\s+\S.*$/;
/** Declarations that open a line without a block: no property. */
const DECLARATIONS = /^(namespace|agency|law)$/;
/** Relationship statements that open a block, whose name is left out before it (`consumes {`). */
const BLOCK_STATEMENT = /^(\s*)(consumes|signs|seals|verifies|depends-on)\s+\S+\s*\{$/;
/** The findings of the value left out itself. */
const OF_THE_TEXT = new Set(['syntax', 'unresolved-reference']);

/** The model with one property's value (or one block statement's name) left out, for each that has one. */
function valuesLeftOut(): Array<{ readonly at: string; readonly text: string }> {
  const lines = QUIET.split('\n');
  const cases: Array<{ at: string; text: string }> = [];
  for (const [index, line] of lines.entries()) {
    const match = PROPERTY.exec(line);
    const block = BLOCK_STATEMENT.exec(line.trimEnd());
    // A line that opens a declaration or a block is no property (`data birth "…" {`, `sla {`).
    if (!block && (!match || line.trimEnd().endsWith('{') || DECLARATIONS.test(match[2]!))) continue;
    const left = [...lines];
    left[index] = block ? `${block[1]}${block[2]} {` : `${match![1]}${match![2]}`;
    cases.push({ at: `\`${block?.[2] ?? match![2]}\` at line ${index + 1}`, text: left.join('\n') });
  }
  return cases;
}

describe('a property written without its value', () => {
  const cases = valuesLeftOut();

  it('is left out of a model with no finding, in more than thirty places', async () => {
    expect((await analyze(QUIET)).findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    expect(cases.length).toBeGreaterThan(30);
  });

  // One test per place, so that each has its own time on a busy machine.
  it.each(cases)('$at is its syntax error alone', async ({ text }) => {
    const { findings } = await analyze(text);
    expect(findings.some((finding) => OF_THE_TEXT.has(finding.rule))).toBe(true);
    expect(findings.filter((finding) => !OF_THE_TEXT.has(finding.rule)).map((finding) => `${finding.rule} ${finding.message}`)).toEqual([]);
  });
});

describe('a relationship statement naming nothing', () => {
  it('calls no waiver unused: what it was to name may be what the waiver covers', async () => {
    const text = `agency a "А"
data d "Д" { owner a  field n string key }
system s "С" {
  owner a
  masters
}
interface i "И" {
  provider s
  style rest
  version "1"
  operation get { method GET path "/d" output d }
}
waiver w { rule provider-authoritative on i reason "шилжилт" }
`;
    const { findings } = await analyze(text);
    expect(findings.map((finding) => `${finding.rule}@${finding.source.start.line + 1}`)).toEqual(['syntax@5']);
  });

  it('or something misspelt, leaves a base registry it may have named unjudged', async () => {
    const text = `agency a "А"
platform x "Х" { kind exchange operator a }
data citizen "Иргэн" { owner a base-registry field n string key }
system s "С" { owner a masters citizen }
interface i "И" {
  provider s
  via x
  style rest
  version "1"
  operation get { method GET path "/d" output citizn }
}
`;
    const { findings } = await analyze(text);
    expect(findings.map((finding) => `${finding.rule}@${finding.source.start.line + 1}`)).toEqual(['unresolved-reference@10']);
  });
});
