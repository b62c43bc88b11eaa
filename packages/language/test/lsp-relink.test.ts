// The language server after an edit: documents that refer into the edited one resolve again only
// the references into it (and the unresolved ones); when the edit adds a name that another
// reference may now mean, those documents are linked again in full. The edited document is
// validated before the documents it affects are linked again, and those are validated again only
// for their link errors: their text, so the rest of their diagnostics, is the same. Their
// references that still resolve to the same place keep their entries in the reference index.
import {
  AstUtils,
  Cancellation,
  DocumentState,
  URI,
  type AstNode,
  type LangiumDocument,
  type Reference,
  type ReferenceInfo,
} from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { editorWorkspace } from '@gea-arch/fixtures';

const FILES: Record<string, string> = {
  'file:///ws/a.gea': 'namespace mn.b\nagency office "A" { kind agency }\n',
  'file:///ws/b.gea': 'namespace mn.b\ndata d1 "D1" { owner x }\ndata d2 "D2" { owner office }\n',
  'file:///ws/c.gea': 'namespace mn\nagency x "X" { kind agency }\n',
};

/** The agency `owner` of the data asset `name` in document `b` refers to. */
function ownerOf(document: LangiumDocument, name: string): AstNode | undefined {
  const root = document.parseResult.value as unknown as { declarations: Array<{ name: string; members: AstNode[] }> };
  const data = root.declarations.find((declaration) => declaration.name === name)!;
  const owner = data.members.find((member) => member.$type === 'OwnerProperty') as unknown as { agency: Reference };
  return owner.agency.ref;
}

function declaration(document: LangiumDocument, name: string): AstNode | undefined {
  const root = document.parseResult.value as unknown as { declarations: Array<AstNode & { name: string }> };
  return root.declarations.find((node) => node.name === name);
}

describe('relinking after an edit in the language server', () => {
  it('resolves again only the references into the edited document', async () => {
    const { gea, documents, edit } = await editorWorkspace({ ...FILES });
    const [a, b, c] = documents as [LangiumDocument, LangiumDocument, LangiumDocument];
    expect(ownerOf(b, 'd1')).toBe(declaration(c, 'x'));
    const resolved = vi.spyOn(gea.references.Linker, 'getCandidate');

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency office "A, renamed" { kind agency }\n');

    expect(b.state).toBe(DocumentState.Validated);
    expect(ownerOf(b, 'd2')).toBe(declaration(a, 'office'));
    expect(ownerOf(b, 'd1')).toBe(declaration(c, 'x'));
    const names = resolved.mock.calls.map(([info]) => info.reference.$refText);
    expect(names).toContain('office');
    expect(names).not.toContain('x');
  });

  it('links again the edited document, those that refer into it and those with a reference that did not resolve, no other', async () => {
    const { gea, edit } = await editorWorkspace({ ...FILES, 'file:///ws/d.gea': 'namespace mn\ndata d3 "D3" { owner nowhere }\n' });
    const linked = vi.spyOn(gea.references.Linker, 'link');

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency office "A, renamed" { kind agency }\n');

    const uris = linked.mock.calls.map(([document]) => document.uri.toString()).sort();
    expect(uris).toEqual(['file:///ws/a.gea', 'file:///ws/b.gea', 'file:///ws/d.gea']);
  });

  it('links a document again in full when the edit adds a name one of its references now means', async () => {
    const { documents, edit } = await editorWorkspace({ ...FILES });
    const [a, b] = documents as [LangiumDocument, LangiumDocument];

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency office "A" { kind agency }\nagency x "Nearer X" { kind agency }\n');

    expect(ownerOf(b, 'd1')).toBe(declaration(a, 'x'));
    expect(ownerOf(b, 'd2')).toBe(declaration(a, 'office'));
  });

  it('links a document again in full when a name declared in a document it never referred into now means one of its references', async () => {
    const { documents, edit } = await editorWorkspace({ ...FILES, 'file:///ws/e.gea': 'namespace mn.b\n' });
    const [, b, c, e] = documents as [LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument];
    expect(ownerOf(b, 'd1')).toBe(declaration(c, 'x'));

    await edit('file:///ws/e.gea', 'namespace mn.b\nagency x "Nearer X" { kind agency }\n');

    expect(ownerOf(b, 'd1')).toBe(declaration(e, 'x'));
    expect(ownerOf(b, 'd2')).toBe(declaration(documents[0]!, 'office'));
  });

  it('links again, after a build cancelled between linking and indexing, what the next edit affects', async () => {
    const files = { ...FILES };
    const { shared, documents, edit } = await editorWorkspace(files);
    const [, b] = documents as [LangiumDocument, LangiumDocument];
    const builder = shared.workspace.DocumentBuilder;
    // The first edit changes no name; its build is cancelled once `b` is linked, before it is indexed.
    const source = new Cancellation.CancellationTokenSource();
    const cancelling = builder.onDocumentPhase(DocumentState.Linked, (document) => {
      if (document.uri.toString() === 'file:///ws/b.gea') source.cancel();
    });
    files['file:///ws/a.gea'] = 'namespace mn.b\nagency office "A" { kind agency }\n// a comment\n';
    await expect(builder.update([URI.parse('file:///ws/a.gea')], [], source.token)).rejects.toThrow();
    cancelling.dispose();
    expect(b.state).toBe(DocumentState.Linked);

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency bureau "A" { kind agency }\n// a comment\n');

    expect(ownerOf(b, 'd2')).toBeUndefined();
    expect(b.diagnostics?.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/office/);
  });

  it('builds what a new name captures also when a cancelled build left another document unparsed', async () => {
    const files = { ...FILES, 'file:///ws/e.gea': 'namespace mn.b\n', 'file:///ws/f.gea': 'namespace mn\n' };
    const { shared, documents, edit } = await editorWorkspace(files);
    const [, b, , e, f] = documents as [LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument];
    const builder = shared.workspace.DocumentBuilder;
    // An edit of `f` whose build is cancelled at once (the next keystroke came): `f` is left to parse.
    files['file:///ws/f.gea'] = 'namespace mn\n// a comment\n';
    const source = new Cancellation.CancellationTokenSource();
    source.cancel();
    await expect(builder.update([URI.parse('file:///ws/f.gea')], [], source.token)).rejects.toThrow();
    expect(f.state).toBeLessThan(DocumentState.ComputedScopes);

    await edit('file:///ws/e.gea', 'namespace mn.b\nagency x "Nearer X" { kind agency }\n');

    expect(b.state).toBe(DocumentState.Validated);
    expect(ownerOf(b, 'd1')).toBe(declaration(e, 'x'));
  });

  it('links again what a new name captures when the build that indexed the name was cancelled before it compared exports', async () => {
    const files = { ...FILES, 'file:///ws/e.gea': 'namespace mn.b\n' };
    const { shared, documents, edit } = await editorWorkspace(files);
    const [, b, , e] = documents as [LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument];
    const builder = shared.workspace.DocumentBuilder;
    // The keystroke that declares `x`: its build is cancelled once `e` is indexed, before the exports are compared.
    const source = new Cancellation.CancellationTokenSource();
    const cancelling = builder.onDocumentPhase(DocumentState.IndexedContent, (document) => {
      if (document.uri.toString() === 'file:///ws/e.gea') source.cancel();
    });
    files['file:///ws/e.gea'] = 'namespace mn.b\nagency x "Nearer X" { kind agency }\n';
    await expect(builder.update([URI.parse('file:///ws/e.gea')], [], source.token)).rejects.toThrow();
    cancelling.dispose();

    await edit('file:///ws/e.gea', 'namespace mn.b\nagency x "Nearer X" { kind agency }\n// typed on\n');

    expect(ownerOf(b, 'd1')).toBe(declaration(e, 'x'));
  });

  it('reports a reference into a declaration the edit removed', async () => {
    const { documents, edit } = await editorWorkspace({ ...FILES });
    const [, b] = documents as [LangiumDocument, LangiumDocument];

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency bureau "A" { kind agency }\n');

    expect(ownerOf(b, 'd2')).toBeUndefined();
    expect(b.diagnostics?.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/office/);
  });

  it('validates the edited document before it links again the documents that refer into it', async () => {
    const { shared, documents, edit } = await editorWorkspace({ ...FILES });
    const [a, b] = documents as [LangiumDocument, LangiumDocument];
    const stateOfBWhenValidated = new Map<string, DocumentState>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document) =>
      stateOfBWhenValidated.set(document.uri.toString(), b.state),
    );

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency office "A, renamed" { kind agency }\n');

    expect(stateOfBWhenValidated.get(a.uri.toString())).toBeLessThan(DocumentState.Linked);
    expect(stateOfBWhenValidated.get(b.uri.toString())).toBe(DocumentState.Validated);
    expect(ownerOf(b, 'd2')).toBe(declaration(a, 'office'));
  });

  it('finds the link errors of a document linked again, keeping the diagnostics of its unchanged text', async () => {
    const files = {
      ...FILES,
      'file:///ws/b.gea': 'namespace mn.b\ndata d1 "D1" { owner x classification secretish }\ndata d2 "D2" { owner office }\n',
    };
    const { gea, documents, edit } = await editorWorkspace({ ...files });
    const [, b] = documents as [LangiumDocument, LangiumDocument];
    const validated = vi.spyOn(gea.validation.DocumentValidator, 'validateDocument');

    await edit('file:///ws/a.gea', 'namespace mn.b\nagency bureau "A" { kind agency }\n');

    expect(validated.mock.calls.map(([document]) => document.uri.toString())).toEqual(['file:///ws/a.gea']);
    const fresh = await editorWorkspace({ ...files, 'file:///ws/a.gea': 'namespace mn.b\nagency bureau "A" { kind agency }\n' });
    const [, freshB] = fresh.documents as [LangiumDocument, LangiumDocument];
    expect(b.diagnostics).toEqual(freshB.diagnostics);
    expect(b.diagnostics?.length).toBe(2);
  });

  it('indexes again only the references that resolve anew, and the index is the one a fresh build makes', async () => {
    const { shared, gea, documents, edit } = await editorWorkspace({ ...FILES });
    const [, b] = documents as [LangiumDocument, LangiumDocument];
    const provider = gea.workspace.ReferenceDescriptionProvider as unknown as { createInfoDescriptions(info: ReferenceInfo): unknown };
    const made = vi.spyOn(provider, 'createInfoDescriptions');
    const edited = 'namespace mn.b\nagency office "A, renamed" { kind agency }\n';

    await edit('file:///ws/a.gea', edited);

    const madeFor = (uri: string) =>
      made.mock.calls
        .filter(([info]) => AstUtils.getDocument(info.container).uri.toString() === uri)
        .map(([info]) => info.reference.$refText);
    expect(madeFor(b.uri.toString())).toEqual(['office']);
    const fresh = await editorWorkspace({ ...FILES, 'file:///ws/a.gea': edited });
    const entries = (services: typeof shared) =>
      services.workspace.IndexManager.findAllReferences(
        declaration(services.workspace.LangiumDocuments.getDocument(URI.parse('file:///ws/c.gea'))!, 'x')!,
        '/declarations@0',
      )
        .map((entry) => `${entry.sourceUri.toString()} ${entry.sourcePath} ${entry.targetUri.toString()} ${entry.targetPath}`)
        .toArray();
    expect(entries(shared)).toEqual(entries(fresh.shared));
    expect(entries(shared)).toHaveLength(1);
  });
  it('suggests from the names as they are after the edit, not as they were', async () => {
    const { documents, edit } = await editorWorkspace({
      'file:///ws/a.gea': 'namespace mn\nagency tax "Tax" { kind agency }\n',
      'file:///ws/b.gea': 'namespace mn\ndata d "D" { owner gars }\n',
    });
    const b = documents[1]!;
    const messages = () => (b.diagnostics ?? []).map((diagnostic) => diagnostic.message);
    expect(messages()).toEqual(['no agency named `gars` is declared; declare it, or check the name and namespace']);

    await edit('file:///ws/a.gea', 'namespace mn\nagency tax "Tax" { kind agency }\nagency gasr "GASR" { kind agency }\n');

    expect(messages()).toEqual(['no agency named `gars` is declared; did you mean `gasr`?']);
  });
});
