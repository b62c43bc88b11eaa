// The bundled language server driven over stdio as an editor drives it, on the national example:
// diagnostics equal to `gea check`, completion, hover, definition, references, rename across files,
// symbols, folding, semantic tokens, formatting, code lenses and the diagram preview.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  LocationLink,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { FindingRecord } from '@gea-arch/compiler';
import { createSourceFormatter } from '@gea-arch/language/lsp';
import { CONFORMANCE_DIR, MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { bundledServer, GEA_BIN } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { positionOf } from './support/positions.js';
import { applyEdits, applyWorkspaceEdit, copyOf, uriOf } from './support/workspace-copy.js';

const DATE = '2026-06-01';

/** The .gea files below a folder, relative to it. */
function geaFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.gea'))
    .map((file) => file.split('\\').join('/'));
}
let server: string[];

beforeAll(async () => {
  server = await bundledServer();
});

/** The bundled server on `folder`, speaking English, evaluating at DATE. */
function startServer(folder: string): Promise<LspClient> {
  return LspClient.start({ command: server, folders: [folder], initializationOptions: { locale: 'en', evaluationDate: DATE } });
}

/** A finding as `gea check --format json` writes it. */
type CheckRecord = Pick<FindingRecord, 'rule' | 'severity' | 'message' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'waived'>;

function geaCheck(folder: string): CheckRecord[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [GEA_BIN, 'check', folder, '--format', 'json', '--locale', 'en', '--date', DATE], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { findings: CheckRecord[] }).findings;
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

/** A finding as one line, the same from `gea check` and from a diagnostic. */
function line(record: Omit<CheckRecord, 'severity'> & { severity?: string }): string {
  const severity = record.waived ? 'waived' : record.severity;
  return `${record.file}:${record.line}:${record.column}-${record.endLine}:${record.endColumn} ${record.rule} ${severity} ${record.message}`;
}

function diagnosticLines(client: LspClient, root: string): string[] {
  const lines: string[] = [];
  for (const [uri, diagnostics] of client.diagnostics) {
    if (!uri.endsWith('.gea')) continue;
    const file = relative(root, fileURLToPath(uri)).split('\\').join('/');
    for (const diagnostic of diagnostics) {
      const waived = (diagnostic.data as { waived?: boolean } | undefined)?.waived === true;
      lines.push(
        line({
          rule: String(diagnostic.code),
          severity: SEVERITY[diagnostic.severity ?? 1],
          message: diagnostic.message,
          file,
          line: diagnostic.range.start.line + 1,
          column: diagnostic.range.start.character + 1,
          endLine: diagnostic.range.end.line + 1,
          endColumn: diagnostic.range.end.character + 1,
          waived,
        }),
      );
    }
  }
  return lines.sort();
}

describe.each([
  ['the conformance models', CONFORMANCE_DIR],
  ['examples/mongolia', MONGOLIA_EXAMPLE],
])('diagnostics on %s', (_name, folder) => {
  it('are the findings of gea check --format json, finding for finding', async () => {
    const client = await startServer(folder);
    try {
      const counts = await client.settled();
      const expected = geaCheck(folder);
      expect(expected.length).toBeGreaterThan(0);
      expect(diagnosticLines(client, folder)).toEqual(expected.map(line).sort());
      expect(counts.error + counts.warning + counts.info + counts.waived).toBe(expected.length);
      const anyDiagnostic = [...client.diagnostics.values()].flat()[0] as Diagnostic;
      expect(anyDiagnostic.source).toBe('gea');
      expect(anyDiagnostic.codeDescription?.href).toMatch(new RegExp(`docs/rules\\.md#${String(anyDiagnostic.code)}$`));
    } finally {
      await client.stop();
    }
  });
});

describe('the plateaus of a finding', () => {
  it('travel in its data and its hover when it holds at some declared plateaus only, the message staying gea check’s', async () => {
    const client = await startServer(CONFORMANCE_DIR);
    try {
      await client.settled();
      const some = [...client.diagnostics.entries()].flatMap(([uri, list]) =>
        list
          .filter((diagnostic) => (diagnostic.data as { plateaus?: string[] }).plateaus?.join() === 'target')
          .map((diagnostic) => ({ uri, diagnostic })),
      );
      expect(some.length).toBeGreaterThan(0);
      const { uri, diagnostic } = some[0]!;
      expect(diagnostic.message).not.toMatch(/\[target\]$/);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
      expect((hover.contents as { value: string }).value).toContain('Holds at `target`');
    } finally {
      await client.stop();
    }
  });
});

describe('diagnostics after edits', () => {
  it('are the findings of gea check on the edited files, in the edited file and in the files that refer into it', async () => {
    const root = copyOf(MONGOLIA_EXAMPLE);
    const client = await startServer(root);
    try {
      await client.settled();
      const path = 'agencies/gasr/gasr.gea';
      const uri = uriOf(root, path);
      const text = readFileSync(join(root, path), 'utf8');
      await client.open(uri, text);
      await client.settled();
      // A renamed interface leaves the references of other files unresolved; a changed title changes no export.
      const renamed = text.replace('interface citizen_info', 'interface citizen_lookup');
      const retitled = (source: string) => source.replace(/"[^"]*"/, '"Edited"');
      for (const edited of [renamed, retitled(renamed), retitled(text)]) {
        await client.change(uri, edited);
        const counts = await client.settled();
        writeFileSync(join(root, path), edited);
        const expected = geaCheck(root);
        expect(diagnosticLines(client, root)).toEqual(expected.map(line).sort());
        expect(counts.error + counts.warning + counts.info + counts.waived).toBe(expected.length);
      }
    } finally {
      await client.stop();
    }
  });
});

describe('language features on examples/mongolia', () => {
  let client: LspClient;
  const gasr = join(MONGOLIA_EXAMPLE, 'agencies/gasr/gasr.gea');
  const gasrUri = uriOf(MONGOLIA_EXAMPLE, 'agencies/gasr/gasr.gea');
  const gasrText = readFileSync(gasr, 'utf8');
  const police = 'agencies/police/police.gea';
  const policeUri = uriOf(MONGOLIA_EXAMPLE, police);
  const policeText = readFileSync(join(MONGOLIA_EXAMPLE, police), 'utf8');

  beforeAll(async () => {
    client = await startServer(MONGOLIA_EXAMPLE);
    await client.open(gasrUri, gasrText);
    await client.open(policeUri, policeText);
    await client.settled();
  });
  afterAll(async () => {
    await client.stop();
  });

  it('completes the agencies after `owner`, nearest namespace first, and no keyword', async () => {
    const at = positionOf(gasrText, 'owner gasr', 'owner '.length);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: gasrUri }, position: at });
    const labels = list.items.map((item) => item.label);
    expect(labels).toContain('gasr');
    expect(labels).toContain('mta');
    expect(labels).not.toContain('data');
    expect(labels).not.toContain('civil_registry');
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]!.label.split('.').length).toBe(1);
  });

  it('completes the fixed values of a property from the vocabulary', async () => {
    const at = positionOf(gasrText, 'classification restricted', 'classification '.length);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: gasrUri }, position: at });
    expect(list.items.map((item) => item.label)).toEqual(expect.arrayContaining(['public', 'internal', 'restricted', 'secret']));
  });

  it('completes the kinds after `kind` and the rule ids after `rule` (both read hyphenated words)', async () => {
    const kind = positionOf(gasrText, 'kind registry', 'kind '.length);
    const kinds = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: gasrUri }, position: kind });
    expect(kinds.items.map((item) => item.label)).toEqual(expect.arrayContaining(['registry', 'dataset', 'document']));
    const rule = positionOf(policeText, 'rule cross-agency-via-platform', 'rule '.length);
    const rules = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: policeUri }, position: rule });
    expect(rules.items.map((item) => item.label)).toEqual(expect.arrayContaining(['cross-agency-via-platform', 'single-master']));
  });

  it('asks for completion on the dot of a qualified name, and completes a name written from its root', async () => {
    expect(client.capabilities.completionProvider?.triggerCharacters).toEqual(['.']);
    const edited = policeText.replace('consumes gasr.citizen_info {', 'consumes mn.gasr.citizen_info {');
    await client.change(policeUri, edited);
    await client.settled();
    const at = positionOf(edited, 'consumes mn.gasr.citizen_info', 'consumes mn.'.length);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: policeUri },
      position: at,
      context: { triggerKind: 2, triggerCharacter: '.' },
    });
    expect(list.items.map((item) => item.label)).toContain('mn.gasr.citizen_info');
    await client.change(policeUri, policeText);
  });

  it('completes the properties valid inside a block and the fields of a data asset inside `{ … }`', async () => {
    const inside = positionOf(gasrText, '  owner gasr', 2);
    const keywords = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: gasrUri }, position: inside });
    const labels = keywords.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['owner', 'retention', 'field', 'fields', 'name', 'description']));
    // A property the block already gives once is not offered again; one that may repeat is.
    expect(labels).not.toContain('classification');
    expect(labels).not.toContain('privacy');
    const welfare = 'agencies/welfare/welfare.gea';
    const welfareText = readFileSync(join(MONGOLIA_EXAMPLE, welfare), 'utf8');
    const welfareUri = uriOf(MONGOLIA_EXAMPLE, welfare);
    await client.open(welfareUri, welfareText);
    const field = positionOf(welfareText, 'stores gasr.citizen { register_no', 'stores gasr.citizen { '.length);
    const fields = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: welfareUri }, position: field });
    expect(fields.items.map((item) => item.label)).toEqual(expect.arrayContaining(['register_no', 'given_name', 'birth_date']));
  });

  it('offers nothing in a comment or a string', async () => {
    const comment = positionOf(gasrText, '// Улсын бүртгэлийн', '// Улсын '.length);
    const inComment = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: gasrUri },
      position: comment,
    });
    expect(inComment.items).toEqual([]);
    const string = positionOf(gasrText, 'name en "Civil register', 'name en "Civ'.length);
    const inString = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: gasrUri }, position: string });
    expect(inString.items).toEqual([]);
  });

  it('hovers a reference with the names in every locale, the kind, the owner and the classification', async () => {
    const at = positionOf(policeText, 'gasr.citizen_info', 'gasr.'.length + 2);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: policeUri }, position: at });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('interface');
    expect(text).toContain('`mn.gasr.citizen_info`');
    expect(text).toMatch(/- mn: /);
    expect(text).toMatch(/- en: /);
    expect(text).toContain('Provider: `mn.gasr.civil_registry`');
    expect(text).toMatch(/Classification: /);
  });

  it('hovers a waiver’s rule id with what the rule checks, and the waiver with its rule, element and reason', async () => {
    const at = positionOf(policeText, 'rule cross-agency-via-platform', 'rule '.length + 3);
    const rule = await client.request<Hover>('textDocument/hover', { textDocument: { uri: policeUri }, position: at });
    expect((rule.contents as { value: string }).value).toMatch(/^\*\*Rule `cross-agency-via-platform` \(error by default\)\*\*/);
    const waiver = /waiver (\w+)/.exec(policeText)!;
    const name = positionOf(policeText, waiver[0], 'waiver '.length + 1);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: policeUri }, position: name });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('Rule: `cross-agency-via-platform`');
    expect(text).toMatch(/On: `mn\.police\.\w+`/);
    expect(text).toMatch(/Reason: \S/);
  });

  it('hovers a finding with what its rule checks and why', async () => {
    const waived = client.diagnostics.get(policeUri)!.find((diagnostic) => diagnostic.code === 'cross-agency-via-platform')!;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: policeUri }, position: waived.range.start });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('`cross-agency-via-platform`');
    expect(text).toContain('Waived by');
    expect(text).toContain('```gea');
  });

  it('goes to the definition in another file and finds the references in every file', async () => {
    const at = positionOf(policeText, 'gasr.citizen_info', 'gasr.'.length + 2);
    const definition = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: policeUri }, position: at });
    expect(definition[0]!.targetUri).toBe(gasrUri);
    expect(definition[0]!.targetRange.start.line).toBe(positionOf(gasrText, 'interface citizen_info').line);
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: gasrUri },
      position: positionOf(gasrText, 'interface citizen_info', 'interface '.length + 1),
      context: { includeDeclaration: true },
    });
    const files = new Set(references.map((reference) => relative(MONGOLIA_EXAMPLE, fileURLToPath(reference.uri)).split('\\').join('/')));
    const written = geaFiles(MONGOLIA_EXAMPLE).filter((file) =>
      /\bcitizen_info\b/.test(readFileSync(join(MONGOLIA_EXAMPLE, file), 'utf8')),
    );
    expect(written.length).toBeGreaterThan(5);
    expect([...files].sort()).toEqual(written.sort());
  });

  it('lists the declarations of a file with their titles and finds symbols in the workspace', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: gasrUri } });
    expect(symbols.map((symbol) => symbol.name)).toEqual(expect.arrayContaining(['citizen', 'civil_registry', 'citizen_info']));
    // Each with its title beside it, as the outline shows it.
    const citizen = symbols.find((symbol) => symbol.name === 'citizen')!;
    expect(citizen.detail).toBe(/data citizen "([^"]+)"/.exec(gasrText)![1]);
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'citizen_info' });
    expect(found.map((symbol) => symbol.name)).toContain('mn.gasr.citizen_info');
    // By title too, shown beside the name.
    const byTitle = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Иргэний улсын' });
    expect(byTitle.find((symbol) => symbol.name === 'mn.gasr.citizen')?.containerName).toBe('Иргэний улсын бүртгэл');
    // And by its name in another locale (`name en "Civil register of citizens"`).
    const byEnglishName = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Civil register of' });
    expect(byEnglishName.map((symbol) => symbol.name)).toContain('mn.gasr.citizen');
  });

  it('folds blocks and comments, and colours names by what they name', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: gasrUri } });
    expect(folds.length).toBeGreaterThan(10);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: gasrUri } });
    expect(tokens.data.length).toBeGreaterThan(100);
    expect(tokens.data.length % 5).toBe(0);
  });

  it('formats as gea fmt does', async () => {
    const messy = gasrText.replace('  owner gasr\n  kind registry', '    owner   gasr\n kind    registry');
    await client.change(gasrUri, messy);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: gasrUri },
      options: { tabSize: 4, insertSpaces: true },
    });
    expect(edits.length).toBeGreaterThan(0);
    expect(applyEdits(messy, edits)).toBe(createSourceFormatter()(messy).text);
    await client.change(gasrUri, gasrText);
    await client.settled();
  });

  it('offers "Preview diagram" over views, agencies and systems', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: gasrUri } });
    expect(lenses.length).toBeGreaterThan(3);
    expect(lenses.every((lens) => lens.command?.command === 'gea.previewDiagram' && lens.command.title === 'Preview diagram')).toBe(true);
    expect(lenses.map((lens) => lens.command!.arguments![1])).toContain('mn.gasr.civil_registry');
  });

  it('draws the preview of a view, and of the element at the cursor, as SVG', async () => {
    const view = await client.request<{ view: string; svg: string; locations: Record<string, Location> }>('gea/preview', {
      uri: gasrUri,
      view: 'mn.registers_landscape',
    });
    expect(view.view).toBe('mn.registers_landscape');
    expect(view.svg.startsWith('<svg')).toBe(true);
    expect(view.svg).toContain('data-id="mn.gasr.civil_registry"');
    expect(view.locations['mn.gasr.civil_registry']!.uri).toBe(gasrUri);
    const atCursor = await client.request<{ view: string; svg: string }>('gea/preview', {
      uri: gasrUri,
      position: positionOf(gasrText, 'system civil_registry', 8),
    });
    expect(atCursor.view).toBe('context-mn.gasr.civil_registry');
    expect(atCursor.svg).toContain('data-id="mn.gasr.civil_registry"');
  });
});

describe('rename', () => {
  it('renames an interface and its qualified references across files, and the workspace still compiles', async () => {
    const root = copyOf(MONGOLIA_EXAMPLE);
    const before = geaCheck(root);
    const client = await startServer(root);
    try {
      await client.settled();
      const uri = uriOf(root, 'agencies/gasr/gasr.gea');
      const text = readFileSync(join(root, 'agencies/gasr/gasr.gea'), 'utf8');
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri },
        position: positionOf(text, 'interface citizen_info', 'interface '.length),
        newName: 'citizen_lookup',
      });
      expect(Object.keys(edit.changes!).length).toBeGreaterThanOrEqual(5);
      const texts = applyWorkspaceEdit(edit);
      expect([...texts.values()].join('\n')).not.toMatch(/\bcitizen_info\b/);
      expect([...texts.values()].join('\n')).toContain('consumes gasr.citizen_lookup');
      const after = geaCheck(root);
      const shape = (records: CheckRecord[]) => records.map((record) => `${record.file}:${record.line} ${record.rule}`).sort();
      expect(after.filter((record) => record.rule === 'unresolved-reference' || record.rule === 'syntax')).toEqual([]);
      expect(shape(after)).toEqual(shape(before));
    } finally {
      await client.stop();
    }
  });

  it('refuses a name that is not an identifier with an error reply in the server’s language', async () => {
    const root = copyOf(MONGOLIA_EXAMPLE);
    const client = await startServer(root);
    try {
      await client.settled();
      const uri = uriOf(root, 'agencies/gasr/gasr.gea');
      const text = readFileSync(join(root, 'agencies/gasr/gasr.gea'), 'utf8');
      const rename = client.request('textDocument/rename', {
        textDocument: { uri },
        position: positionOf(text, 'interface citizen_info', 'interface '.length),
        newName: 'citizen-lookup',
      });
      // An error reply, not a result: one copy of the JSON-RPC library on the server's side.
      await expect(rename).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('`citizen-lookup` is not a name') });
    } finally {
      await client.stop();
    }
  });
});
