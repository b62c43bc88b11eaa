// A build takes each element's digest walk from the last build while the element's file and the
// names the workspace declares are unchanged (remembered-walks.ts). A walk taken that no longer
// holds would keep a spec or a page whose content changed: after every edit of the example model,
// each element's digest must be the one walking it again gives — and the walks of the files the
// edit did not touch must be taken, or a build would walk everything again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element, SemanticModel } from '@gea-arch/core';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { ElementDigests } from '../../src/build/element-digests.js';
import { RememberedWalks } from '../../src/build/remembered-walks.js';
import { compileTexts, loadWorkspace, type Workspace } from '../../src/index.js';
import { editsOf } from './model-edits.js';

/** Every how many-th edit of each kind is tried: `GEA_EDITS=all` tries all 3 240 (each compiles the example once). */
const EVERY = process.env['GEA_EDITS']?.startsWith('all') ? 1 : 40;

describe('walks remembered from the last build', () => {
  let workspace: Workspace;
  let texts: string[];
  let folder: string;

  const compiled = async (edited: readonly string[]) => {
    const compilation = await compileTexts(workspace, edited, { digestSources: true });
    return { model: compilation.analysis.model, texts: compilation.sourceDigests! };
  };
  const remembered = async (edited: readonly string[], options: { madeWith?: string; reuse?: boolean; from?: string } = {}) => {
    const { model, texts: digests } = await compiled(edited);
    const walks = await RememberedWalks.read(options.from ?? folder, {
      model,
      texts: digests,
      madeWith: options.madeWith ?? 'test',
      reuse: options.reuse ?? true,
    });
    return { model, walks };
  };
  /** Each element's digest and what it names, as `digests` gives them. */
  const digestsOf = (model: SemanticModel, digests: ElementDigests) =>
    model.elements.map((element: Element) => {
      const { digest, names } = digests.of(element);
      return { element: `${element.kind} ${element.id}`, digest, names: [...names] };
    });
  /** The digests `walks` gives for every element of `model`, checked against walking each element again. */
  const expectWalkingGives = (model: SemanticModel, walks: RememberedWalks, what: string) => {
    const withWalks = digestsOf(model, new ElementDigests().remember(walks));
    const walking = digestsOf(model, new ElementDigests());
    const said = (digests: typeof walking) =>
      digests.map(({ element, digest, names }) => `${element} ${digest} → ${names.map((named) => named.id).join(' ')}`);
    expect(said(withWalks), what).toEqual(said(walking));
    // What an element names is the very element, not one with its name.
    withWalks.forEach(({ names }, index) => names.forEach((named, at) => expect(named, what).toBe(walking[index]!.names[at])));
  };

  beforeAll(async () => {
    workspace = await loadWorkspace([MONGOLIA_EXAMPLE]);
    texts = workspace.files.map((file) => readFileSync(join(workspace.root, file), 'utf8'));
    folder = mkdtempSync(join(tmpdir(), 'gea-walks-'));
    const { model, walks } = await remembered(texts);
    expect(walks.size).toBe(0);
    const digests = new ElementDigests().remember(walks);
    digestsOf(model, digests);
    await walks.write(digests.walks());
  }, 60_000);

  it('are taken for every element of an unchanged workspace, and give the digests walking gives', async () => {
    const { model, walks } = await remembered(texts);
    expect(walks.size).toBe(model.elements.length);
    expectWalkingGives(model, walks, 'unchanged');
  });

  it('give after every edit the digests walking gives, and are taken for the files it did not touch', async () => {
    const edits = editsOf(texts, EVERY);
    expect(edits.length).toBeGreaterThan(60);
    let taken = 0;
    for (const edit of edits) {
      const edited = texts.map((text, file) => (file === edit.file ? edit.text : text));
      const { model, walks } = await remembered(edited);
      expectWalkingGives(model, walks, edit.what);
      const untouched = model.elements.filter((element) => !element.source.uri.endsWith(workspace.files[edit.file]!)).length;
      if (walks.size === untouched) taken++;
      else expect(walks.size, edit.what).toBe(0);
    }
    // Most edits declare no other name: every walk of another file is taken.
    expect(taken / edits.length).toBeGreaterThan(0.5);
  }, 600_000);

  it('are not taken once a field another file names is renamed: that file’s walks no longer resolve it', async () => {
    const gasr = workspace.files.findIndex((path) => path.endsWith('gasr.gea'));
    const welfare = workspace.files.findIndex((path) => path.endsWith('welfare.gea'));
    expect(texts[welfare]).toContain('stores gasr.citizen { register_no, surname,');
    const edited = texts.map((text, file) => (file === gasr ? text.replace('    surname string', '    patronymic string') : text));
    const { model, walks } = await remembered(edited);
    expect(walks.size).toBe(0);
    expectWalkingGives(model, walks, 'field renamed');
  });

  it('are not taken once a name is declared, by another gea, or when the build reuses nothing', async () => {
    const declared = texts.map((text, file) => (file === 0 ? `${text}\nlaw another_law "Өөр хууль"\n` : text));
    expect((await remembered(declared)).walks.size).toBe(0);
    expect((await remembered(texts, { madeWith: 'another gea' })).walks.size).toBe(0);
    expect((await remembered(texts, { reuse: false })).walks.size).toBe(0);
  });

  it('are taken only from a file of walks in gea’s shape: a damaged file gives none, a damaged record or entry is walked again', async () => {
    type Remembered = { scope: string; files: Record<string, { text: string; walks: unknown[] }> };
    const good = JSON.parse(readFileSync(join(folder, 'element-walks.json'), 'utf8')) as Remembered;
    const damaged = mkdtempSync(join(tmpdir(), 'gea-walks-damaged-'));
    const from = (content: string) => {
      writeFileSync(join(damaged, 'element-walks.json'), content);
      return remembered(texts, { from: damaged });
    };
    for (const content of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ scope: good.scope }),
      JSON.stringify({ scope: good.scope, files: 1 }),
    ])
      expect((await from(content)).walks.size, content).toBe(0);
    const [first, second] = Object.keys(good.files) as [string, string];
    const spoiled: Remembered = {
      ...good,
      files: {
        ...good.files,
        [first]: null!,
        [second]: { ...good.files[second]!, walks: [[0, 42, null], ...good.files[second]!.walks.slice(1)] },
      },
    };
    const { model, walks } = await from(JSON.stringify(spoiled));
    expect(walks.size).toBe(model.elements.length - good.files[first]!.walks.length - 1);
    expectWalkingGives(model, walks, 'damaged');
  });
});
