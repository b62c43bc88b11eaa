import { describe, expect, it } from 'vitest';
import { classificationFlow } from '../../src/rules/classification-flow.js';
import { analyze, brief, findingsOf } from '@gea-arch/fixtures';

const BASE = `
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
agency ndc "Дата төв" { kind agency }
agency nso "Статистик" { kind agency }
platform khur "ХУР" { kind exchange operator ndc }
platform portal "Портал" { kind portal operator ndc }
data population "Хүн ам" { owner nso classification public field aimag string "Аймаг" key field count integer "Тоо" }
data survey "Судалгаа" { owner nso field household string "Өрх" key }
data register "Бүртгэл" { owner nso classification restricted field id string "Дугаар" key }
data cases "Хэрэг" { owner nso classification secret field case_id string "Дугаар" key }
system stat "Систем" { owner nso masters population, survey, register, cases }
`;
// BASE fills lines 1-12; the first line of an appended model is line 13.
const at = (line: number) => line + 12;

describe('classification-flow', () => {
  it('does not compare a classification written as none of the fixed set: that is a syntax error alone', async () => {
    const { findings } = await analyze(
      BASE +
        `interface api "API" { provider stat via khur style rest version "1" classification publik operation get { method GET path "/r" output register } }`,
      { rules: [classificationFlow] },
    );
    expect(findings.map((finding) => finding.rule)).toEqual(['syntax']);
  });

  it('reports a public interface carrying restricted data once, at the first payload that carries it', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khur style rest version "1" classification public
  operation get { method GET path "/r/{id}"
    input register { id }
    output register { id }
  }
  operation list { method GET path "/r" output register }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.element).toBe('api');
    expect(findings[0]!.plateaus).toEqual(['current', 'target']);
    expect(findings[0]!.message).toContain('interface `api` is classified `public` but carries `restricted` data asset `register`');
    expect(findings[0]!.message).toContain('state `classification restricted` (or higher) on the interface');
  });

  it('accepts an interface classified as high as the data it carries', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khur style rest version "1" classification restricted
  operation get { method GET path "/r/{id}" input register { id } output population }
}`,
    );
    expect(findings).toEqual([]);
  });

  it('counts an unstated interface classification as internal', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khur style rest version "1"
  operation survey { method GET path "/s" output survey }
  operation get { method GET path "/r/{id}" output register { id } }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
    expect(findings[0]!.message).toContain(
      'is classified `internal` (unstated counts as internal) but carries `restricted` data asset `register`',
    );
  });

  it('reports once per data asset the interface carries, each at its first payload', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat style rest version "1" classification public
  operation a { method GET path "/a" output register }
  operation b { method GET path "/b" output cases }
  operation c { method GET path "/c" input register output cases }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(3)}`, `classification-flow@${at(4)}`]);
  });

  it('reports at the payload written first when an output precedes its input', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat style rest version "1" classification public
  operation get { method GET path "/r/{id}"
    output register { id }
    input register { id }
  }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
  });

  it('checks event payloads', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface feed "Мэдээ" {
  provider stat style event version "1" classification internal
  event changed { payload population }
  event closed { payload cases { case_id } }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
    expect(findings[0]!.message).toContain('carries `secret` data asset `cases`');
  });

  it('reports secret data carried via an exchange platform even by a secret interface', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khur style rest version "1" classification secret
  operation get { method GET path "/c/{case_id}" output cases }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(3)}`]);
    expect(findings[0]!.message).toContain('carries secret data asset `cases` via exchange platform `khur`');
    expect(findings[0]!.message).toContain('stop carrying `cases` here, or take the interface off `khur`');
  });

  it('gives one finding naming both faults for secret data on a public exchange interface', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khur style rest version "1" classification public
  operation get { method GET path "/c/{case_id}" input cases { case_id } output cases }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(3)}`]);
    expect(findings[0]!.message).toContain(
      'is classified `public` but carries secret data asset `cases`, and does so via exchange platform `khur`',
    );
    expect(findings[0]!.message).toContain('classify it `secret`');
  });

  it('accepts secret data on a secret interface that runs via a platform that is not an exchange', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via portal style rest version "1" classification secret
  operation get { method GET path "/c/{case_id}" output cases }
}`,
    );
    expect(findings).toEqual([]);
  });

  it('reports a secret data asset published as open data, at its open block', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `data leaks "Задруулсан" {
  owner nso
  classification secret
  field id string "Дугаар" key
  open { license "CC-BY-4.0" publisher nso cadence yearly }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(5)}`]);
    expect(findings[0]!.element).toBe('leaks');
    expect(findings[0]!.message).toContain('remove its `open` block');
  });

  it('does not count a field whose type is another data asset as carrying that asset', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `data person "Хүн" { owner nso classification public field id string "Дугаар" key field case cases "Хэрэг" }
system people "Хүмүүс" { owner nso masters person }
interface api "API" {
  provider people via khur style rest version "1" classification public
  operation get { method GET path "/p/{id}" output person }
}`,
    );
    expect(findings).toEqual([]);
  });

  it('reports only at the plateaus where the interface exists', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat style rest version "1" classification public until target
  operation get { method GET path "/r" output register }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(3)}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('does not fire for a carried data asset that does not exist at the plateau', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `data future "Ирээдүй" { owner nso classification restricted from target field id string "Дугаар" key }
interface api "API" {
  provider stat style rest version "1" classification public
  operation get { method GET path "/f" output future }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
    expect(findings[0]!.plateaus).toEqual(['target']);
  });

  it('does not report secret data via an exchange platform at plateaus where the platform is gone', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `platform old_khur "Хуучин ХУР" { kind exchange operator ndc until target }
interface api "API" {
  provider stat via old_khur style rest version "1" classification secret
  operation get { method GET path "/c" output cases }
}`,
    );
    expect(brief(findings)).toEqual([`classification-flow@${at(4)}`]);
    expect(findings[0]!.plateaus).toEqual(['current']);
  });

  it('does not fire for unresolved data or platform references', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat via khr style rest version "1" classification secret
  operation get { method GET path "/c" output cases }
}
interface api2 "API 2" {
  provider stat style rest version "1" classification public
  operation get { method GET path "/c" output registr }
}`,
    );
    expect(findings).toEqual([]);
  });

  it('reports a waived finding when the interface is waived', async () => {
    const findings = await findingsOf(
      classificationFlow,
      BASE +
        `interface api "API" {
  provider stat style rest version "1" classification public
  operation get { method GET path "/r" output register }
}
waiver reclassify { rule classification-flow on api reason "Ангиллыг шинэчилж байна" until target }`,
    );
    expect(findings.map((f) => [brief([f])[0], f.plateaus])).toEqual([
      [`classification-flow@${at(3)}~`, ['current']],
      [`classification-flow@${at(3)}`, ['target']],
    ]);
  });
});
