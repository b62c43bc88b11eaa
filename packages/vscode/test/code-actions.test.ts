// Quick fixes over stdio: every finding with a fix gets one, and applying it (as an editor applies
// a code action's edit) removes that finding without adding a syntax or link error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { applyEdits, uriOf, workspaceOf } from './support/workspace-copy.js';

const MODEL = `law pdp_law "Хувийн мэдээллийн хууль" { name en "Personal data law" }
agency a "Агентлаг А" { name en "Agency A" kind agency }
agency b "Агентлаг Б" { kind agency }
platform khur "ХУР" { name en "KHUR" kind exchange operator a }
data citizen "Иргэн" {
  name en "Citizen"
  owner a
  kind registry
  classification restricted
  privacy personal
  field register_no string "Регистр" key
}
system registry "Бүртгэл" { name en "Registry" owner a masters citizen }
interface info "Лавлагаа" {
  name en "Info"
  provider registry
  via khur
  version "1.0.0"
  legal-basis pdp_law
  operation get { output citizen { register_no } }
}
system client "Хэрэглэгч" {
  name en "Client"
  owner b
  consumes info
  uses khurr
}

waiver spare {
  rule single-master
  on citizen
  reason "Хуучин бүртгэл"
}
`;

interface FindingData {
  readonly element?: string;
  readonly waived?: boolean;
}

/** The open findings (not waived) of one rule on one element. */
function open(client: LspClient, uri: string, diagnostic: Diagnostic): Diagnostic[] {
  const { element } = (diagnostic.data ?? {}) as FindingData;
  return (client.diagnostics.get(uri) ?? []).filter(
    (other) =>
      other.code === diagnostic.code &&
      !(other.data as FindingData).waived &&
      ((other.data as FindingData).element ?? '') === (element ?? '') &&
      (diagnostic.code !== 'unresolved-reference' || other.range.start.line === diagnostic.range.start.line),
  );
}

describe('quick fixes', () => {
  let client: LspClient;
  let uri: string;

  beforeAll(async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    uri = uriOf(root, 'model.gea');
    client = await LspClient.start({
      command: await bundledServer(),
      folders: [root],
      initializationOptions: { locale: 'en', evaluationDate: '2026-06-01' },
    });
    await client.open(uri, MODEL);
    await client.settled();
  });
  afterAll(async () => {
    await client.stop();
  });

  async function actionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  /** Applies an action to the model, returns the diagnostics after it, and puts the model back. */
  async function afterApplying(action: CodeAction): Promise<void> {
    await client.change(uri, applyEdits(MODEL, action.edit!.changes![uri]!));
    await client.settled();
  }

  it('offers the fix of each kind of finding', async () => {
    const diagnostics = client.diagnostics.get(uri)!;
    const titles = new Map<string, string[]>();
    for (const diagnostic of diagnostics)
      titles.set(
        String(diagnostic.code),
        (await actionsFor(diagnostic)).map((action) => action.title),
      );
    expect(titles.get('name-translation')).toEqual(['Add `name en`', 'Waive `name-translation` on `b`']);
    expect(titles.get('consumption-legal-basis')).toEqual([
      'Add `purpose`, `legal-basis`, `agreement` to this consumption',
      'Waive `consumption-legal-basis` on `client`',
    ]);
    expect(titles.get('unresolved-reference')).toEqual(['Replace with `khur`']);
    expect(titles.get('interface-complete')).toEqual(['Waive `interface-complete` on `info`']);
    // No waiver is called unused while a name is unresolved (decision 0057).
    expect(titles.get('unused-waiver')).toBeUndefined();
  });

  it('names in its title what it adds to a consumption, and no more', async () => {
    const given = MODEL.replace('  consumes info\n', '  consumes info { purpose "Лавлах" legal-basis pdp_law }\n');
    await client.change(uri, given);
    await client.settled();
    const agreement = (client.diagnostics.get(uri) ?? []).find((diagnostic) => diagnostic.code === 'agreement-required')!;
    const [fix] = await actionsFor(agreement);
    expect(fix!.title).toBe('Add `agreement` to this consumption');
    expect(applyEdits(given, fix!.edit!.changes![uri]!)).toContain('consumes info { agreement "Agreement reference" purpose "Лавлах"');
    await client.change(uri, MODEL);
    await client.settled();
  });

  it('offers to remove a waiver that is unused once every name resolves and nothing required is missing, and removing it leaves none', async () => {
    // While `info` lacks its style, the rules do not judge it, and no waiver is called unused (decision 0057).
    const resolved = MODEL.replace('uses khurr', 'uses khur').replace('  via khur\n', '  via khur\n  style graphql\n');
    await client.change(uri, resolved);
    await client.settled();
    const unused = (client.diagnostics.get(uri) ?? []).filter((diagnostic) => diagnostic.code === 'unused-waiver');
    expect(unused).toHaveLength(1);
    const actions = await actionsFor(unused[0]!);
    expect(actions.map((action) => action.title)).toEqual(['Remove waiver `spare`']);
    await client.change(uri, applyEdits(resolved, actions[0]!.edit!.changes![uri]!));
    await client.settled();
    expect((client.diagnostics.get(uri) ?? []).filter((diagnostic) => diagnostic.code === 'unused-waiver')).toEqual([]);
    await client.change(uri, MODEL);
    await client.settled();
  });

  it('removes the finding it fixes, and adds no syntax or link error', async () => {
    const original = [...client.diagnostics.get(uri)!];
    let applied = 0;
    for (const diagnostic of original) {
      for (const action of await actionsFor(diagnostic)) {
        await afterApplying(action);
        const after = client.diagnostics.get(uri) ?? [];
        expect(open(client, uri, diagnostic), `${action.title} removes ${String(diagnostic.code)}`).toEqual([]);
        const broken = (list: readonly Diagnostic[]) =>
          list.filter((other) => other.code === 'syntax' || other.code === 'unresolved-reference').map((other) => other.message);
        const added = broken(after).filter((message) => !broken(original).includes(message));
        expect(added, `${action.title} adds no syntax or link error`).toEqual([]);
        applied++;
        await client.change(uri, MODEL);
        await client.settled();
      }
    }
    expect(applied).toBeGreaterThanOrEqual(original.length);
  });
});
