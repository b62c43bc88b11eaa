import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_FILES } from '@gea-arch/compiler';
import { gea } from './run-gea.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart');

describe('gea init', () => {
  it('writes a starter workspace that checks with no findings', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    const result = await gea(['init', 'starter'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `wrote ${join('starter', 'gea.yaml')} and ${join('starter', 'model.gea')}\nnext:\n  cd starter\n  npx gea check\n  npx gea build\n`,
    );
    const check = await gea(['check', 'starter', '--format', 'json'], root);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
  });

  for (const dir of ['arch', 'my architecture', 'nested/arch', '.']) {
    it(`prints next steps that work as written (gea init ${dir})`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
      const result = await gea(['init', dir], root);
      expect(result.code).toBe(0);
      const steps = result.stdout
        .split('next:\n')[1]!
        .trimEnd()
        .split('\n')
        .map((line) => line.trim());
      expect(steps.slice(-2)).toEqual(['npx gea check', 'npx gea build']);
      let cwd = root;
      for (const step of steps) {
        const cd = /^cd (?:'(.*)'|(\S+))$/.exec(step);
        if (cd) {
          cwd = resolve(cwd, cd[1] ?? cd[2]!);
          continue;
        }
        const args = step.replace(/^npx gea /, '').split(' ');
        expect(await gea(args, cwd), step).toMatchObject({ code: 0, stderr: '' });
      }
      expect(cwd).toBe(resolve(root, dir));
      expect(existsSync(join(cwd, 'out', 'reports', 'findings.json'))).toBe(true);
    });
  }

  it('writes the quickstart example, byte for byte', () => {
    for (const [name, text] of Object.entries(STARTER_FILES)) {
      expect(readFileSync(join(QUICKSTART, name), 'utf8'), `examples/quickstart/${name}`).toBe(text);
    }
  });

  it('refuses a folder that already holds .gea files, naming them, and writes nothing then', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    mkdirSync(join(root, 'arch/agencies'), { recursive: true });
    for (const name of ['a.gea', 'agencies/b.gea', 'agencies/c.gea', 'agencies/d.gea'])
      writeFileSync(join(root, 'arch', name), 'agency gasr "X" { kind agency }\n');
    writeFileSync(join(root, 'arch/notes.txt'), 'mine');
    const result = await gea(['init', 'arch'], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "gea: arch already holds .gea files (arch/a.gea, arch/agencies/b.gea, arch/agencies/c.gea, and 1 more), which the starter's own would clash with; gea init starts a new workspace in a folder without them: choose another folder, or write a gea.yaml beside these files to make them a workspace\n",
    );
    expect(readdirSync(join(root, 'arch')).sort()).toEqual(['a.gea', 'agencies', 'notes.txt']);
    // Other files are no reason to refuse.
    expect((await gea(['init', 'notes'], root, {})).code).toBe(0);
  });

  it('refuses a folder inside another workspace, whose sources would take in the starter', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    expect((await gea(['init', 'outer'], root)).code).toBe(0);
    const result = await gea(['init', 'outer/starter'], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "gea: outer/starter is inside the workspace of outer/gea.yaml, which would read the starter's model as its own (every name twice); choose a folder outside that workspace\n",
    );
    expect(existsSync(join(root, 'outer/starter'))).toBe(false);
    expect((await gea(['check', 'outer'], root)).code).toBe(0);
  });

  it('says so in Mongolian', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    writeFileSync(join(root, 'a.gea'), 'agency gasr "X" { kind agency }\n');
    expect((await gea(['init'], root, { GEA_LOCALE: undefined })).stderr).toContain('хавтаст .gea файл аль хэдийн байна (a.gea)');
  });

  it('refuses to overwrite, and writes nothing then', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-init-'));
    writeFileSync(join(root, 'model.gea'), 'mine');
    const result = await gea(['init'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('model.gea already exists');
    expect(readFileSync(join(root, 'model.gea'), 'utf8')).toBe('mine');
    expect(existsSync(join(root, 'gea.yaml'))).toBe(false);
  });
});
