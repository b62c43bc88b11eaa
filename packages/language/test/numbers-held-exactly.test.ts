// A latency or a depth past what a number holds exactly (`Number.MAX_SAFE_INTEGER`) is one error at
// the value and is not in the model, so no output prints `1e+23 ms` or `Infinity` for it; a latency
// in years, which have no fixed length, is an error too, not a latency quietly dropped (decision 0071).
import { describe, expect, it } from 'vitest';
import type { Finding } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

const HUGE = '9'.repeat(400);

const model = (latency: string, depth: string) => `agency a "А" { kind agency }
system s "С" { owner a consumes i }
interface i "И" { provider s version "1" sla { availability 99.5% latency ${latency} } }
view v { kind context of s depth ${depth} }`;

/** Where `text` starts in the model's line `line` (both 1-based), as `line:column`. */
const at = (source: string, line: number, text: string) => `${line}:${source.split('\n')[line - 1]!.indexOf(text) + 1}`;

/** `line:column message` of each finding, 1-based. */
const located = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.message}`);

describe('numbers a model holds exactly', () => {
  it('reports a latency and a depth past the largest exact whole number at the value, and leaves them out of the model', async () => {
    const source = model(`${HUGE}ms`, HUGE);
    const { model: built, findings } = await analyze(source, { rules: [], locale: 'en' });
    expect(located(findings)).toEqual([
      `${at(source, 3, `${HUGE}ms`)} \`${HUGE}ms\` is longer than gea holds exactly (9007199254740991 ms, about 285 000 years): a latency is how long one answer takes, e.g. \`800ms\``,
      `${at(source, 4, HUGE)} \`depth ${HUGE}\` is more than 9007199254740991, the largest whole number gea holds exactly: a depth counts the steps out from the subject, e.g. \`depth 2\``,
    ]);
    expect(built.interfaces[0]!.sla!.latencyMs).toBeUndefined();
    expect(built.interfaces[0]!.sla!.availability).toBe(99.5);
    expect(built.views[0]!.depth).toBeUndefined();
  });

  it('reports a latency that is exact in its unit but not in milliseconds, and one a rounded number would take for another', async () => {
    const seconds = await analyze(model(`${Number.MAX_SAFE_INTEGER}s`, '2'), { rules: [], locale: 'en' });
    expect(seconds.findings.map((f) => f.message.split(' is ')[0])).toEqual([`\`${Number.MAX_SAFE_INTEGER}s\``]);
    const rounded = await analyze(model('800ms', '9007199254740993'), { rules: [], locale: 'en' });
    expect(rounded.findings.map((f) => f.message.split(' is ')[0])).toEqual(['`depth 9007199254740993`']);
  });

  it('holds the largest exact latency and depth as written', async () => {
    const { model: built, findings } = await analyze(model(`${Number.MAX_SAFE_INTEGER}ms`, String(Number.MAX_SAFE_INTEGER)), {
      rules: [],
    });
    expect(findings).toEqual([]);
    expect(built.interfaces[0]!.sla!.latencyMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(built.views[0]!.depth).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reports a latency in years, which has no length in milliseconds, in both languages', async () => {
    const english = await analyze(model('2y', '2'), { rules: [], locale: 'en' });
    expect(located(english.findings)).toEqual([
      `${at(model('2y', '2'), 3, '2y')} \`2y\` is a latency in years, which have no fixed length: write it in ms, s, m, h, d or w, e.g. \`800ms\``,
    ]);
    const mongolian = await analyze(model(`${HUGE}ms`, '2'), { rules: [], locale: 'mn' });
    expect(mongolian.findings.map((f) => f.message)).toEqual([
      `\`${HUGE}ms\` нь gea-ийн яг хадгалж чадах хэмжээнээс урт байна (9007199254740991 ms, ойролцоогоор 285 000 жил): хариу өгөх хугацаа нь нэг хариу өгөхөд зарцуулах хугацаа, жишээ нь \`800ms\``,
    ]);
  });
});
