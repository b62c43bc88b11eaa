// `gea diff [BASE]`: in a temporary git repository, a model committed, changed and diffed. Every
// kind of change appears; BASE may be a branch, a tag or a commit, or left to the merge base; a
// BASE before the model existed makes everything new; uncommitted edits count.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMAS } from '@gea-arch/compiler';
import { gea } from './run-gea.js';

const BASE_MODEL = `agency gasr "GASR" { kind agency }
agency ndc "NDC" { kind agency }
platform khur "KHUR" { kind exchange operator ndc }
data citizen "Citizens" { owner gasr field id string key }
system registry "Registry" { owner gasr masters citizen }
system old "Old" { owner gasr }
interface info "Info" { provider registry via khur style rest version "1.0"
  operation get { method GET path "/c" output citizen } }
system portal "Portal" { owner ndc consumes info { purpose "p" agreement "A-1" } }
data orphan "Orphan" { owner ndc field id string key }
`;

/** Removes `old`, changes the version of `info`, masters `orphan` (resolving its error), adds `extra` (a new error). */
const CHANGED_MODEL = BASE_MODEL.replace('system old "Old" { owner gasr }\n', '')
  .replace('version "1.0"', 'version "2.0"')
  .replace('consumes info { purpose "p" agreement "A-1" } }', 'consumes info { purpose "p" agreement "A-1" } masters orphan }')
  .concat('data extra "Extra | *new* <x>" { owner ndc field code string key }\n');

const ENV = {
  GIT_AUTHOR_NAME: 'gea',
  GIT_AUTHOR_EMAIL: 'gea@example.org',
  GIT_COMMITTER_NAME: 'gea',
  GIT_COMMITTER_EMAIL: 'gea@example.org',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();
}

interface Repository {
  readonly root: string;
  /** The commit before the model existed. */
  readonly empty: string;
  /** The commit with BASE_MODEL (main, tag v1). */
  readonly base: string;
}

function repository(): Repository {
  const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, 'README.md'), 'national architecture\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'start');
  const empty = git(root, 'rev-parse', 'HEAD');
  mkdirSync(join(root, 'model'));
  writeFileSync(join(root, 'model', 'gea.yaml'), 'name: test\nlocale: en\n');
  writeFileSync(join(root, 'model', 'model.gea'), BASE_MODEL);
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'model');
  git(root, 'tag', 'v1');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(root, 'model', 'model.gea'), CHANGED_MODEL);
  git(root, 'commit', '-q', '-am', 'change');
  return { root, empty, base };
}

const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(REPORT_SCHEMAS.diff, 'utf8')));

async function diffJson(repo: Repository, ...args: string[]) {
  const result = await gea(['diff', ...args, '--format', 'json', '-w', 'model'], repo.root);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout);
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  return { code: result.code, json };
}

let repo: Repository;

beforeAll(() => {
  repo = repository();
});

describe('gea diff', () => {
  it('lists elements added, removed and changed, findings new and resolved, and views changed', async () => {
    const { json } = await diffJson(repo, 'main');
    expect(json.base).toEqual({ revision: 'main', commit: repo.base, model: true });
    expect(json.added).toEqual(['extra']);
    expect(json.removed).toEqual(['old']);
    expect(json.changed.map((change: { element: string }) => change.element)).toEqual(['info', 'orphan', 'portal']);
    expect(json.changed.find((change: { element: string }) => change.element === 'info').changes).toEqual([
      { property: 'version', from: '1.0', to: '2.0' },
    ]);
    expect(json.changed.find((change: { element: string }) => change.element === 'portal').changes).toEqual([
      { property: 'masters', from: [], to: ['orphan'], added: ['orphan'], removed: [] },
    ]);
    expect(json.findings.new.map((finding: { rule: string; element: string }) => `${finding.rule}:${finding.element}`)).toEqual([
      'single-master:extra',
    ]);
    expect(json.findings.resolved.map((finding: { rule: string; element: string }) => `${finding.rule}:${finding.element}`)).toEqual([
      'single-master:orphan',
    ]);
    expect(json.views).toEqual({ changed: ['context-gasr', 'landscape-now'], added: [], removed: [] });
    expect(json.byAgency).toEqual([
      { agency: 'gasr', added: [], removed: ['old'], changed: ['info'] },
      { agency: 'ndc', added: ['extra'], removed: [], changed: ['orphan', 'portal'] },
    ]);
  });

  it('with --plateau, compares the models and the views at that plateau only', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    const model = `plateau current "C" { date 2026-01-01 }\nplateau target "T" { date 2028-01-01 }\n${BASE_MODEL}`;
    writeFileSync(join(root, 'model.gea'), model);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    writeFileSync(join(root, 'model.gea'), `${model}system later "Later" { owner gasr from target }\n`);
    const diff = async (...args: string[]) => JSON.parse((await gea(['diff', 'main', ...args, '--format', 'json'], root)).stdout);
    const every = await diff();
    expect(every.added).toEqual(['later']);
    expect(every.views.changed).toContain('landscape-target');
    const current = await diff('--plateau', 'current');
    expect(current.added).toEqual([]);
    expect(current.views).toEqual({ changed: [], added: [], removed: [] });
    const target = await diff('--plateau', 'target');
    expect(target.added).toEqual(['later']);
    expect(target.views.changed).toEqual(expect.arrayContaining(['gap-current-target', 'landscape-target']));
    expect(target.views.changed.filter((id: string) => id.startsWith('context-'))).toEqual([]);
  });

  it('with --plateau P that one side does not declare, compares that side at the date P has on the other', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    const plateaus = 'plateau current "C" { date 2026-01-01 }\nplateau target "T" { date 2028-01-01 }\n';
    // `info` is consumed without an agreement: a warning at every plateau, at the base already.
    const model = `${plateaus}${BASE_MODEL.replace(' agreement "A-1"', '')}`;
    writeFileSync(join(root, 'model.gea'), model);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    writeFileSync(join(root, 'model.gea'), model.replace(plateaus, `${plateaus}plateau far "F" { date 2030-01-01 }\n`));
    const run = (...args: string[]) => gea(['diff', 'main', '--plateau', 'far', '--locale', 'en', ...args], root);
    const json = JSON.parse((await run('--format', 'json')).stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.added).toEqual(['far']);
    expect(json.removed).toEqual([]);
    expect(json.changed).toEqual([]);
    expect(json.findings).toEqual({ new: [], resolved: [], nowErrors: [] });
    expect(json.plateau).toEqual({ id: 'far', date: '2030-01-01', notDeclaredAt: 'base' });
    const markdown = await run('--fail-on', 'new-errors');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('Plateau `far` is not declared at the base revision: the base is compared at its date, 2030-01-01.');

    // The other way round: `target` renamed in the working tree is compared at its date at the base.
    writeFileSync(join(root, 'model.gea'), model.replace('plateau target "T"', 'plateau goal "T"'));
    const renamed = await gea(['diff', 'main', '--plateau', 'target', '--format', 'json', '--fail-on', 'new-errors'], root);
    expect(renamed.code).toBe(0);
    const back = JSON.parse(renamed.stdout);
    expect(back.added).toEqual(['goal']);
    expect(back.removed).toEqual(['target']);
    expect(back.findings).toEqual({ new: [], resolved: [], nowErrors: [] });
    expect(back.plateau).toEqual({ id: 'target', date: '2028-01-01', notDeclaredAt: 'head' });
    const neither = await gea(['diff', 'main', '--plateau', 'nowhere'], root);
    expect(neither.code).toBe(2);
  });

  it('takes BASE as a branch, a tag or a commit, and the merge base with the default branch when none is given', async () => {
    const results = await Promise.all([['main'], ['v1'], [repo.base], []].map((args) => diffJson(repo, ...args)));
    const shape = ({ json }: { json: Record<string, unknown> }) => ({
      ...json,
      base: { ...(json.base as object), revision: '', mergeBase: undefined },
    });
    for (const result of results.slice(1)) expect(shape(result)).toEqual(shape(results[0]!));
    expect(results.map(({ json }) => json.base.revision)).toEqual(['main', 'v1', repo.base, 'main']);
    expect(results.map(({ json }) => json.base.mergeBase)).toEqual([undefined, undefined, undefined, true]);
    const short = repo.base.slice(0, 12);
    const titles = await Promise.all(
      [['main'], [], ['--locale', 'mn']].map(
        async (args) => (await gea(['diff', ...args, '-w', 'model'], repo.root)).stdout.split('\n')[0],
      ),
    );
    expect(titles).toEqual([
      `### Architecture change against \`main\` (\`${short}\`)`,
      `### Architecture change against the merge base with \`main\` (\`${short}\`)`,
      `### \`main\` салбартай нийтлэг суурь (\`${short}\`) хувилбартай харьцуулсан архитектурын өөрчлөлт`,
    ]);
  });

  it('makes everything new against a BASE where the model did not exist yet', async () => {
    const { json } = await diffJson(repo, repo.empty);
    expect(json.base.model).toBe(false);
    expect(json.added).toEqual(['citizen', 'extra', 'gasr', 'info', 'khur', 'ndc', 'orphan', 'portal', 'registry']);
    expect(json.removed).toEqual([]);
    const markdown = await gea(['diff', repo.empty, '-w', 'model'], repo.root);
    expect(markdown.stdout).toContain('The model did not exist at the base revision: everything is new.');
  });

  it('compares with the working tree, uncommitted edits included', async () => {
    const dirty = repository();
    writeFileSync(join(dirty.root, 'model', 'model.gea'), `${CHANGED_MODEL}system draft "Draft" { owner gasr }\n`);
    const { json } = await diffJson(dirty, 'HEAD');
    expect(json.added).toEqual(['draft']);
    expect(json.removed).toEqual([]);
  });

  it('reads the base from where git keeps the workspace when it is opened through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gea-diff-link-'));
    symlinkSync(join(repo.root, 'model'), join(outside, 'model'));
    const direct = await gea(['diff', 'main', '--format', 'json', '-w', 'model'], repo.root);
    const linked = await gea(['diff', 'main', '--format', 'json', '-w', 'model'], outside);
    expect(linked).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(linked.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('exits 1 with --fail-on new-errors when the change adds an error, 0 when it adds none', async () => {
    const failing = await gea(['diff', 'main', '--fail-on', 'new-errors', '-w', 'model'], repo.root);
    expect(failing.code).toBe(1);
    const passing = await gea(['diff', 'feature', '--fail-on', 'new-errors', '-w', 'model'], repo.root);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('No change to the architecture.');
  });

  it('counts a finding that gea.yaml made an error as a new error, and lists it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    writeFileSync(join(root, 'gea.yaml'), 'name: x\nlocale: en\n');
    // `portal` consumes `info` without an agreement: an agreement-required warning.
    writeFileSync(
      join(root, 'model.gea'),
      BASE_MODEL.replace(' agreement "A-1"', '').replace('data orphan "Orphan" { owner ndc field id string key }\n', ''),
    );
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    writeFileSync(join(root, 'gea.yaml'), 'name: x\nlocale: en\nrules:\n  agreement-required: error\n');
    const json = await gea(['diff', 'main', '--format', 'json', '--fail-on', 'new-errors'], root);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed.summary.newErrors).toBe(1);
    expect(parsed.findings.new).toEqual([]);
    expect(parsed.findings.nowErrors.map((finding: { rule: string; severity: string }) => `${finding.rule}:${finding.severity}`)).toEqual([
      'agreement-required:error',
    ]);
    const markdown = await gea(['diff', 'main'], root);
    expect(markdown.stdout).not.toContain('No change to the architecture.');
    expect(markdown.stdout).toContain('**This change adds 1 error.**');
    expect(markdown.stdout).toContain('<summary>Findings that are errors now (1)</summary>');
  });

  it('writes a merge-request comment: summary first, details folded, names escaped, links to the lines', async () => {
    const { code, stdout } = await gea(['diff', 'main', '-w', 'model', '--link-base', 'https://forge.example/g/r/-/blob/abc/'], repo.root);
    expect(code).toBe(0);
    const tokens = new MarkdownIt({ html: true }).parse(stdout, {});
    const blocks = tokens.filter((token) => token.level === 0 && token.type.endsWith('_open')).map((token) => token.type);
    expect(blocks.slice(0, 4)).toEqual(['heading_open', 'paragraph_open', 'paragraph_open', 'table_open']);
    expect(stdout.indexOf('<details>')).toBeGreaterThan(stdout.indexOf('| Agency |'));
    expect(stdout).toContain('**1 element added, 1 removed, 3 changed**');
    expect(stdout).toContain('**This change adds 1 error.**');
    const links = tokens.flatMap((token) =>
      (token.children ?? []).filter((child) => child.type === 'link_open').map((child) => child.attrGet('href')),
    );
    expect(links).toContain('https://forge.example/g/r/-/blob/abc/model/model.gea#L10');
    const html = new MarkdownIt({ html: true }).render(stdout);
    expect(html).toContain('Extra | *new* &lt;x&gt;');
    expect(html).not.toContain('<x>');
  });

  it('links to a file whose path holds spaces, parentheses and Cyrillic, encoded once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    mkdirSync(join(root, 'загвар dir'));
    const file = join(root, 'загвар dir', 'my file (1).gea');
    writeFileSync(file, 'agency a "A" { kind agency }\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    writeFileSync(file, 'agency a "A" { kind agency }\nagency b "B" { kind agency }\n');
    const encoded = `${encodeURIComponent('загвар dir')}/my%20file%20%281%29.gea#L2`;
    for (const [args, expected] of [
      [[], encoded],
      [['--link-base', 'https://forge.example/r/-/blob/abc/'], `https://forge.example/r/-/blob/abc/${encoded}`],
    ] as const) {
      const { stdout } = await gea(['diff', 'main', '--locale', 'en', ...args], root);
      const links = new MarkdownIt()
        .parse(stdout, {})
        .flatMap((token) => (token.children ?? []).filter((child) => child.type === 'link_open').map((child) => child.attrGet('href')));
      expect(links).toEqual([expected]);
    }
  });

  it('stays the size of a merge-request comment when a change touches hundreds of agencies', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    const agencies = (suffix: string) =>
      Array.from(
        { length: 400 },
        (_, i) => `agency a${i}${suffix} "Agency ${i}" { kind agency }\nsystem s${i}${suffix} "System ${i}" { owner a${i}${suffix} }\n`,
      ).join('');
    writeFileSync(join(root, 'gea.yaml'), 'name: big\nlocale: en\n');
    writeFileSync(join(root, 'model.gea'), agencies(''));
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    writeFileSync(join(root, 'model.gea'), agencies('_renamed'));
    const { code, stdout } = await gea(['diff', 'main'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('**800 elements added, 800 removed, 0 changed**');
    // GitHub takes comments of up to 65 536 characters.
    expect(stdout.length).toBeLessThan(60_000);
    expect(stdout.match(/^\| `?\[?Agency/gm)?.length ?? 0).toBeLessThanOrEqual(51);
    expect(stdout).toContain('gea diff --format json');
  });

  it('cuts a long list in natural order with a separated hint, counts views changed apart from added, and suggests a full plateau name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diff-'));
    git(root, 'init', '-q', '-b', 'main');
    const head =
      'namespace mn\nplateau current "C" { date 2026-01-01 }\nplateau target "T" { date 2028-01-01 }\nagency a "A" { kind agency }\n';
    writeFileSync(join(root, 'model.gea'), head);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'model');
    const systems = Array.from({ length: 60 }, (_, index) => `system s${index + 1} "S${index + 1}" { owner a }\n`).join('');
    writeFileSync(join(root, 'model.gea'), `${head}${systems}view extra "Extra" { kind landscape }\n`);
    const { stdout } = await gea(['diff', 'main', '--locale', 'en'], root);
    const listed = [...stdout.matchAll(/\(`mn\.(s\d+)`\) — system/g)].map((match) => match[1]);
    expect(listed.slice(0, 11)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11']);
    expect(stdout).toContain('… and 11 more. The whole list: `gea diff --format json`.');
    const json = JSON.parse((await gea(['diff', 'main', '--format', 'json'], root)).stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.summary.viewsChanged).toBe(json.views.changed.length);
    expect(json.summary.viewsAdded).toBe(json.views.added.length);
    expect(json.views.added).toContain('mn.extra');
    const wrong = await gea(['diff', 'main', '--plateau', 'current', '--locale', 'en'], root);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('did you mean `mn.current`?');
  });

  it('says what is wrong with BASE, or with a folder outside any repository', async () => {
    const unknown = await gea(['diff', 'no-such-branch', '-w', 'model'], repo.root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no git revision `no-such-branch`');
    const outside = mkdtempSync(join(tmpdir(), 'gea-nogit-'));
    writeFileSync(join(outside, 'model.gea'), BASE_MODEL);
    const notGit = await gea(['diff', 'main'], outside);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toContain('is not in a git repository');
  });
});
