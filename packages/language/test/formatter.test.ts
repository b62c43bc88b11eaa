// The formatter of `gea fmt` and the language server: canonical layout, idempotent, comments and
// meaning kept, on every conformance file and on the national example.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourceFormatter } from '@gea-arch/language/lsp';
import { analyze, conformanceEntries, EVERY_CONSTRUCT, MONGOLIA_EXAMPLE, QUICKSTART_EXAMPLE, type Sources } from '@gea-arch/fixtures';

const format = createSourceFormatter({ locale: 'en' });

function geaFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.gea')) files[relative(folder, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

/** What a workspace means, without where it is written: findings by rule, element and severity. */
async function meaning(sources: Sources): Promise<string[]> {
  const { findings, model } = await analyze(sources);
  return [
    ...model.elements.map((element) => `${element.kind} ${element.id}`),
    ...findings.map((finding) => `${finding.rule} ${finding.severity} ${finding.element ?? ''} ${finding.waived}`),
  ].sort();
}

const WORKSPACES: Record<string, Record<string, string>> = {
  ...Object.fromEntries(conformanceEntries().map((entry) => [`conformance/${entry.name}`, { ...entry.sources }])),
  'examples/mongolia': geaFiles(MONGOLIA_EXAMPLE),
  'examples/quickstart': geaFiles(QUICKSTART_EXAMPLE),
  'every-construct.gea': { 'every-construct.gea': readFileSync(EVERY_CONSTRUCT, 'utf8') },
};

describe('gea formatter', () => {
  it('lays a declaration out with one member a line, indented by two spaces', () => {
    const result = format(
      'agency  gasr "Газар"{name en   "Registry"\nkind agency\n  tags a ,b}\nsystem s{owner gasr masters x(until target)}',
    );
    expect(result.text).toBe(
      'agency gasr "Газар" {\n  name en "Registry"\n  kind agency\n  tags a, b\n}\n\nsystem s { owner gasr masters x (until target) }\n',
    );
  });

  it('keeps a field list on one line, joins qualified names, rule ids and list types, and groups one-line declarations', () => {
    const source = [
      'namespace mn . gasr',
      'interface i {',
      '  operation get { input citizen {  register_no ,surname  } }',
      '}',
      'data d { field tags string [ ] }',
      'waiver w { rule cross - agency - via - platform on mn.gasr.s reason "r" }',
    ].join('\n');
    expect(format(source).text).toBe(
      [
        'namespace mn.gasr',
        '',
        'interface i {',
        '  operation get { input citizen { register_no, surname } }',
        '}',
        '',
        'data d { field tags string[] }',
        'waiver w { rule cross-agency-via-platform on mn.gasr.s reason "r" }',
        '',
      ].join('\n'),
    );
  });

  it('keeps comments where they are: doc comments on their declaration, trailing ones on their line', () => {
    const source =
      '// header\n\n\n\n/** The registry. */\nagency a {   // the agency\n     kind agency\n// about the parent\n    parent b\n   /* closing */\n}\nagency b {}';
    expect(format(source).text).toBe(
      '// header\n\n/** The registry. */\nagency a { // the agency\n  kind agency\n  // about the parent\n  parent b\n  /* closing */\n}\n\nagency b {}\n',
    );
  });

  it('keeps a doc comment written on its declaration’s line right above it, with no blank line between', () => {
    const source = 'agency a "A" {\n  kind agency\n}\n/** Doc for b. */ agency b "B" {\n  kind agency\n}\n';
    expect(format(source).text).toBe('agency a "A" {\n  kind agency\n}\n\n/** Doc for b. */\nagency b "B" {\n  kind agency\n}\n');
  });

  it('removes a blank line at the start and at the end of a block alike, and keeps one between members', () => {
    const source = 'agency a "A" {\n\n  kind agency\n\n  name en "A"\n\n}\nagency b "B" {\n\n  // first\n  kind agency // last\n\n}\n';
    expect(format(source).text).toBe(
      'agency a "A" {\n  kind agency\n\n  name en "A"\n}\n\nagency b "B" {\n  // first\n  kind agency // last\n}\n',
    );
  });

  it('removes spaces at the ends of a comment’s lines, but not in a string', () => {
    const source = 'agency b "B  " { // note  \t\n  kind agency /* x   \r\n     y */\n  description "a  "\n}\n';
    expect(format(source).text).toBe('agency b "B  " { // note\n  kind agency /* x\r\n     y */\n  description "a  "\n}\n');
  });

  it('leaves a file with syntax errors as it is and says why', () => {
    const result = format('agency a { kind agency\n');
    expect(result.changed).toBe(false);
    expect(result.text).toBe('agency a { kind agency\n');
    expect(result.syntaxErrors.length).toBeGreaterThan(0);
  });

  for (const [name, sources] of Object.entries(WORKSPACES)) {
    it(`is idempotent and keeps the meaning of ${name}`, async () => {
      const formatted: Record<string, string> = {};
      for (const [file, text] of Object.entries(sources)) {
        const once = format(text);
        if (once.syntaxErrors.length > 0) {
          formatted[file] = text;
          continue;
        }
        const twice = format(once.text);
        expect(twice.text, `${file} formatted twice`).toBe(once.text);
        expect(stripSpace(once.text), `${file} keeps every token`).toBe(stripSpace(text.replace(/^\uFEFF/, '')));
        formatted[file] = once.text;
      }
      expect(await meaning(formatted)).toEqual(await meaning(sources));
    });
  }
});

function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
