// The language server's rules after an edit (decision 0036): a rule that says what an edit
// `affected` visits those elements alone and keeps its other problems, and finds, rule by rule,
// what it finds on a whole build. The workspace spreads every chain a rule follows over documents
// (data assets, their owners, the interfaces that carry them, who provides and consumes those, the
// platforms) so that an edit of one changes findings about elements of another that stayed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyTouched, finished, RULES, runRules, type Finding, type Rule } from '@gea-arch/core';
import { editorWorkspace, geaFilesIn, MONGOLIA_EXAMPLE, TEST_DATE } from '@gea-arch/fixtures';
import { buildSemanticModel, ModelKeeper } from '@gea-arch/language';
import type { LangiumDocument } from 'langium';

const OPTIONS = { evaluationDate: TEST_DATE, defaultLocale: 'mn' };
const RULE_OPTIONS = { evaluationDate: TEST_DATE, locales: ['mn', 'en'] };

const FILES: Record<string, string> = {
  // One agency a document, and elements apart from what they name: an edit of one document points
  // the references to what it declares again, and the rules must follow past those.
  'file:///ws/a.gea': 'agency a "A" { kind agency }\n',
  'file:///ws/b.gea': 'agency b "B" { kind agency }\n',
  'file:///ws/c.gea': 'agency c "C" { kind agency }\n',
  'file:///ws/platforms.gea': [
    'platform x "X" { kind exchange operator a }',
    'platform h "H" { kind cloud operator b }',
    'trust t "T" { kind ca operator a accredited levels advanced, qualified formats PAdES }',
    '',
  ].join('\n'),
  // An edit of the plateaus or laws makes the projections anew, and the rules run whole.
  'file:///ws/plateaus.gea': 'plateau current "Now" { date 2026-01-01 }\nplateau target "Then" { date 2028-12-31 }\n',
  'file:///ws/data.gea': [
    'data d "D" { owner a kind registry base-registry classification restricted privacy personal field code string "Code" key field who string "Who" personal }',
    'data e "E" { owner b kind document legally-binding classification public field no string key }',
    'data f "F" { owner c kind dataset classification internal field x string key field y string "Y" }',
    '',
  ].join('\n'),
  'file:///ws/systems.gea': [
    'system sa "SA" { owner a masters d hosting h }',
    'system sb "SB" { owner b masters e masters f consumes k { purpose "p" } signs e { level simple with t } }',
    '',
  ].join('\n'),
  'file:///ws/apis.gea': [
    'interface i "I" { provider sa via x style rest version "1" classification restricted operation o { method GET path "/" output d } }',
    'interface j "J" { provider sb via h style event version "1" classification public event ev { payload e } event ew { payload f } }',
    '',
  ].join('\n'),
  'file:///ws/consumers.gea': [
    'system sc "SC" { owner c criticality high consumes i consumes j { purpose "q" agreement "A-1" } depends-on sb "direct" }',
    'system sd "SD" { owner a consumes j { purpose "r" } depends-on sa "x" until target }',
    'system se "SE" { owner c stores d { code } stores e stores f consumes j }',
    '',
  ].join('\n'),
  'file:///ws/k.gea':
    'interface k "K" { provider sd via x style rest version "2" classification internal operation o { method GET path "/k" output f } operation p { method POST path "/p" input d { code } } }\n',
  // Waivers are applied to kept problems as to new ones, and those that waive nothing are found.
  'file:///ws/waivers.gea': [
    'waiver w1 { rule cross-agency-via-platform on se reason "copies until the exchange" }',
    'waiver w2 { rule agreement-required on sd reason "agreement signed" until target }',
    '',
  ].join('\n'),
};

/** Words an edit replaces by another of the same class: references pointed elsewhere and values changed. */
const CLASSES = [
  ['a', 'b', 'c'],
  ['sa', 'sb', 'sc', 'sd', 'se'],
  ['i', 'j', 'k'],
  ['d', 'e', 'f'],
  ['x', 'h'],
  ['public', 'internal', 'restricted', 'secret'],
  ['personal', 'none', 'sensitive'],
  ['exchange', 'cloud'],
  ['current', 'target'],
  ['cross-agency-via-platform', 'agreement-required', 'provider-authoritative'],
];

async function keptWorkspace(files: Record<string, string>) {
  const workspace = await editorWorkspace({ ...files });
  const keeper = new ModelKeeper();
  const documents = (): LangiumDocument[] =>
    workspace.shared.workspace.LangiumDocuments.all.toArray().sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1));
  return { keeper, documents, edit: workspace.edit };
}

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);

describe('the rules after an edit', () => {
  it('find, rule by rule, what they find on a whole build after any series of edits', async () => {
    const keptRules = RULES.filter((rule: Rule) => rule.affected);
    expect(keptRules.length).toBeGreaterThan(15);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            file: fc.nat(),
            line: fc.nat(),
            word: fc.nat(),
            other: fc.nat(),
            op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'lifecycle', 'restore'),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        async (steps) => {
          const texts = { ...FILES };
          const { keeper, documents, edit } = await keptWorkspace(texts);
          expect(
            documents()
              .flatMap((document) => document.diagnostics ?? [])
              .map((diagnostic) => diagnostic.message),
          ).toEqual([]);
          const uris = Object.keys(texts).sort();
          // The rules run after each edit on the kept model, as the language server runs them.
          runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
          for (const { file, line, word, other, op } of steps) {
            const uri = uris[file % uris.length]!;
            const lines = texts[uri]!.split('\n');
            const at = line % Math.max(1, lines.length - 1);
            if (op === 'delete') lines.splice(at, 1);
            else if (op === 'restore') lines.splice(0, lines.length, ...FILES[uri]!.split('\n'));
            else if (op === 'lifecycle') lines[at] = lines[at]!.replace(/ \}$/, other % 2 === 0 ? ' until target }' : ' from target }');
            else {
              const words = [...lines[at]!.matchAll(/[\w-]+/g)].filter((match) => CLASSES.some((c) => c.includes(match[0])));
              if (words.length === 0) continue;
              const match = words[word % words.length]!;
              const kin = CLASSES.find((c) => c.includes(match[0]))!.filter((w) => w !== match[0]);
              lines[at] =
                `${lines[at]!.slice(0, match.index)}${kin[other % kin.length]}${lines[at]!.slice(match.index! + match[0].length)}`;
            }
            texts[uri] = lines.join('\n');
            await edit(uri, texts[uri]!);
            const kept = runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
            const whole = runRules(buildSemanticModel(documents(), OPTIONS), RULES, RULE_OPTIONS);
            for (const rule of keptRules)
              expect({ rule: rule.id, findings: byRule(kept, rule.id) }).toEqual({ rule: rule.id, findings: byRule(whole, rule.id) });
            expect(kept).toEqual(whole);
          }
        },
      ),
      { numRuns: 60, seed: 36 },
    );
  }, 300_000);

  // Chains too deep for random edits to find often: each edit changes a finding about an element that stayed.
  it.each([
    {
      // j, made again, carries d to its consumer sd: the provider of k now receives what k serves.
      chain: "a provider's consumed interface (provider-authoritative)",
      rule: 'provider-authoritative',
      file: 'apis.gea',
      edit: (text: string) => text.replace('event ew { payload f }', 'event ew { payload d }'),
    },
    {
      // d's masters change (their system is made again, renamed): the message about k names the other master.
      chain: 'who else masters a served data asset (provider-authoritative)',
      rule: 'provider-authoritative',
      file: 'systems.gea',
      edit: (text: string) => text.replace('system sa "SA"', 'system sx "SA"'),
    },
    {
      // x, made again, is no exchange: the base registry d, carried only through it, is not shared.
      chain: 'the platform of an interface that carries an asset (base-registry-shared)',
      rule: 'base-registry-shared',
      file: 'platforms.gea',
      edit: (text: string) => text.replace('platform x "X" { kind exchange', 'platform x "X" { kind cloud'),
    },
    {
      // The first `dup` goes: `byId` answers the second, which no reference names, and it has no master.
      chain: 'which declaration of an id counts (single-master)',
      rule: 'single-master',
      file: 'data.gea',
      edit: (text: string) => text.replace('data dup "Dup"', 'data dup_gone "Dup"'),
    },
  ])('follow $chain', async ({ rule, file, edit: change }) => {
    const texts = { ...FILES, 'file:///ws/z.gea': 'data dup "Dup, again" { owner c kind dataset field z string key }\n' };
    texts['file:///ws/data.gea'] += 'data dup "Dup" { owner c kind dataset field z string key }\n';
    const { keeper, documents, edit } = await keptWorkspace(texts);
    const before = runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
    const uri = `file:///ws/${file}`;
    await edit(uri, change(texts[uri]!));
    const kept = runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
    expect(keeper.lastBuild).toBe('updated');
    expect(byRule(kept, rule)).not.toEqual(byRule(before, rule));
    expect(kept).toEqual(runRules(buildSemanticModel(documents(), OPTIONS), RULES, RULE_OPTIONS));
  });

  it('find a data asset with no master once the system whose misspelt `masters` it was a near miss of is let go', async () => {
    const files: Record<string, string> = {
      'file:///ws/a.gea': 'namespace mn\nagency t "T" { kind agency }\nplateau current { date 2026-01-01 }\n',
      'file:///ws/d.gea': 'namespace mn.t\ndata inspection "I" { owner t }\n',
      'file:///ws/s.gea': 'namespace mn.t\nsystem inspection_system "S" { owner t masters inspection }\n',
    };
    const { keeper, documents, edit } = await keptWorkspace(files);
    runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
    // The asset moves to another namespace: the system's `masters inspection` no longer resolves.
    await edit('file:///ws/d.gea', 'namespace mn.t_n\ndata inspection "I" { owner mn.t }\n');
    runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);

    await edit('file:///ws/s.gea', 'namespace mn.t\n');

    const kept = runRules(finished(keeper.build(documents(), OPTIONS)), RULES, RULE_OPTIONS);
    const whole = runRules(buildSemanticModel(documents(), OPTIONS), RULES, RULE_OPTIONS);
    expect(byRule(whole, 'single-master')).toHaveLength(1);
    expect(byRule(kept, 'single-master')).toEqual(byRule(whole, 'single-master'));
  });

  it('find what a rule turned off for some edits, or run with other settings, finds on a whole build', async () => {
    const texts = { ...FILES };
    const { keeper, documents, edit } = await keptWorkspace(texts);
    const analyse = (options: typeof RULE_OPTIONS & { severities?: Record<string, 'off'> }) =>
      runRules(finished(keeper.build(documents(), OPTIONS)), RULES, options);
    const whole = (options: typeof RULE_OPTIONS) => runRules(buildSemanticModel(documents(), OPTIONS), RULES, options);
    analyse(RULE_OPTIONS);
    const off = {
      ...RULE_OPTIONS,
      severities: { 'cross-agency-via-platform': 'off', 'agreement-required': 'off' } as Record<string, 'off'>,
    };
    // Three edits the two rules miss: when back, they find again what any of the three touched.
    for (const [file, from, to] of [
      ['b.gea', 'agency b "B"', 'agency b2 "B"'],
      ['platforms.gea', 'kind cloud', 'kind exchange'],
      ['systems.gea', 'owner a masters d', 'owner c masters d'],
    ] as const) {
      const uri = `file:///ws/${file}`;
      texts[uri] = texts[uri]!.replace(from, to);
      await edit(uri, texts[uri]!);
      expect(byRule(analyse(off), 'cross-agency-via-platform')).toEqual([]);
    }
    const back = analyse(RULE_OPTIONS);
    expect(back).toEqual(whole(RULE_OPTIONS));
    expect(byRule(back, 'cross-agency-via-platform')).not.toEqual([]);
    // Other locales, language of messages or date: found again whole, not kept.
    for (const other of [
      { evaluationDate: TEST_DATE, locales: ['mn'] },
      { evaluationDate: TEST_DATE, locales: ['mn'], locale: 'en' },
      { evaluationDate: '2040-01-01', locales: ['mn'], locale: 'en' },
    ])
      expect(analyse(other)).toEqual(whole(other));
  });

  it('visit only what an edit touched in a national example', async () => {
    const files = Object.fromEntries(Object.entries(geaFilesIn(MONGOLIA_EXAMPLE)).map(([path, text]) => [`file:///ws/${path}`, text]));
    const { keeper, documents, edit } = await keptWorkspace(files);
    const visited: number[] = [];
    // As a rule would: every element it is given, and a problem about each with a name in English.
    const counting: Rule<'name-translation'> = {
      id: 'name-translation',
      severity: 'info',
      affected: everyTouched,
      check({ model }, report) {
        visited.push(model.elements.length);
        for (const element of model.elements)
          if (element.names.en === undefined) report({ message: element.id, source: element.head, element });
      },
    };
    const options = { ...RULE_OPTIONS, plateau: 'current' };
    const before = runRules(finished(keeper.build(documents(), OPTIONS)), [counting], options);
    const total = visited[0]!;
    const uri = Object.keys(files).find((key) => /agencies|gasr|registry/.test(key)) ?? Object.keys(files)[0]!;
    await edit(uri, `${files[uri]}\nagency zz_new "Шинэ" { kind agency }\n`);
    const after = runRules(finished(keeper.build(documents(), OPTIONS)), [counting], options);
    expect(visited).toHaveLength(2);
    expect(visited[1]).toBeGreaterThan(0);
    expect(visited[1]).toBeLessThan(total / 4);
    expect(after.map((finding) => finding.message).filter((id) => id.endsWith('zz_new'))).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
  });
});
