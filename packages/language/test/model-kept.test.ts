// The language server's kept model (decision 0033): after an edit, the declarations of the edited
// documents are built anew and every other reference is re-pointed in place where it now names
// something else; the model is the one a whole build of the same documents makes, element for
// element and in the same order, the lists of those that name an element included. Other options,
// or documents added or removed, build the whole model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finished, type SemanticModel } from '@gea-arch/core';
import { editorWorkspace, geaFilesIn, MONGOLIA_EXAMPLE, plainElements, TEST_DATE } from '@gea-arch/fixtures';
import { buildSemanticModel, ModelKeeper } from '@gea-arch/language';
import type { LangiumDocument } from 'langium';

const OPTIONS = { evaluationDate: TEST_DATE, defaultLocale: 'mn' };

async function mongolia() {
  return keptWorkspace(
    Object.fromEntries(Object.entries(geaFilesIn(MONGOLIA_EXAMPLE)).map(([path, text]) => [`file:///ws/${path}`, text])),
  );
}

/** Files in an editor's workspace and their kept model, checked against a whole build whenever it is read. */
async function keptWorkspace(files: Record<string, string>) {
  const workspace = await editorWorkspace(files);
  const keeper = new ModelKeeper();
  const documents = (): LangiumDocument[] =>
    workspace.shared.workspace.LangiumDocuments.all.toArray().sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1));
  /** The kept model now, checked against a whole build of the same documents. */
  const kept = (options = OPTIONS): SemanticModel => {
    const model = finished(keeper.build(documents(), options));
    const whole = buildSemanticModel(documents(), options);
    // Element by element, the first that differs compared alone: a diff of the whole model would not fit in memory.
    const [mine, theirs] = [plainElements(model), plainElements(whole)];
    expect(mine.length).toBe(theirs.length);
    const differing = mine.findIndex((element, at) => JSON.stringify(element) !== JSON.stringify(theirs[at]));
    if (differing >= 0) expect(mine[differing]).toEqual(theirs[differing]);
    expect([...model.byId.keys()]).toEqual([...whole.byId.keys()]);
    expect(model.systems.map((system) => system.id)).toEqual(whole.systems.map((system) => system.id));
    expect(model.plateaus.map((plateau) => plateau.id)).toEqual(whole.plateaus.map((plateau) => plateau.id));
    return model;
  };
  /** Edits the file whose path ends with `path`. */
  const edit = async (path: string, change: (text: string) => string) => {
    const uri = Object.keys(files).find((key) => key.endsWith(path))!;
    const text = files[uri]!;
    const changed = change(text);
    expect(changed).not.toBe(text);
    await workspace.edit(uri, changed);
  };
  kept();
  return { files, keeper, kept, edit, edited: workspace.edit };
}

/** Lines of single-line statements that name other elements: an edit of one declares nothing. */
const STATEMENT = /^\s+(owner|operator|hosting|provider|via|masters|stores|uses|depends-on|from|until|legal-basis)\s+[^{}"]*$/;

describe('the language server’s kept model', () => {
  it('is updated after an edit that declares nothing new, and is what a whole build makes', async () => {
    const { keeper, kept, edit } = await mongolia();
    const edits: Array<[string, (text: string) => string]> = [
      ['gasr/gasr.gea', (text) => text.replace(/consumes alamgac\.address_api \{/, 'consumes alamgac.address_api_zz {')],
      ['gasr/gasr.gea', (text) => text.replace(/consumes alamgac\.address_api_zz \{/, 'consumes alamgac.address_api {')],
      ['gasr/gasr.gea', (text) => text.replace(/output citizen \{ register_no, address \}/, 'output citizen { register_no }')],
      ['plateaus.gea', (text) => text.replace('date 2026-01-01', 'date 2025-06-01')],
      ['gasr/gasr.gea', (text) => text.replace(/\n\s+masters [^\n]*/, '')],
    ];
    for (const [path, change] of edits) {
      await edit(path, change);
      kept();
      expect({ path, build: keeper.lastBuild }).toEqual({ path, build: 'updated' });
    }
  });

  it('keeps every element of the documents the edit did not touch, frozen, and re-points their references', async () => {
    const { kept, edit } = await mongolia();
    const before = kept();
    const consumer = before.systems.find((system) =>
      system.consumes.some((consumes) => consumes.interface.text === 'alamgac.address_api'),
    )!;
    const api = before.interfaces.find((candidate) => candidate.id.endsWith('alamgac.address_api'))!;
    await edit('alamgac/alamgac.gea', (text) => text.replace(/interface address_api "/, 'interface address_api "(!) '));
    const after = kept();
    const untouched = before.elements.filter((element) => !element.source.uri.endsWith('alamgac/alamgac.gea'));
    expect(untouched.every((element) => after.byId.get(element.id) === element)).toBe(true);
    expect(after.elements.every((element) => Object.isFrozen(element))).toBe(true);
    const newApi = after.byId.get(api.id)!;
    expect(newApi === api).toBe(false);
    const consumes = consumer.consumes.find((statement) => statement.interface.text === 'alamgac.address_api')!;
    expect(consumes.interface.target === newApi).toBe(true);
    expect((newApi as typeof api).consumedBy.includes(consumes)).toBe(true);
  });

  it('is updated when an edit declares, renames or takes away a declaration, and built whole with other options', async () => {
    const { keeper, kept, edit } = await mongolia();
    await edit('gasr/gasr.gea', (text) => `${text}\nagency extra_office "Нэмэлт" { kind agency }\n`);
    kept();
    expect(keeper.lastBuild).toBe('updated');
    await edit('gasr/gasr.gea', (text) => text.replace('extra_office', 'other_office'));
    kept();
    expect(keeper.lastBuild).toBe('updated');
    await edit('alamgac/alamgac.gea', (text) => text.replace(/interface address_api\b/, 'interface address_api2'));
    kept();
    expect(keeper.lastBuild).toBe('updated');
    await edit('alamgac/alamgac.gea', (text) => text.replace(/interface address_api2\b/, 'interface address_api'));
    kept();
    expect(keeper.lastBuild).toBe('updated');
    await edit('gasr/gasr.gea', (text) => text.replace(/\nagency other_office[^\n]*\n/, '\n'));
    kept();
    expect(keeper.lastBuild).toBe('updated');
    kept({ ...OPTIONS, evaluationDate: '2027-01-01' });
    expect(keeper.lastBuild).toBe('whole');
  });

  it('places a system under its operator again when an edit elsewhere makes the operator its owner or not', async () => {
    const { keeper, kept, edit } = await keptWorkspace({
      'file:///ws/a.gea': 'namespace mn.b\nagency w "Near" { kind agency }\n',
      'file:///ws/c.gea': 'namespace mn\nagency x "Far" { kind agency }\n',
      'file:///ws/s.gea': 'namespace mn.b\nsystem s "S" {\n  owner x\n  operator mn.x\n}\nsystem t "T" {\n  owner w\n}\n',
    });
    const operated = (model: SemanticModel) => model.agencies.find((agency) => agency.id === 'mn.x')!.operates.map((e) => e.id);
    expect(operated(kept())).toEqual([]);
    // `x` in mn.b now names the nearer agency: the system's owner is no longer its operator.
    await edit('a.gea', (text) => text.replace('agency w', 'agency x'));
    expect(operated(kept())).toEqual(['mn.b.s']);
    expect(keeper.lastBuild).toBe('updated');
    await edit('a.gea', (text) => text.replace('agency x', 'agency w'));
    expect(operated(kept())).toEqual([]);
    expect(keeper.lastBuild).toBe('updated');
  });

  it('is what a whole build makes after any series of edits to statements and any text', async () => {
    let updated = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            file: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            line: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            other: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            op: fc.constantFrom('delete', 'duplicate', 'unresolve', 'repoint', 'type'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (steps) => {
          const { files, keeper, kept, edited } = await mongolia();
          const uris = Object.keys(files).sort();
          const statements = uris.flatMap((uri) => files[uri]!.split('\n').filter((line) => STATEMENT.test(line)));
          for (const { file, line, other, op } of steps) {
            const uri = uris[Math.floor(file * uris.length)]!;
            const lines = files[uri]!.split('\n');
            const candidates = lines.flatMap((text, at) => (STATEMENT.test(text) ? [at] : []));
            const at = candidates.length > 0 ? candidates[Math.floor(line * candidates.length)]! : Math.floor(line * lines.length);
            const text = lines[at]!;
            const keyword = text.trim().split(/\s+/)[0]!;
            const sameKind = statements.filter((statement) => statement.trim().split(/\s+/)[0] === keyword);
            if (op === 'delete') lines.splice(at, 1);
            else if (op === 'duplicate') lines.splice(at, 0, text);
            else if (op === 'unresolve') lines[at] = `${text}_zz`;
            else if (op === 'repoint' && sameKind.length > 0) lines[at] = sameKind[Math.floor(other * sameKind.length)]!;
            else lines[at] = `${text.slice(0, Math.floor(other * text.length))}x${text.slice(Math.floor(other * text.length))}`;
            await edited(uri, lines.join('\n'));
            kept();
            if (keeper.lastBuild === 'updated') updated++;
          }
        },
      ),
      { numRuns: 12, seed: 33 },
    );
    expect(updated).toBeGreaterThan(10);
  }, 120_000);
});
