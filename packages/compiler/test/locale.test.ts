// The compiler speaks the locale it is asked for, else the workspace's (gea.yaml `locale`), else
// Mongolian; its errors can be said again in any locale.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '@gea-arch/core';
import {
  compileWorkspace,
  ConfigError,
  findingRecords,
  findingsText,
  loadWorkspace,
  parseConfig,
  summarize,
  type WorkspaceError,
} from '@gea-arch/compiler';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gea-locale-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const UNRESOLVED = 'system s "С" { owner nobody }\n';

describe('gea.yaml problems', () => {
  it('are said in the locale asked for (Mongolian by default) and can be said again in another', () => {
    let error: unknown;
    try {
      parseConfig('local: en\n', 'gea.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const [problem] = (error as ConfigError).problems;
    expect(problem!.message).toBe(
      '`local` гэсэн тохиргоо байхгүй; `locale` гэж бичих гэсэн үү? (боломжит: name, locale, locales, sources, out, rules, evaluation-date)',
    );
    expect(problem!.say(wordsFor('en'))).toBe(
      'unknown setting `local`; did you mean `locale`? (known: name, locale, locales, sources, out, rules, evaluation-date)',
    );
  });
});

describe('workspace errors', () => {
  it('are in the locale asked for, else in the workspace locale once gea.yaml is read', async () => {
    const root = folder({ 'gea.yaml': 'locale: en\nsources: ["model/**/*.gea"]\n', 'notes/x.txt': '' });
    const missing = (await thrown(loadWorkspace(['missing'], root))) as WorkspaceError;
    expect(missing.message).toBe('ийм файл эсвэл хавтас байхгүй: missing');
    expect(missing.say(wordsFor('en'))).toBe('no such file or folder: missing');
    expect(((await thrown(loadWorkspace([root]))) as WorkspaceError).message).toMatch(
      /^no \.gea files in .* \(sources: model\/\*\*\/\*\.gea\)/,
    );
    expect(((await thrown(loadWorkspace([root], root, { locale: 'mn' }))) as WorkspaceError).message).toMatch(
      / хавтаст \.gea файл алга \(sources: model\/\*\*\/\*\.gea\)/,
    );
  });
});

describe('compileWorkspace', () => {
  it('makes findings and progress in the workspace locale, or in the one asked for', async () => {
    const root = folder({ 'gea.yaml': 'locale: en\n', 'm.gea': UNRESOLVED });
    const progress: string[] = [];
    const english = await compileWorkspace(await loadWorkspace([root]), { onProgress: (message) => progress.push(message) });
    expect(findingRecords(english).map((record) => record.message)).toEqual([
      'no agency named `nobody` is declared; declare it, or check the name and namespace',
    ]);
    expect(progress).toEqual(['read 1 file', 'parsed and linked 1 file']);
    const mongolian = await compileWorkspace(await loadWorkspace([root]), { locale: 'mn' });
    const records = findingRecords(mongolian);
    expect(records.map((record) => record.message)).toEqual([
      '`nobody` нэртэй байгууллага тодорхойлогдоогүй байна; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу',
    ]);
    expect(findingsText(records, summarize(records, mongolian), { color: false, locale: 'mn', plateaus: false })).toBe(
      'm.gea:1:22 алдаа unresolved-reference `nobody` нэртэй байгууллага тодорхойлогдоогүй байна; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу\n\n' +
        '✖ 1 алдаа, 0 анхааруулга, 0 мэдээлэл, 0 чөлөөлөгдсөн — 1 файл (1 элемент)\n',
    );
  });
});
