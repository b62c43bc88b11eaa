// `gea export archimate`, `gea import archimate` and `gea build --only archimate` as a user runs them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIMATE_SCHEMAS, QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { gea } from './run-gea.js';

const ARCHI_FILE = resolve(import.meta.dirname, '../../compiler/test/archimate/fixtures/tax-administration.xml');

function validates(file: string): string {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(ARCHIMATE_SCHEMAS, 'archimate3_Diagram.xsd'), file], {
    env: { ...process.env, XML_CATALOG_FILES: join(ARCHIMATE_SCHEMAS, 'catalog.xml') },
    encoding: 'utf8',
  });
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}`;
}

describe('gea export archimate', () => {
  it('writes the exchange file to standard output, or to a file and says what it holds', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-export-'));
    const out = await gea(['export', 'archimate', QUICKSTART_EXAMPLE]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<model xmlns="http:\/\/www.opengroup.org\/xsd\/archimate\/3.0\/"/,
    );
    const result = await gea(['export', 'archimate', QUICKSTART_EXAMPLE, '-o', 'model.xml'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^wrote model\.xml: \d+ elements, \d+ relationships, \d+ views\n$/);
    expect(readFileSync(join(root, 'model.xml'), 'utf8')).toBe(out.stdout);
    expect(validates(join(root, 'model.xml'))).toBe('');
    const mongolian = await gea(['export', 'archimate', QUICKSTART_EXAMPLE, '-o', 'mn.xml'], root, { GEA_LOCALE: 'mn' });
    expect(mongolian.stdout).toMatch(/^mn\.xml файлд бичлээ: \d+ элемент, \d+ холбоос, \d+ харагдац\n$/);
  });

  it('is built into out/archimate/model.xml', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-build-archimate-'));
    const result = await gea(['build', QUICKSTART_EXAMPLE, '--out', 'out', '--only', 'archimate'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('out/archimate/: 1 file\n');
    expect(readdirSync(join(root, 'out', 'archimate'))).toEqual(['model.xml']);
    expect(validates(join(root, 'out', 'archimate', 'model.xml'))).toBe('');
  });

  it("reads and refreshes the layouts of the workspace's builds, and makes no out folder of its own", { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-export-cache-'));
    const workspace = join(root, 'quickstart');
    cpSync(QUICKSTART_EXAMPLE, workspace, { recursive: true });
    expect(await gea(['export', 'archimate', workspace, '-o', 'before.xml'], root)).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(workspace, 'out'))).toBe(false);

    expect(await gea(['build', workspace, '--only', 'archimate'], root)).toMatchObject({ code: 0 });
    const cache = join(workspace, 'out', '.cache', 'layouts');
    const cached = readdirSync(cache).filter((entry) => /^[0-9a-f]{64}\.json$/.test(entry));
    expect(cached.length).toBeGreaterThan(0);
    // Every cached layout moved 5 000 to the right: the export draws what the cache says.
    for (const name of cached) {
      const file = JSON.parse(readFileSync(join(cache, name), 'utf8')) as { geometry: { nodes: { x: number }[] } };
      for (const node of file.geometry.nodes) node.x += 5000;
      writeFileSync(join(cache, name), JSON.stringify(file));
    }
    const [first, ...others] = cached;
    rmSync(join(cache, first!));
    expect(await gea(['export', 'archimate', workspace, '-o', 'after.xml'], root)).toMatchObject({ code: 0, stderr: '' });
    const leftmost = (file: string) =>
      Math.min(...[...readFileSync(join(root, file), 'utf8').matchAll(/<node [^>]* x="(\d+)"/g)].map((m) => Number(m[1])));
    expect(leftmost('before.xml')).toBeLessThan(5000);
    // The view whose layout was removed is laid out again (at the left), and cached again.
    expect(leftmost('after.xml')).toBeLessThan(5000);
    expect(readFileSync(join(root, 'after.xml'), 'utf8')).toMatch(/<node [^>]* x="5\d{3}"/);
    expect(
      readdirSync(cache)
        .filter((entry) => entry.endsWith('.json'))
        .sort(),
    ).toEqual([first!, ...others].sort());
  });
});

describe('gea import archimate', () => {
  it('writes .gea files, a gea.yaml and the report, and the files check without syntax errors', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-import-'));
    const result = await gea(['import', 'archimate', ARCHI_FILE, '-o', 'tax'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [wrote, summary, ...notes] = result.stdout.trimEnd().split('\n');
    expect(`${wrote}\n${summary}`).toMatch(
      /^wrote 11 files into tax\nimported 17 elements and \d+ relationships; \d+ notes on what was not mapped \(tax\/archimate-import\.md\)$/,
    );
    const report = readFileSync(join(root, 'tax', 'archimate-import.md'), 'utf8');
    expect(report).toMatch(/^# ArchiMate import\n/);
    // The first ten notes, as the report words them, and how many more the report has.
    const reported = report
      .split('\n## ')[2]!
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(reported).toHaveLength(Number(/(\d+) notes/.exec(summary!)![1]));
    expect(notes).toEqual([
      ...reported.slice(0, 10).map((line) => `  ${line}`),
      `  … and ${reported.length - 10} more notes in the report`,
    ]);
    const check = await gea(['check', 'tax', '--format', 'json'], root);
    const rules = JSON.parse(check.stdout).findings.map((finding: { rule: string }) => finding.rule);
    expect(rules.filter((rule: string) => ['syntax', 'unresolved-reference', 'duplicate-name'].includes(rule))).toEqual([]);
  });

  it('writes no file that is there already, and says which are', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-import-'));
    mkdirSync(join(root, 'tax'));
    writeFileSync(join(root, 'tax', 'gea.yaml'), 'name: mine\n');
    const result = await gea(['import', 'archimate', ARCHI_FILE, '-o', 'tax'], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'gea: tax/gea.yaml already exists; gea import writes only files that are not there yet (choose another folder with -o)\n',
    );
    expect(readdirSync(join(root, 'tax'))).toEqual(['gea.yaml']);
    expect(readFileSync(join(root, 'tax', 'gea.yaml'), 'utf8')).toBe('name: mine\n');
  });

  it('writes all of its files or none: a file in the way of a folder leaves nothing new behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-import-'));
    mkdirSync(join(root, 'tax'));
    // An agency folder of the import is a file here; another agency's folder comes before it.
    writeFileSync(join(root, 'tax', 'Mongolian_Tax_Administration'), 'mine\n');
    const result = await gea(['import', 'archimate', ARCHI_FILE, '-o', 'tax'], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'gea: cannot write tax/Mongolian_Tax_Administration: a file is in the way; the previous output is left as it was\n',
    );
    expect(readdirSync(join(root, 'tax'))).toEqual(['Mongolian_Tax_Administration']);
    // Into a folder not there yet: staged beside it, renamed into place, nothing else left.
    expect((await gea(['import', 'archimate', ARCHI_FILE, '-o', 'new/tax'], root)).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['new', 'tax']);
    expect(readdirSync(join(root, 'new'))).toEqual(['tax']);
  });

  it('says a file is not XML, or not an exchange file, at its line and column, or is a folder, in the chosen language', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-import-'));
    writeFileSync(join(root, 'broken.xml'), '<?xml version="1.0"?>\n<model>\n<a></b>');
    writeFileSync(join(root, 'other.xml'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const broken = await gea(['import', 'archimate', 'broken.xml'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('gea: broken.xml:3:7 is not well-formed XML: unexpected close tag.\n');
    const other = await gea(['import', 'archimate', 'other.xml'], root, { GEA_LOCALE: 'mn' });
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      'gea: other.xml:1:1 нь ArchiMate солилцооны файл биш: үндсэн элемент нь http://www.w3.org/2000/svg нэрийн орон зай дахь <svg>, http://www.opengroup.org/xsd/archimate/3.0/ нэрийн орон зай дахь <model> биш\n',
    );
    writeFileSync(join(root, 'plain.xml'), '<?xml version="1.0"?>\n\n  <model><name>M</name></model>');
    expect((await gea(['import', 'archimate', 'plain.xml'], root)).stderr).toBe(
      'gea: plain.xml:3:3 is not an ArchiMate exchange file: its root element is <model> in no namespace, not <model> in the namespace http://www.opengroup.org/xsd/archimate/3.0/\n',
    );
    // Columns are 1-based: saxes says 0 at the start of a line.
    writeFileSync(join(root, 'prolog.xml'), '<?xml version="1.0"?>\n');
    expect((await gea(['import', 'archimate', 'prolog.xml'], root)).stderr).toBe(
      'gea: prolog.xml:2:1 is not well-formed XML: document must contain a root element.\n',
    );
    // An empty file is said to be empty, in either language.
    writeFileSync(join(root, 'empty.xml'), '\uFEFF \n');
    expect(await gea(['import', 'archimate', 'empty.xml'], root)).toMatchObject({
      code: 2,
      stderr:
        'gea: empty.xml is empty: give the exchange file Archi or another tool wrote (`File → Export → Model to Open Exchange File…`)\n',
    });
    expect((await gea(['import', 'archimate', 'empty.xml'], root, { GEA_LOCALE: 'mn' })).stderr).toBe(
      'gea: empty.xml файл хоосон байна: Archi эсвэл өөр хэрэгслийн бичсэн солилцооны файлыг өгнө үү (`File → Export → Model to Open Exchange File…`)\n',
    );
    mkdirSync(join(root, 'folder.xml'));
    expect(await gea(['import', 'archimate', 'folder.xml'], root)).toMatchObject({
      code: 2,
      stderr: 'gea: folder.xml is a folder; give the exchange file (.xml) to import\n',
    });
    expect(existsSync(join(root, 'gea.yaml'))).toBe(false);
  });

  it('refuses a file with nothing to import, writing nothing, in the chosen language', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-import-'));
    writeFileSync(
      join(root, 'empty.xml'),
      '<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>Empty</name></model>\n',
    );
    expect(await gea(['import', 'archimate', 'empty.xml', '-o', 'out'], root)).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'gea: empty.xml holds no elements and no views: nothing to import, and nothing was written (to start an empty workspace, run `gea init`)\n',
    });
    expect((await gea(['import', 'archimate', 'empty.xml', '-o', 'out'], root, { GEA_LOCALE: 'mn' })).stderr).toBe(
      'gea: empty.xml файлд элемент ч, харагдац ч алга: оруулах зүйлгүй тул юу ч бичсэнгүй (хоосон ажлын талбар эхлүүлэхэд `gea init` ажиллуулна уу)\n',
    );
    expect(readdirSync(root)).toEqual(['empty.xml']);
  });

  it('lists its commands in help', async () => {
    const help = (await gea(['--help'])).stdout;
    expect(help).toMatch(/export\s+export the model to the Open Group ArchiMate exchange format/);
    expect(help).toMatch(/import\s+import an ArchiMate exchange file/);
    expect((await gea(['import', 'archimate', '--help'])).stdout).toContain('Usage: gea import archimate [options] <file>');
  });
});
