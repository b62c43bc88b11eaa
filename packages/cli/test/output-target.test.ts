// `-o FILE` of every command that writes one: never over what the workspace is read from; `gea check`
// takes its format from the file's name, and a run that stops leaves no earlier results to be taken
// for its own (decision 0065).
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

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

  it('after a run that stops (exit 2, a bad gea.yaml), leaves no SARIF or JSON of an earlier run to be uploaded as this one’s', async () => {
    const { root } = workspace();
    expect((await gea(['check', '.', '-o', 'gea.sarif'], root)).code).toBe(0);
    expect((await gea(['check', '.', '-o', 'findings.json'], root)).code).toBe(0);
    expect((await gea(['check', '.', '-o', 'findings.txt'], root)).code).toBe(0);
    writeFileSync(join(root, 'mine.json'), '{"results": []}\n');
    writeFileSync(join(root, 'gea.yaml'), 'name: x\nrules:\n  owner-requird: warning\n');
    const stopped = await gea(['check', '.', '-o', 'gea.sarif'], root);
    expect(stopped).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "gea: removed gea.sarif, the results of an earlier run, so that they are not taken for this run's\n" +
        'gea.yaml:3:3: error: unknown rule `owner-requird`; did you mean `owner-required`? (`gea rules` lists them)\n',
    });
    expect(existsSync(join(root, 'gea.sarif'))).toBe(false);
    expect((await gea(['check', '.', '-o', 'findings.json'], root)).code).toBe(2);
    expect(existsSync(join(root, 'findings.json'))).toBe(false);
    // A file gea did not write as results is left as it is, and so is text, which no tool takes for results.
    expect(await gea(['check', '.', '-o', 'mine.json'], root)).toMatchObject({ code: 2, stderr: expect.not.stringContaining('removed') });
    expect(readFileSync(join(root, 'mine.json'), 'utf8')).toBe('{"results": []}\n');
    expect((await gea(['check', '.', '-o', 'findings.txt'], root)).code).toBe(2);
    expect(readFileSync(join(root, 'findings.txt'), 'utf8')).toMatch(/^✔ 0 errors/);
  });
});
