import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, parseConfig } from '@gea-arch/compiler';

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'gea.yaml', 'en');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw error;
  }
  return [];
}

describe('gea.yaml', () => {
  it('reads every setting', () => {
    const config = parseConfig(
      'name: Mongolia\nlocale: mn\nlocales: [mn, en]\nsources: ["agencies/**/*.gea"]\nout: build\nrules:\n  open-data-complete: error\n  base-registry-shared: off\nevaluation-date: 2026-11-27\n',
      'gea.yaml',
    );
    expect(config).toEqual({
      name: 'Mongolia',
      locale: 'mn',
      locales: ['mn', 'en'],
      sources: ['agencies/**/*.gea'],
      out: 'build',
      rules: { 'open-data-complete': 'error', 'base-registry-shared': 'off' },
      evaluationDate: '2026-11-27',
    });
  });

  it('fills in the defaults of LANGUAGE.md', () => {
    expect(parseConfig('', 'gea.yaml')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('locale: en\n', 'gea.yaml')).toMatchObject({
      locale: 'en',
      locales: ['en'],
      sources: ['**/*.gea'],
      out: 'out',
      rules: {},
    });
  });

  it('accepts `off` quoted, bare, and as YAML 1.1 false', () => {
    expect(parseConfig('rules:\n  duplicate-data: "off"\n  sla-required: off\n  name-translation: false\n', 'gea.yaml').rules).toEqual({
      'duplicate-data': 'off',
      'sla-required': 'off',
      'name-translation': 'off',
    });
  });

  it('keeps parse and link errors errors: turned down, a model that does not parse would pass', () => {
    expect(problemsOf('rules:\n  syntax: off\n  unresolved-reference: warning\n  duplicate-name: info\n  plateau-order: error\n')).toEqual([
      '2:11 `syntax` is a parse or link error and stays an error: the model is incomplete while it is there; remove this line and fix the model',
      '3:25 `unresolved-reference` is a parse or link error and stays an error: the model is incomplete while it is there; remove this line and fix the model',
      '4:19 `duplicate-name` is a parse or link error and stays an error: the model is incomplete while it is there; remove this line and fix the model',
    ]);
  });

  it('names the line, column and fix of each problem', () => {
    expect(problemsOf('locale: mn\nlocal: en\nrules:\n  single-mastr: error\n  sla-required: loud\nevaluation-date: 2026-13-01\n')).toEqual(
      [
        '2:1 unknown setting `local`; did you mean `locale`? (known: name, locale, locales, sources, out, rules, evaluation-date)',
        '4:3 unknown rule `single-mastr`; did you mean `single-master`? (`gea rules` lists them)',
        '5:17 severity of `sla-required` must be one of error, warning, info, off',
        '6:18 `evaluation-date` must be a date written YYYY-MM-DD',
      ],
    );
  });

  it('names where the text at fault ends, for an editor to underline it whole', () => {
    const ends = (text: string): string[] => {
      try {
        parseConfig(text, 'gea.yaml', 'en');
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn}`);
        throw error;
      }
      return [];
    };
    expect(ends('locale: mn\nlocal: en\nrules:\n  single-mastr: error\n  sla-required: loud\nevaluation-date: 2026-13-01\n')).toEqual([
      '2:1-2:6',
      '4:3-4:15',
      '5:17-5:21',
      '6:18-6:28',
    ]);
    expect(ends('locales: [mn, "en-US"]\nsources: ["../x/*.gea"]\n')).toEqual(['1:15-1:22', '2:11-2:23']);
  });

  it('reports broken YAML with its position', () => {
    const problems = problemsOf('locales: [mn, en\nout: x\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\d+:\d+ not valid YAML/);
  });

  it('says what is wrong with broken YAML in its own words, in either locale', () => {
    expect(problemsOf('locale: mn\nlocale: en\n')).toEqual([
      '2:1 not valid YAML: this key is given a second time in its mapping: keep one',
    ]);
    expect(problemsOf('name: x\n---\nname: y\n')).toEqual([
      '2:1 not valid YAML: gea.yaml holds one YAML document: remove the `---` and merge what follows into the settings above',
    ]);
    expect(problemsOf('\tlocale: mn\n')[0]).toBe('1:1 not valid YAML: a tab indents this line: indent with spaces');
    expect(problemsOf('name: "x\n')[0]).toMatch(/^2:1 not valid YAML: something is not closed here/);
    // A code the table does not name still gets words of gea's, not the reader's English.
    expect(problemsOf('name: &a &b x\n')).toEqual([
      '1:10 not valid YAML: YAML cannot read this: check the indentation, quotes and brackets around it',
    ]);
    try {
      parseConfig('a: b: c\n', 'gea.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((problem) => problem.message)).toEqual([
        'YAML бичлэг буруу: хэсэг түлхүүрийнхээ мөрөнд эхэлж болохгүй: түүний мөрүүдийг доор нь доголж бичнэ үү',
      ]);
    }
  });

  it('reads `out` and `name` written as numbers as the text written, and refuses the workspace folder as `out`', () => {
    expect(parseConfig('name: 2026\nout: 2026.10\n', 'gea.yaml')).toMatchObject({ name: '2026', out: '2026.10' });
    const itself = (out: string) =>
      `1:6 \`out: ${out}\` is the folder of gea.yaml itself: the build would skip every source as its output and refuse to write among them; name a folder inside it, e.g. \`out\``;
    expect(problemsOf('out: .\n')).toEqual([itself('.')]);
    expect(problemsOf('out: ./\n')).toEqual([itself('./')]);
    expect(problemsOf('out: build/..\n')).toEqual([itself('build/..')]);
    expect(problemsOf('out: ./build\n')).toEqual([]);
    expect(problemsOf('out: ~\n')).toEqual(['1:6 `out` must be a folder name relative to gea.yaml, e.g. `out`']);
  });

  it('reads an alias as the value its anchor names', () => {
    const config = parseConfig(
      'locale: &default en\nlocales: [*default, mn]\nrules:\n  open-data-complete: &strict error\n  duplicate-data: *strict\n',
      'gea.yaml',
    );
    expect(config.locale).toBe('en');
    expect(config.locales).toEqual(['en', 'mn']);
    expect(config.rules).toEqual({ 'open-data-complete': 'error', 'duplicate-data': 'error' });
  });

  it('names an alias of no anchor where it is written, and reads an anchored value holding its own alias without end', () => {
    expect(() => parseConfig('locale: mn\nlocales: [mn, *other]\n', 'gea.yaml', 'en')).toThrow(
      'gea.yaml:2:15: `*other` names no anchor: write `&other` on a value before it, or the value itself',
    );
    expect(() => parseConfig('locales: &l [*l]\n', 'gea.yaml', 'en')).toThrow(/gea\.yaml:1:13: /);
  });

  it('rejects a document that is not a mapping, and wrong types', () => {
    expect(problemsOf('- a\n- b\n')[0]).toContain('must be a mapping');
    expect(problemsOf('locales: mn\nsources: []\nout: ""\n')).toEqual([
      '1:10 `locales` must be a list of locale codes, e.g. `[mn, en]`',
      '2:10 `sources` must be a list of globs relative to gea.yaml, e.g. `["**/*.gea"]`',
      '3:6 `out` must be a folder name relative to gea.yaml, e.g. `out`',
    ]);
  });

  it('takes as locales the language codes a name is written in, and names each other entry where it is written', () => {
    expect(problemsOf('locales: [mn, en-US, en_GB, english]\nlocale: EN\n')).toEqual([
      '1:15 `locales`: `en-US` is not a locale code: a locale is a language code of two or three lower-case letters, as in `name en "…"`; write `en`',
      '1:22 `locales`: `en_GB` is not a locale code: a locale is a language code of two or three lower-case letters, as in `name en "…"`; write `en`',
      '1:29 `locales`: `english` is not a locale code: a locale is a language code of two or three lower-case letters, as in `name en "…"`',
      '2:9 `locale`: `EN` is not a locale code: a locale is a language code of two or three lower-case letters, as in `name en "…"`; write `en`',
    ]);
    expect(problemsOf('locales:\n  - mn\n  - 12\n')).toEqual([
      '3:5 `locales`: `12` is not a locale code: a locale is a language code of two or three lower-case letters, as in `name en "…"`',
    ]);
    expect(parseConfig('locale: en\nlocales: [en, mn, chm]\n', 'gea.yaml')).toMatchObject({ locale: 'en', locales: ['en', 'mn', 'chm'] });
    try {
      parseConfig('locale: en-US\n', 'gea.yaml', 'mn');
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
        '1:9 `locale`: `en-US` нь хэлний код биш: хэлний код нь `name en "…"`-д бичдэгтэй адил хоёр эсвэл гурван жижиг латин үсэг; `en` гэж бичнэ үү',
      ]);
    }
  });

  it('refuses source patterns that reach outside the workspace, where they are written', () => {
    expect(problemsOf('sources:\n  - "**/*.gea"\n  - "../shared/**/*.gea"\n  - /etc/*.gea\n  - a/../../b.gea\n')).toEqual([
      '3:5 the source pattern `../shared/**/*.gea` reaches outside the workspace; sources are globs inside the folder of gea.yaml, e.g. `agencies/**/*.gea`',
      '4:5 the source pattern `/etc/*.gea` reaches outside the workspace; sources are globs inside the folder of gea.yaml, e.g. `agencies/**/*.gea`',
      '5:5 the source pattern `a/../../b.gea` reaches outside the workspace; sources are globs inside the folder of gea.yaml, e.g. `agencies/**/*.gea`',
    ]);
    expect(problemsOf('sources: ["agencies/**/*.gea", "laws..gea"]\n')).toEqual([]);
  });
});
