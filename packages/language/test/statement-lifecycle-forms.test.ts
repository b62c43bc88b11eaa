// A statement's lifecycle goes where LANGUAGE.md puts it: inside the block of `consumes`,
// `depends-on`, `signs`, `seals`, `verifies`; in parentheses after `masters`, `stores`, `uses`.
// Written in the other form it is read as the statement's own, with one error saying where it goes
// (decision 0078) — not as the lifecycle of the system that holds the statement.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';

function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.source.start.line + 1}:${f.source.start.character + 1} ${f.rule} ${f.message}`);
}

const MODEL = `plateau p1 "P1" { date 2026-01-01 }
plateau p2 "P2" { date 2027-01-01 }
agency a "А"
platform x "X" { kind exchange operator a }
data d "Д" { owner a field k string key }
trust t "T" { kind ca operator a }
system s "С" { owner a }
interface i "И" { provider s version "1" style rest via x }
system c "C" { owner a
  consumes i (until p2)
  signs d { with t } (from p2)
  seals d (from p2)
  verifies d (until p2)
  depends-on s "db" { kind direct-db } (until p2)
  uses x { until p2 }
  masters d { from p1 until p2 }
}`;

describe('a statement lifecycle written in the other form', () => {
  it('is one syntax error at it, saying where it goes, in English and Mongolian', async () => {
    const { findings } = await analyze(MODEL, { rules: [] });
    expect(located(findings)).toEqual([
      '10:14 syntax a `consumes` statement takes `from` and `until` inside its own `{ … }` block: write `until p2` there',
      '11:22 syntax a `signs` statement takes `from` and `until` inside its own `{ … }` block: write `from p2` there',
      '12:11 syntax a `seals` statement takes `from` and `until` inside its own `{ … }` block: write `from p2` there',
      '13:14 syntax a `verifies` statement takes `from` and `until` inside its own `{ … }` block: write `until p2` there',
      '14:40 syntax a `depends-on` statement takes `from` and `until` inside its own `{ … }` block: write `until p2` there',
      '15:10 syntax a `uses` statement takes `from` and `until` in parentheses right after it: write `(until p2)`',
      '16:13 syntax a `masters` statement takes `from` and `until` in parentheses right after it: write `(from p1 until p2)`',
    ]);
    const mongolian = await analyze(MODEL, { rules: [], locale: 'mn' });
    expect(mongolian.findings[0]!.message).toBe(
      '`consumes` заалт `from`, `until`-аа өөрийн `{ … }` блок дотор авна: `until p2`-г тэнд бичнэ үү',
    );
    expect(mongolian.findings[5]!.message).toBe('`uses` заалт `from`, `until`-аа өөрийнхөө ард хаалтанд авна: `(until p2)` гэж бичнэ үү');
  });

  it("is the statement's lifecycle, not the system's", async () => {
    const { model } = await analyze(MODEL, { rules: [] });
    const c = model.systems.find((system) => system.id === 'c')!;
    expect(c.lifecycle).toEqual({});
    const bounds = (lifecycle: { from?: { text: string }; until?: { text: string } }) =>
      `${lifecycle.from?.text ?? '-'}..${lifecycle.until?.text ?? '-'}`;
    expect(c.consumes.map((statement) => bounds(statement.lifecycle))).toEqual(['-..p2']);
    expect(c.signings.map((statement) => `${statement.kind} ${bounds(statement.lifecycle)}`)).toEqual([
      'signs p2..-',
      'seals p2..-',
      'verifies -..p2',
    ]);
    expect(c.dependsOn.map((statement) => bounds(statement.lifecycle))).toEqual(['-..p2']);
    expect(c.uses.map((statement) => bounds(statement.lifecycle))).toEqual(['-..p2']);
    expect(c.masters.map((statement) => bounds(statement.lifecycle))).toEqual(['p1..p2']);
  });

  it('in both forms at once, a bound given twice is reported at the second', async () => {
    const text = MODEL.replace('consumes i (until p2)', 'consumes i { until p1 } (until p2)');
    const { findings, model } = await analyze(text, { rules: [] });
    expect(located(findings).slice(0, 2)).toEqual([
      '10:27 syntax a `consumes` statement takes `from` and `until` inside its own `{ … }` block: write `until p2` there',
      '10:28 syntax `until` is given twice here; keep one',
    ]);
    expect(model.systems.find((system) => system.id === 'c')!.consumes[0]!.lifecycle.until?.text).toBe('p1');
  });

  it('in its own form is no finding', async () => {
    const text = `plateau p1 "P1" { date 2026-01-01 }
agency a "А"
platform x "X" { kind exchange operator a }
data d "Д" { owner a }
system s "С" { owner a }
interface i "И" { provider s version "1" style rest }
system c "C" { owner a consumes i { until p1 } masters d (until p1) uses x (from p1) stores d (until p1) }`;
    const { findings } = await analyze(text, { rules: [] });
    expect(located(findings)).toEqual([]);
  });
});
