// The language server's kept model (decision 0033): after an edit, the declarations of the edited
// documents are built anew and every other reference is re-pointed in place where it now names
// something else; the model is the one a whole build of the same documents makes, element for
// element and in the same order, the lists of those that name an element included. Other options,
// or documents added or removed, build the whole model. Its plateau projections are updated from
// the last model's (decision 0035) and are, at every plateau, what a projection of the whole build is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finished, modelAt, RULES, runRules, type Interface, type PlateauModel, type SemanticModel, type System } from '@gea-arch/core';
import { editorWorkspace, geaFilesIn, MONGOLIA_EXAMPLE, plainElements, TEST_DATE } from '@gea-arch/fixtures';
import { buildSemanticModel, ModelKeeper } from '@gea-arch/language';
import type { LangiumDocument } from 'langium';

const OPTIONS = { evaluationDate: TEST_DATE, defaultLocale: 'mn' };
const RULE_OPTIONS = { evaluationDate: TEST_DATE, locales: ['mn', 'en'] };

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
    model.plateaus.forEach((plateau, index) => expectSameProjection(modelAt(model, plateau), modelAt(whole, whole.plateaus[index]!)));
    // The rules on the kept model's projections and indexes (duplicate-data's, updated from the last model's) find what they find on a whole build's.
    expect(runRules(model, RULES, RULE_OPTIONS)).toEqual(runRules(whole, RULES, RULE_OPTIONS));
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
  /** The kept model updated, its projections not asked for (an analysis that stopped before the rules). */
  const updatedOnly = () => finished(keeper.build(documents(), OPTIONS));
  return { files, keeper, kept, updatedOnly, edit, edited: workspace.edit };
}

/** The same elements, in the same order, each item of a list of those that name an element the very object its owner holds. */
function expectSameProjection(mine: PlateauModel, theirs: PlateauModel): void {
  const [plainMine, plainTheirs] = [plainElements(mine), plainElements(theirs)];
  expect(plainMine.length).toBe(plainTheirs.length);
  const differing = plainMine.findIndex((element, at) => JSON.stringify(element) !== JSON.stringify(plainTheirs[at]));
  if (differing >= 0)
    expect({ plateau: mine.plateau.id, element: plainMine[differing] }).toEqual({
      plateau: theirs.plateau.id,
      element: plainTheirs[differing],
    });
  const elements = new Set<object>(mine.elements);
  const held = (item: object, owner: object, list: readonly object[]) => elements.has(owner) && list.includes(item);
  const strays: string[] = [];
  for (const element of mine.elements) {
    const lists: Array<[string, readonly object[], (item: never) => boolean]> = [];
    if (element.kind === 'agency')
      lists.push(
        ['children', element.children, (item) => elements.has(item)],
        ['systems', element.systems, (item) => elements.has(item)],
        ['data', element.data, (item) => elements.has(item)],
        ['operates', element.operates, (item) => elements.has(item)],
      );
    if (element.kind === 'platform')
      lists.push(
        ['interfaces', element.interfaces, (item) => elements.has(item)],
        ['hosts', element.hosts, (item) => elements.has(item)],
        ['users', element.users, (item: { system: { uses: object[] } }) => held(item, item.system, item.system.uses)],
      );
    if (element.kind === 'data') {
      lists.push([
        'masteredBy',
        element.masteredBy,
        (item: { system: { masters: object[] } }) => held(item, item.system, item.system.masters),
      ]);
      lists.push(['storedBy', element.storedBy, (item: { system: { stores: object[] } }) => held(item, item.system, item.system.stores)]);
      lists.push([
        'signedBy',
        element.signedBy,
        (item: { system: { signings: object[] } }) => held(item, item.system, item.system.signings),
      ]);
      lists.push([
        'carriedBy',
        element.carriedBy,
        (item: { interface: { payloads: object[] } }) => held(item, item.interface, item.interface.payloads),
      ]);
    }
    if (element.kind === 'interface')
      lists.push([
        'consumedBy',
        element.consumedBy,
        (item: { system: { consumes: object[] } }) => held(item, item.system, item.system.consumes),
      ]);
    if (element.kind === 'system')
      lists.push(
        ['provides', element.provides, (item) => elements.has(item)],
        [
          'dependedOnBy',
          element.dependedOnBy,
          (item: { system: { dependsOn: object[] } }) => held(item, item.system, item.system.dependsOn),
        ],
      );
    if (element.kind === 'trust') {
      lists.push(['issues', element.issues, (item) => elements.has(item)]);
      lists.push([
        'reliedOnBy',
        element.reliedOnBy,
        (item: { owner: { signature?: object; kind: string; system?: { signings: object[] } } }) =>
          item.owner.signature === item &&
          (item.owner.kind === 'interface' ? elements.has(item.owner) : held(item.owner, item.owner.system!, item.owner.system!.signings)),
      ]);
    }
    for (const [key, list, belongs] of lists) if (!list.every((item) => belongs(item as never))) strays.push(`${element.id}.${key}`);
  }
  expect(strays).toEqual([]);
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

  it('has its projections updated in place when an edit changes what names an element in another document', async () => {
    const files = {
      'file:///ws/0.gea': 'plateau current "Now" { date 2026-01-01 }\nplateau target "Later" { date 2028-12-31 }\n',
      'file:///ws/a.gea': [
        'agency a "A" { kind agency }',
        'platform p "P" { kind exchange operator a }',
        'trust root "Root" { kind ca operator a }',
        'trust t "T" { kind ca operator a issuer root }',
        'data d "D" {',
        '  owner a',
        '  kind registry',
        '  field code string "Code" key',
        '  field home e "Home"',
        '}',
        'system sa "SA" { owner a masters d }',
        'system sx "SX" { owner b }',
        'interface i "I" {',
        '  provider sa',
        '  via p',
        '  style rest',
        '  signature { level qualified format JAdES with t timestamp t }',
        '  operation get { input d { code } output d { code } }',
        '}',
        '',
      ].join('\n'),
      'file:///ws/b.gea': [
        'agency b "B" { kind agency }',
        'data e "E" { owner b kind registry field code string "Code" key }',
        'system sb "SB" {',
        '  owner b',
        '  operator a',
        '  hosting p',
        '  stores d { code }',
        '  consumes i { purpose "x" }',
        '  depends-on sa "direct"',
        '  uses p',
        '  signs d { level qualified format PAdES with t }',
        '  masters e (until target)',
        '}',
        'system sc "SC" { owner b from target consumes i { purpose "y" } hosting q }',
        '',
      ].join('\n'),
      'file:///ws/c.gea': 'agency c "C" { kind agency }\n',
    };
    const texts = { ...files };
    const { kept, updatedOnly, edited } = await keptWorkspace(files);
    const at = (m: SemanticModel, id: string, plateau = 0) => modelAt(m, m.plateaus[plateau]!).byId.get(id);
    kept();
    // Each statement of b taken away and put back, then each line of a: the lists of a's elements change, or b's references.
    for (const uri of ['file:///ws/b.gea', 'file:///ws/a.gea'] as const) {
      const lines = texts[uri].split('\n');
      for (const [index, line] of lines.entries()) {
        if (!/^\s+\w|^\w+ \w+ "[^"]*" \{ .* \}$/.test(line)) continue;
        await edited(uri, lines.filter((_, other) => other !== index).join('\n'));
        kept();
        await edited(uri, texts[uri]);
        kept();
      }
    }
    const api = at(kept(), 'i') as Interface;
    expect(api.consumedBy).toHaveLength(1);
    await edited('file:///ws/b.gea', texts['file:///ws/b.gea'].replace('  consumes i { purpose "x" }\n', ''));
    const after = kept();
    expect(at(after, 'i') === api).toBe(true);
    expect(api.consumedBy).toHaveLength(0);
    expect((at(after, 'i', 1) as Interface).consumedBy.map((consumes) => consumes.system.id)).toEqual(['sc']);
    await edited('file:///ws/b.gea', texts['file:///ws/b.gea'].replace('operator a', 'operator b'));
    kept();
    // Two edits, the first model's projections never made: the second's are updated from the model before both.
    await edited('file:///ws/a.gea', texts['file:///ws/a.gea'].replace('  via p\n', '').replace('owner b', 'owner c'));
    const agencyC = updatedOnly().byId.get('c')!;
    await edited('file:///ws/c.gea', `${texts['file:///ws/c.gea']}agency c2 "C2" { kind agency }\n`);
    const twice = kept();
    expect(modelAt(twice, twice.plateaus[0]!).at(agencyC)).toBeUndefined();
    // `hosting q` in b, unresolved, names the platform an edit of a declares.
    await edited('file:///ws/a.gea', `${texts['file:///ws/a.gea']}platform q "Q" { kind hosting operator a }\n`);
    expect((at(kept(), 'sc', 1) as System).hosting?.target?.id).toBe('q');
  });

  it('updates the projection at the plateau a workspace without plateaus is evaluated at', async () => {
    const { kept, edit } = await keptWorkspace({
      'file:///ws/a.gea': 'agency a "A" { kind agency }\nsystem s "S" { owner a }\n',
      'file:///ws/b.gea': 'agency b "B" { kind agency }\n',
    });
    const before = kept();
    const copy = modelAt(before, before.plateaus[0]!).byId.get('s');
    await edit('b.gea', (text) => text.replace('"B"', '"B, renamed"'));
    const after = kept();
    expect(after.plateaus[0]).toBe(before.plateaus[0]);
    expect(modelAt(after, after.plateaus[0]!).byId.get('s')).toBe(copy);
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
