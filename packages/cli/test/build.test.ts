import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';
import { CONFORMANCE_DIR, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import type { ViewGraph } from '@gea-arch/core';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart');
const CONFORMANCE = CONFORMANCE_DIR;

describe('gea build', () => {
  it('writes diagrams, reports, specs and the site into the out folder and says what it wrote, with the time it took', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    const result = await gea(['build', QUICKSTART, '--out', 'out'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^out\/diagrams\/: \d+ files \(\d+ views: \d+ laid out, 0 from cache\)$/m);
    expect(result.stdout).toContain('out/reports/: 7 files');
    expect(result.stdout).toMatch(/^out\/specs\/: \d+ files$/m);
    expect(result.stdout).toContain('out/archimate/: 1 file\n');
    expect(result.stdout).toMatch(/^out\/site\/: \d+ files \(\d+ pages; open out\/site\/index.html\)$/m);
    expect(result.stdout).toMatch(/\nbuilt in \d+\.\d s\n$/);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.cache', '.gea-out', 'archimate', 'diagrams', 'reports', 'site', 'specs']);
    expect(readdirSync(join(root, 'out', 'diagrams'))).toEqual(
      expect.arrayContaining(['landscape-now.svg', 'landscape-now.mmd', 'landscape-now.puml', 'signatures.svg']),
    );
    expect(JSON.parse(readFileSync(join(root, 'out', 'reports', 'findings.json'), 'utf8')).summary.error).toBe(0);
    const again = await gea(['build', QUICKSTART, '--out', 'out'], root);
    expect(again.stdout).toMatch(/\(\d+ views: 0 laid out, (\d+) from cache\)/);
  });

  it('says what a full build would say when nothing changed since the last build, and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    const args = ['build', QUICKSTART, '--out', 'out', '--only', 'diagrams,reports'];
    await gea(args, root);
    // Without its stamp the out folder is built again in full, every view read from the layout cache.
    rmSync(join(root, 'out', '.cache', 'build-stamp.json'));
    const built = await gea(args, root);
    const times = () =>
      readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' }).map((path) => statSync(join(root, 'out', path)).mtimeMs);
    const before = times();
    const skipped = await gea(args, root);
    const withoutTime = ({ stdout, ...rest }: { stdout: string }) => ({
      ...rest,
      stdout: stdout.replace(/built in \d+\.\d s/, 'built in'),
    });
    expect(withoutTime(skipped)).toEqual(withoutTime(built));
    expect(times()).toEqual(before);
  });

  it('builds only the sections asked for, with PNGs on request', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    const result = await gea(['build', QUICKSTART, '--out', 'out', '--only', 'diagrams', '--png'], root);
    expect(result.code).toBe(0);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.cache', '.gea-out', 'diagrams']);
    const png = readFileSync(join(root, 'out', 'diagrams', 'landscape-now.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect((await gea(['build', QUICKSTART, '--only', 'pdf'], root)).code).toBe(2);
  });

  it('takes its sections from the emitter table: help lists them, an unknown one is a usage error naming them', async () => {
    const help = await gea(['build', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('build only these, comma-separated: diagrams, archimate, reports, specs, site');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--watch build again whenever a source or gea.yaml changes');
    // out/ is in gea.yaml's locale whatever GEA_LOCALE says (decision 0052); help says so.
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('language of out/ (default: gea.yaml `locale`, else mn; never GEA_LOCALE');
    const unknown = await gea(['build', QUICKSTART, '--only', 'diagrams,pdf']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('gea: --only takes a comma-separated list of diagrams, archimate, reports, specs, site; not `pdf`\n');
    const formats = (await gea(['diagram', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(formats).toContain('choices: "svg", "png", "mermaid", "plantuml", "d2", "json"');
  });

  it('says what it wrote in the chosen language', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    const result = await gea(['build', QUICKSTART, '--out', 'out', '--only', 'reports'], root, { GEA_LOCALE: 'mn' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^out\/reports\/: 7 файл\nилрэл: 0 алдаа, 0 анхааруулга, 0 мэдээлэл, 0 чөлөөлөгдсөн — `gea check` тэдгээрийг жагсаана\n\d+\.\d секундэд бүтээв\n$/,
    );
    const unknown = await gea(['build', QUICKSTART, '--only', 'pdf'], root, { GEA_LOCALE: 'mn' });
    expect(unknown.stderr).toBe(
      'gea: --only нь таслалаар тусгаарласан diagrams, archimate, reports, specs, site жагсаалт авна; `pdf` биш\n',
    );
  });

  it('prints the errors that fail it as `gea check` does, the first 20 and how many more, built or not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    const broken = join(CONFORMANCE, '07-broken-input.gea');
    const checked = (await gea(['check', broken], root)).stdout;
    const errorLines = checked.slice(0, checked.indexOf('\n\n') + 1);
    expect(errorLines).toMatch(/07-broken-input\.gea:26:8 error syntax /);
    for (const run of ['built', 'nothing changed']) {
      const result = await gea(['build', broken, '--out', 'out'], root);
      expect(result.code, run).toBe(1);
      expect(result.stdout.startsWith(`${errorLines}\n`), run).toBe(true);
    }
    const many = join(root, 'many');
    mkdirSync(many);
    writeFileSync(join(many, 'm.gea'), Array.from({ length: 23 }, (_, index) => `system s${index} "S" { owner nobody }\n`).join(''));
    const result = await gea(['build', many, '--out', 'many-out', '--only', 'reports'], root);
    expect(result.stdout.split('\n').filter((line) => / error unresolved-reference /.test(line))).toHaveLength(20);
    expect(result.stdout).toContain('many/m.gea:20:24 error unresolved-reference');
    expect(result.stdout).toContain('\nand 3 more; run `gea check`\n\nmany-out/reports/');
    // One of a kind is said in the singular.
    expect((await gea(['build', broken, '--out', 'out', '--only', 'archimate'], root)).stdout).toContain(
      'out/archimate/: 1 file\nfindings: 4 errors, 0 warnings, 0 infos, 0 waived',
    );
  });

  it("exits 1 when the model has errors, and refuses an out folder that is not gea's", async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    expect((await gea(['build', join(CONFORMANCE, '07-broken-input.gea'), '--out', 'out'], root)).code).toBe(1);
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, 'mine', 'notes.txt'), 'keep');
    const refused = await gea(['build', QUICKSTART, '--out', 'mine'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('mine is not empty and was not created by gea');
    expect(readdirSync(join(root, 'mine'))).toEqual(['notes.txt']);
  });

  it('warns on stderr of a view Mermaid will not draw and of names Windows reserves, and builds them all the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-'));
    // A name of 60 000 characters puts the Mermaid text of every view that draws it over Mermaid's 50 000.
    writeFileSync(
      join(root, 'm.gea'),
      `agency tax "${'Tax '.repeat(15_000)}" { kind agency }\nsystem core "Core" { owner tax }\nview nul "Nul" { kind context of tax }\n`,
    );
    const built = await gea(['build', '.', '--only', 'diagrams'], root);
    expect(built.code).toBe(0);
    const warnings = built.stderr.split('\n').filter(Boolean);
    expect(warnings).toContain(
      "warning: Mermaid will not draw view nul: its text has 60244 characters (at most 50000), and GitHub, GitLab and most wikis cannot raise Mermaid's limits; narrow the view, or declare a narrower one (`include`, `exclude`, `of`, `depth`), or share its SVG",
    );
    expect(warnings).toContain(
      'warning: diagrams/nul.svg, diagrams/nul.mmd, diagrams/nul.puml cannot be made on Windows, which reserves their names for devices (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension); rename those elements or views',
    );
    const mermaid = readFileSync(join(root, 'out', 'diagrams', 'nul.mmd'), 'utf8');
    expect(mermaid.split('\n')[3]).toMatch(/^%% Mermaid /);
    // `gea diagram` says the same of the text it writes.
    const drawn = await gea(['diagram', 'nul', '.', '-f', 'mermaid'], root);
    expect(drawn).toMatchObject({ code: 0, stdout: mermaid });
    expect(drawn.stderr).toMatch(/^warning: Mermaid will not draw view nul: its text has 60244 characters \(at most 50000\)/);
  });
});

describe('gea diagram', () => {
  it('renders one view as SVG, Mermaid, PlantUML and laid-out JSON', async () => {
    // The context of GASR: its systems and those they exchange with (the landscape of the whole workspace draws agencies).
    const view = 'context-gasr';
    const svg = await gea(['diagram', view, QUICKSTART]);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<svg /);
    expect(svg.stdout).toContain('data-id="civil_registry"');
    expect((await gea(['diagram', view, QUICKSTART, '-f', 'mermaid'])).stdout).toMatch(/flowchart LR/);
    expect((await gea(['diagram', view, QUICKSTART, '-f', 'plantuml'])).stdout).toMatch(/^@startuml/m);
    const json = JSON.parse((await gea(['diagram', view, QUICKSTART, '-f', 'json'])).stdout);
    expect(json.graph.id).toBe(view);
    expect(json.nodes.length).toBe(2);
    expect((await gea(['diagram', view, QUICKSTART, '--locale', 'en'])).stdout).toContain(
      '<title id="gea-diagram-title">Context: General Authority for State Registration</title>',
    );
  });

  it('takes the format from the -o file’s extension when --format is not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gea-diagram-'));
    for (const [file, start] of [
      ['view.png', '\x89PNG'],
      ['view.mmd', '---'],
      ['view.puml', '@startuml'],
      ['view.svg', '<svg '],
      ['view.d2', 'direction: right'],
    ] as const) {
      expect((await gea(['diagram', 'context-gasr', QUICKSTART, '-o', join(dir, file)])).code, file).toBe(0);
      expect(readFileSync(join(dir, file), 'latin1').startsWith(start), file).toBe(true);
    }
    // --format wins over the name.
    expect((await gea(['diagram', 'context-gasr', QUICKSTART, '-f', 'mermaid', '-o', join(dir, 'named.svg')])).code).toBe(0);
    expect(readFileSync(join(dir, 'named.svg'), 'utf8')).toContain('flowchart LR');
  });

  it('renders one view as D2: every node and group a shape, every edge between declared shapes, -o to a file', async () => {
    for (const view of ['landscape-now', 'context-gasr']) {
      const d2 = await gea(['diagram', view, QUICKSTART, '--format', 'd2']);
      expect(d2).toMatchObject({ code: 0, stderr: '' });
      expect(d2.stdout).toMatch(/^direction: right\ntitle: "[^"\n]+" \{\n/);
      const outline = d2Outline(d2.stdout);
      const { graph } = JSON.parse((await gea(['diagram', view, QUICKSTART, '-f', 'json'])).stdout) as { graph: ViewGraph };
      expect(outline.tooltips.sort()).toEqual([...graph.nodes, ...graph.groups].map((element) => element.id).sort());
      expect(outline.edges).toHaveLength(graph.edges.length);
      for (const [from, to] of outline.edges)
        expect([outline.shapes.has(from), outline.shapes.has(to)], `${from} -> ${to}`).toEqual([true, true]);
    }
    const root = mkdtempSync(join(tmpdir(), 'gea-diagram-d2-'));
    const written = await gea(['diagram', 'context-gasr', QUICKSTART, '-f', 'd2', '-o', 'context-gasr.d2', '--locale', 'en'], root);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    const text = readFileSync(join(root, 'context-gasr.d2'), 'utf8');
    expect(text).toContain('title: "Context: General Authority for State Registration" {');
    // Nested in their agencies' containers, so the edge names both ends by their full path.
    expect(text).toMatch(/^g_ndc\.n_emongolia -> g_gasr\.n_civil_registry: "[^"]+"$/m);
  });

  it('draws a view as gea build draws it, folded when too dense and its findings marked', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diagram-as-built-'));
    const workspace = join(root, 'mongolia');
    cpSync(MONGOLIA_EXAMPLE, workspace, { recursive: true });
    // Built into the workspace's own out folder, whose layouts gea diagram then reads.
    expect((await gea(['build', workspace, '--only', 'diagrams'], root)).code).toBe(0);
    const built = (view: string, extension: string) => readFileSync(join(workspace, 'out', 'diagrams', `${view}.${extension}`), 'utf8');
    const views = readdirSync(join(workspace, 'out', 'diagrams'))
      .filter((name) => name.endsWith('.mmd'))
      .map((name) => name.slice(0, -'.mmd'.length));
    // A view too dense to read as drawn is folded once laid out (its title says so).
    const folded = views.filter((view) => /^title: .* \[/m.test(built(view, 'mmd')));
    const marked = views.filter((view) => built(view, 'svg').includes(' f-warning'));
    expect(views.length).toBeGreaterThan(20);
    expect(folded.length).toBeGreaterThan(0);
    expect(marked.length).toBeGreaterThan(0);
    // Each command compiles the workspace again: a few views the build drew whole. Their texts are the build's.
    for (const view of views.filter((view) => !folded.includes(view)).filter((_, index) => index % 5 === 0)) {
      expect((await gea(['diagram', view, workspace, '-f', 'mermaid'])).stdout, view).toBe(built(view, 'mmd'));
    }
    // A text is never laid out, so never folded as a build folds a view too dense as drawn (decision
    // 0071): it is the view as computed, and a note says so. A view aggregated as computed is the build's.
    const foldedWhenDrawn = ['mn.khur_integration', 'mn.ndc_context'];
    expect(folded).toEqual(expect.arrayContaining([...foldedWhenDrawn, 'gap-current-target']));
    for (const [format, extension] of [
      ['mermaid', 'mmd'],
      ['plantuml', 'puml'],
    ] as const) {
      for (const view of foldedWhenDrawn) {
        const drawn = await gea(['diagram', view, workspace, '-f', format]);
        expect(drawn.stdout, view).not.toBe(built(view, extension));
        expect(drawn.stdout, view).not.toMatch(/^title:? .* \[/m);
        expect(drawn.stderr, view).toMatch(
          new RegExp(`^note: view ${view.replace(/\./g, '\\.')} is written as computed, without laying it out;`),
        );
      }
      expect(await gea(['diagram', 'gap-current-target', workspace, '-f', format])).toEqual({
        code: 0,
        stdout: built('gap-current-target', extension),
        stderr: '',
      });
    }
    for (const view of [...folded.slice(0, 2), ...marked.slice(0, 2)]) {
      expect((await gea(['diagram', view, workspace])).stdout, view).toBe(built(view, 'svg'));
    }
  });

  it("lays out through the layouts of the workspace's builds", { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diagram-cache-'));
    const workspace = join(root, 'quickstart');
    cpSync(QUICKSTART, workspace, { recursive: true });
    expect((await gea(['build', workspace, '--only', 'diagrams'], root)).code).toBe(0);
    const cache = join(workspace, 'out', '.cache', 'layouts');
    // Every cached layout moved 5 000 to the right: the diagram is drawn where the cache says.
    for (const name of readdirSync(cache).filter((entry) => /^[0-9a-f]{64}\.json$/.test(entry))) {
      const file = JSON.parse(readFileSync(join(cache, name), 'utf8')) as { geometry: { nodes: { x: number }[] } };
      for (const node of file.geometry.nodes) node.x += 5000;
      writeFileSync(join(cache, name), JSON.stringify(file));
    }
    const laidOut = JSON.parse((await gea(['diagram', 'context-gasr', workspace, '-f', 'json'])).stdout) as { nodes: { x: number }[] };
    expect(laidOut.nodes.length).toBeGreaterThan(0);
    expect(laidOut.nodes.every((node) => node.x >= 5000)).toBe(true);
  });

  it('writes a PNG to a file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-diagram-'));
    const result = await gea(['diagram', 'signatures', QUICKSTART, '-f', 'png', '-o', 'sig.png'], root);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(root, 'sig.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('names the close views for an unknown one and exits 2', async () => {
    const result = await gea(['diagram', 'landscape-nov', QUICKSTART]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^gea: no view `landscape-nov`; did you mean `landscape-now`\?/);
  });

  it('names the views a short name stands for, ends or is part of, and lists every view only when there are few', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-'));
    writeFileSync(join(root, 'gov.gea'), 'namespace mn.gov\nagency gasr "Бүртгэл" { kind agency }\nsystem civil "Систем" { owner gasr }\n');
    const views = (count: number) => Array.from({ length: count }, (_, index) => `view v${index} { kind landscape }`);
    writeFileSync(join(root, 'views.gea'), ['namespace mn.views', 'view land { kind landscape }', ...views(3)].join('\n'));
    const stderr = async (view: string) => (await gea(['diagram', view, root])).stderr;
    expect(await stderr('land')).toBe(
      'gea: no view `land`; did you mean `mn.views.land` or `landscape-now`? ' +
        '(views: context-mn.gov.gasr, landscape-now, mn.views.land, mn.views.v0, mn.views.v1, mn.views.v2, signatures)\n',
    );
    expect(await stderr('context-gasr')).toMatch(/^gea: no view `context-gasr`; did you mean `context-mn.gov.gasr`\? \(views: /);
    writeFileSync(join(root, 'views.gea'), ['namespace mn.views', 'view land { kind landscape }', ...views(30)].join('\n'));
    expect(await stderr('v1')).toBe(
      'gea: no view `v1`; did you mean `mn.views.v1` or `mn.views.v10` or `mn.views.v11` or `mn.views.v12` or `mn.views.v13`? ' +
        '(34 views; `gea views` lists them)\n',
    );
  });
});

/**
 * What D2 would declare, read from the lines `gea diagram -f d2` writes: shapes by their path from
 * the root, the tooltips (full names) and the edges' ends. Throws on braces that do not balance.
 */
function d2Outline(text: string): { shapes: Set<string>; tooltips: string[]; edges: [string, string][] } {
  const containers: string[] = [];
  const shapes = new Set<string>();
  const tooltips: string[] = [];
  const edges: [string, string][] = [];
  for (const line of text.split('\n')) {
    const bare = line.replace(/"(?:[^"\\]|\\.)*"/g, '""').trim();
    const edge = /^(\S+) -> (\S+): ""(?: \{class: \w+\})?$/.exec(bare);
    const opened = /^(\w+): (?:"" )?\{$/.exec(bare);
    const tooltip = /^ *tooltip: ("(?:[^"\\]|\\.)*")$/.exec(line);
    if (edge) edges.push([edge[1]!, edge[2]!]);
    else if (opened) {
      containers.push(opened[1]!);
      shapes.add(containers.join('.'));
    } else if (bare === '}' && containers.pop() === undefined) throw new Error('a } closes nothing');
    else if (tooltip) tooltips.push(JSON.parse(tooltip[1]!.replaceAll('\\$', '$')) as string);
  }
  if (containers.length > 0) throw new Error(`never closed: ${containers.join('.')}`);
  return { shapes, tooltips, edges };
}
