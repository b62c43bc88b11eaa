import { mkdtempSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkspace, ConfigError, findingRecords, loadWorkspace, WorkspaceError } from '@gea-arch/compiler';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const AGENCY = 'agency a "А" { kind agency }\n';

describe('workspace loading', () => {
  it('takes every .gea file below a folder, in path order, skipping node_modules and the out folder', async () => {
    const root = folder({
      'b.gea': AGENCY,
      'a/z.gea': 'agency z "Z" { kind agency }\n',
      'a/y.gea': 'agency y "Y" { kind agency }\n',
      'node_modules/pkg/x.gea': 'broken',
      'out/site/x.gea': 'broken',
      'notes.txt': 'not a source',
    });
    const workspace = await loadWorkspace([root]);
    expect(workspace.files).toEqual(['a/y.gea', 'a/z.gea', 'b.gea']);
    expect(workspace.config.locale).toBe('mn');
    expect(workspace.configFile).toBeUndefined();
  });

  it('reads gea.yaml beside the sources, given the folder or the file', async () => {
    const root = folder({
      'gea.yaml': 'sources: ["model/**/*.gea"]\nout: build\n',
      'model/m.gea': AGENCY,
      'other.gea': 'broken',
      'build/x.gea': 'x',
    });
    for (const target of [root, join(root, 'gea.yaml')]) {
      const workspace = await loadWorkspace([target]);
      expect(workspace.files).toEqual(['model/m.gea']);
      expect(workspace.config.out).toBe('build');
    }
  });

  it('takes .gea files given one by one, relative to their common folder', async () => {
    const root = folder({ 'x/a.gea': AGENCY, 'x/b.gea': 'agency b "B" { kind agency }\n', 'x/c.gea': 'broken' });
    const workspace = await loadWorkspace(['x/b.gea', 'x/a.gea'], root);
    expect(workspace.root).toBe(join(root, 'x'));
    expect(workspace.files).toEqual(['a.gea', 'b.gea']);
  });

  it('says what is wrong with what it was given', async () => {
    const root = folder({ 'empty/readme.md': '', 'a.txt': '' });
    await expect(loadWorkspace(['missing'], root, { locale: 'en' })).rejects.toThrow(new WorkspaceError('no such file or folder: missing'));
    await expect(loadWorkspace(['empty'], root, { locale: 'en' })).rejects.toThrow(/no \.gea files in .*empty/);
    await expect(loadWorkspace(['a.txt'], root, { locale: 'en' })).rejects.toThrow(/not a \.gea file: a\.txt/);
  });

  it('reports a bad gea.yaml with its file and line', async () => {
    const root = folder({ 'gea.yaml': 'locale: mn\nout: [1]\n', 'm.gea': AGENCY });
    const error = await loadWorkspace([root]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]).toMatchObject({ file: join(root, 'gea.yaml'), line: 2, column: 6 });
  });

  it('compiles with workspace-relative paths and 1-based positions', async () => {
    const root = folder({ 'agencies/tax.gea': '\uFEFFagency mta "Т" { kind agancy }\n', 'a.gea': AGENCY });
    const compilation = await compileWorkspace(await loadWorkspace([root]), { evaluationDate: '2026-06-01' });
    const records = findingRecords(compilation);
    expect(records).toMatchObject([
      { rule: 'syntax', file: 'agencies/tax.gea', line: 1, column: 23, element: 'mta', waived: false, waiver: null },
    ]);
  });

  it('rejects an unknown plateau with the close ones', async () => {
    const root = folder({ 'm.gea': 'plateau current { date 2026-01-01 }\n' + AGENCY });
    await expect(compileWorkspace(await loadWorkspace([root]), { plateau: 'curent', locale: 'en' })).rejects.toThrow(
      'no plateau `curent`; did you mean `current`? (plateaus: current)',
    );
  });

  it('does not follow symbolic links, so a link loop neither hangs nor repeats files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-links-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'm.gea'), 'agency a "А" { kind agency }\n');
    symlinkSync('..', join(root, 'a', 'up'));
    symlinkSync(join(root, 'a'), join(root, 'a', 'self'));
    const workspace = await loadWorkspace([root]);
    expect(workspace.files).toEqual(['a/m.gea']);
  });

  it('locates a workspace in its git repository from its real path, so one opened through a symbolic link is where git keeps it', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'gea-repo-')));
    mkdirSync(join(outside, 'repo', '.git'), { recursive: true });
    mkdirSync(join(outside, 'repo', 'arch', 'model'), { recursive: true });
    writeFileSync(join(outside, 'repo', 'arch', 'model', 'm.gea'), AGENCY);
    symlinkSync(join(outside, 'repo', 'arch'), join(outside, 'link'));
    for (const path of [join(outside, 'repo', 'arch', 'model'), join(outside, 'link', 'model')]) {
      const workspace = await loadWorkspace([path]);
      expect(workspace, path).toMatchObject({ root: path, repositoryRoot: join(outside, 'repo'), repositoryPath: 'arch/model' });
    }
    expect((await loadWorkspace([join(outside, 'repo')])).repositoryPath).toBe('');
  });
});
