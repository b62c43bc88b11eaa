// `-o FILE` of every command that writes one: never over what the workspace is read from; `gea check`
// takes its format from the file's name, and a run that stops leaves no earlier output to be taken
// for its own (decisions 0065, 0072).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removingEarlierOutput } from '../src/earlier-output.js';
import { writeFileAtomically } from '../src/terminal.js';
import { capturedIo, gea } from './run-gea.js';

const MODEL = `agency a "А" { kind agency }
system s "С" { owner a }
interface api "API" { provider s style rest version "1.0" operation get { method GET path "/x" } }
`;
const CONFIG = 'name: x\nlocale: en\nlocales: [en]\n';

/** A workspace with a gea.yaml and one source, and what it holds, to see that nothing changed. */
function workspace(): { root: string; unchanged: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'gea-output-'));
  writeFileSync(join(root, 'gea.yaml'), CONFIG);
  writeFileSync(join(root, 'm.gea'), MODEL);
  return {
    root,
    unchanged: () => {
      expect(readFileSync(join(root, 'gea.yaml'), 'utf8')).toBe(CONFIG);
      expect(readFileSync(join(root, 'm.gea'), 'utf8')).toBe(MODEL);
    },
  };
}

const IS_INPUT = (path: string) =>
  `gea: -o ${path} is a file the workspace is read from (a source or its settings); gea never writes over those: give -o a file of its own\n`;
const NAMED_AS_INPUT = (path: string) =>
  `gea: -o ${path} is named as a model source (.gea) or settings (gea.yaml) are, and gea never writes over those: give -o a file of another name\n`;

describe('-o never writes over the workspace', () => {
  it('refuses a source or the gea.yaml of the workspace, for every command with -o FILE (exit 2, nothing written)', async () => {
    const { root, unchanged } = workspace();
    for (const args of [
      ['check', '.', '-f', 'json', '-o', 'm.gea'],
      ['check', '.', '-o', 'gea.yaml'],
      ['diagram', 'landscape-now', '.', '-f', 'mermaid', '-o', 'm.gea'],
      ['gap', 'now', 'later', '.', '-o', 'm.gea'],
      ['diff', '-o', 'gea.yaml'],
      ['spec', 'api', '.', '-o', 'm.gea'],
      ['export', 'archimate', '.', '-o', 'gea.yaml'],
    ]) {
      const path = args.at(-1)!;
      expect(await gea(args, root), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: IS_INPUT(path) });
    }
    unchanged();
  });

  it('refuses any file named as a source or settings are, in any case, though the workspace does not read it', async () => {
    const { root, unchanged } = workspace();
    for (const path of ['other.gea', 'M.GEA', 'sub/gea.yaml', 'GEA.YAML']) {
      expect(await gea(['check', '.', '-f', 'json', '-o', path], root), path).toEqual({
        code: 2,
        stdout: '',
        stderr: NAMED_AS_INPUT(path),
      });
    }
    expect(existsSync(join(root, 'other.gea'))).toBe(false);
    unchanged();
  });

  it('refuses a symbolic link to a source, and a settings file of another name given as the workspace', async () => {
    const { root, unchanged } = workspace();
    symlinkSync('m.gea', join(root, 'findings.json'));
    expect(await gea(['check', '.', '-f', 'json', '-o', 'findings.json'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: IS_INPUT('findings.json'),
    });
    writeFileSync(join(root, 'ci.yaml'), CONFIG);
    expect(await gea(['check', 'ci.yaml', '-o', 'ci.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: IS_INPUT('ci.yaml') });
    expect(readFileSync(join(root, 'ci.yaml'), 'utf8')).toBe(CONFIG);
    unchanged();
  });

  it('says so in Mongolian too', async () => {
    const { root } = workspace();
    expect((await gea(['check', '.', '-o', 'm.gea'], root, { GEA_LOCALE: 'mn' })).stderr).toBe(
      'gea: `-o m.gea` нь ажлын талбарын уншдаг файл (эх файл эсвэл тохиргоо); gea тэдгээрийг хэзээ ч дарж бичдэггүй: -o-д тусдаа файл өгнө үү\n',
    );
  });
});

describe('gea check -o FILE', () => {
  it('takes the format from the file’s extension when --format is not given: .sarif and .sarif.json SARIF, .json JSON, else text', async () => {
    const { root } = workspace();
    const written = async (file: string, ...args: string[]) => {
      expect(await gea(['check', '.', '-o', file, ...args], root)).toEqual({ code: 0, stdout: '', stderr: '' });
      return readFileSync(join(root, file), 'utf8');
    };
    expect(JSON.parse(await written('results.sarif'))).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'gea' } } }] });
    expect(JSON.parse(await written('results.sarif.json'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(await written('results.json'))).toMatchObject({ findings: [], summary: { error: 0 } });
    expect(await written('results.txt')).toMatch(/^✔ 0 errors/);
    // SARIF is JSON: it may go to a .json file.
    expect(JSON.parse(await written('sarif.json', '-f', 'sarif'))).toMatchObject({ version: '2.1.0' });
  });

  it('refuses a --format that would make the file other than its name says (exit 2), and writes nothing', async () => {
    const { root } = workspace();
    expect(await gea(['check', '.', '-f', 'text', '-o', 'results.sarif'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gea: --format text does not fit -o results.sarif, whose extension says sarif; leave --format out (the extension chooses the format) or name the file for text\n',
    });
    expect((await gea(['check', '.', '-f', 'json', '-o', 'results.sarif'], root)).code).toBe(2);
    expect((await gea(['check', '.', '-f', 'text', '-o', 'results.json'], root)).code).toBe(2);
    expect(existsSync(join(root, 'results.sarif'))).toBe(false);
    expect(existsSync(join(root, 'results.json'))).toBe(false);
  });

  it('after a run that stops (exit 2, a bad gea.yaml), leaves no output of an earlier run to be uploaded as this one’s', async () => {
    const { root } = workspace();
    expect((await gea(['check', '.', '-o', 'gea.sarif'], root)).code).toBe(0);
    expect((await gea(['check', '.', '-o', 'findings.json'], root)).code).toBe(0);
    expect((await gea(['check', '.', '-o', 'findings.txt'], root)).code).toBe(0);
    writeFileSync(join(root, 'gea.yaml'), 'name: x\nrules:\n  owner-requird: warning\n');
    const stopped = await gea(['check', '.', '-o', 'gea.sarif'], root);
    expect(stopped).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "gea: removed gea.sarif, which an earlier run left there, so that it is not taken for this run's output\n" +
        'gea.yaml:3:3: error: unknown rule `owner-requird`; did you mean `owner-required`? (`gea rules` lists them)\n',
    });
    expect(existsSync(join(root, 'gea.sarif'))).toBe(false);
    // Text too: a CI step may publish it as well (decision 0072).
    for (const file of ['findings.json', 'findings.txt']) {
      expect((await gea(['check', '.', '-o', file], root)).code).toBe(2);
      expect(existsSync(join(root, file)), file).toBe(false);
    }
  });
});

describe('a run that fails leaves no earlier output at -o', () => {
  const BROKEN_CONFIG = 'name: x\nrules:\n  owner-requird: warning\n';
  const REMOVED = (path: string) =>
    `gea: removed ${path}, which an earlier run left there, so that it is not taken for this run's output\n`;

  it('removes what was at -o before a run that stops (exit 2), for every command with -o FILE', async () => {
    const { root } = workspace();
    writeFileSync(join(root, 'gea.yaml'), BROKEN_CONFIG);
    for (const args of [
      ['check', '.', '-o', 'findings.sarif'],
      ['diagram', 'landscape-now', '.', '-o', 'landscape.svg'],
      ['diagram', 'landscape-now', '.', '-f', 'mermaid', '-o', 'landscape.mmd'],
      ['gap', 'now', 'later', '.', '-o', 'gap.md'],
      ['diff', '-o', 'diff.md'],
      ['spec', 'api', '.', '-o', 'openapi.yaml'],
      ['export', 'archimate', '.', '-o', 'model.xml'],
    ]) {
      const path = args.at(-1)!;
      writeFileSync(join(root, path), 'an earlier run’s output\n');
      const stopped = await gea(args, root);
      expect(stopped.code, args.join(' ')).toBe(2);
      expect(stopped.stderr, args.join(' ')).toMatch(new RegExp(`^${REMOVED(path).replace(/[.?()]/g, '\\$&')}`));
      expect(existsSync(join(root, path)), args.join(' ')).toBe(false);
    }
  });

  it('removes it after a failure of the command itself (an unknown view), and says so in Mongolian', async () => {
    const { root } = workspace();
    writeFileSync(join(root, 'v.svg'), 'old\n');
    const stopped = await gea(['diagram', 'no_such_view', '.', '-o', 'v.svg'], root, { GEA_LOCALE: 'mn' });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr.split('\n')[0]).toBe(
      'gea: v.svg файлыг устгалаа: үүнийг өмнөх ажиллуулалт үлдээсэн тул энэ ажиллуулалтын гаралт гэж андуурахгүйн тулд',
    );
    expect(existsSync(join(root, 'v.svg'))).toBe(false);
  });

  it('removes it when the new output cannot be written, and says the earlier one is gone', async () => {
    const { root } = workspace();
    writeFileSync(join(root, 'model.xml'), 'old\n');
    // The write goes to a temporary file beside the target: a folder there makes it fail.
    mkdirSync(join(root, `model.xml.${process.pid}.tmp`));
    const failed = await gea(['spec', 'api', '.', '-o', 'model.xml'], root);
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect(failed.stderr).toMatch(
      /^gea: cannot write .*model\.xml: .*; the file an earlier run left there is removed, so that it is not taken for this run's output\n$/,
    );
    expect(existsSync(join(root, 'model.xml'))).toBe(false);
  });

  it('leaves a source, the settings, a symbolic link and a refused target as they are', async () => {
    const { root, unchanged } = workspace();
    writeFileSync(join(root, 'ci.yaml'), BROKEN_CONFIG);
    writeFileSync(join(root, 'real.svg'), 'old\n');
    symlinkSync('real.svg', join(root, 'link.svg'));
    expect((await gea(['check', 'ci.yaml', '-o', 'ci.yaml'], root)).code).toBe(2);
    expect(readFileSync(join(root, 'ci.yaml'), 'utf8')).toBe(BROKEN_CONFIG);
    expect((await gea(['diagram', 'no_such_view', '.', '-o', 'link.svg'], root)).code).toBe(2);
    expect(readFileSync(join(root, 'link.svg'), 'utf8')).toBe('old\n');
    expect((await gea(['spec', 'api', '.', '-o', 'm.gea'], root)).code).toBe(2);
    unchanged();
  });

  it('leaves the output a run wrote before it failed, and anything when the run succeeds', async () => {
    const { root } = workspace();
    const target = join(root, 'out.md');
    writeFileSync(target, 'old\n');
    const { io, output } = capturedIo(root);
    const run = removingEarlierOutput({ output: 'out.md', inputs: ['.'], locale: undefined }, io, async () => {
      await writeFileAtomically(target, 'new\n');
      throw new Error('after the write');
    });
    await expect(run).rejects.toThrow('after the write');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(output().stderr).toBe('');
    expect(await removingEarlierOutput({ output: 'out.md', inputs: ['.'], locale: undefined }, io, async () => 0)).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });
});

describe('-o -', () => {
  it('is standard output for every command with -o FILE, and makes no file named `-`', async () => {
    const { root, unchanged } = workspace();
    for (const args of [
      ['check', '.', '-f', 'json'],
      ['diagram', 'landscape-now', '.', '-f', 'mermaid'],
      ['spec', 'api', '.'],
      ['export', 'archimate', '.'],
    ]) {
      const plain = await gea(args, root);
      expect(await gea([...args, '-o', '-'], root), args.join(' ')).toEqual(plain);
      expect(plain.stdout.length, args.join(' ')).toBeGreaterThan(0);
    }
    expect(existsSync(join(root, '-'))).toBe(false);
    unchanged();
  });

  it('is said in help as what each command writes: findings for check, a report for gap and diff', async () => {
    const optionLine = async (command: string) =>
      (await gea([command, '--help'])).stdout.split('\n').find((line) => line.includes('--output <file>'));
    expect(await optionLine('check')).toContain('write the findings to a file');
    expect(await optionLine('gap')).toContain('write the report to a file');
    expect(await optionLine('diff')).toContain('write the report to a file');
  });
});
