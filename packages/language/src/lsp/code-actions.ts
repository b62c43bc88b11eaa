// Quick fixes for findings: add the missing `name L`; give a `consumes` its purpose, legal basis
// and agreement; waive an integration rule's finding with a new waiver; replace a misspelt
// reference with a name it may have meant. Each edit is written in the layout of `gea fmt`.
import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type AstReflection, type LangiumDocument, type LeafCstNode } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { closestMatches, isIntegrationRuleId } from '@gea-arch/core';
import * as ast from '../generated/ast.js';
import { fieldsOf } from '../scoping/fields.js';
import type { GeaNameIndex } from '../scoping/name-index.js';
import { joinName, namespaceOf, qualifiedNameOf, relativeName } from '../scoping/qualified-names.js';
import type { SyntaxMessages } from '../syntax/messages.js';
import { INDENT } from '../formatter/canonical-layout.js';
import { declarationAtOffset } from './declarations.js';
import type { EditorState } from './editor-state.js';

/** What the language server puts in a diagnostic's `data`. */
export interface FindingData {
  readonly element?: string;
  readonly waived?: boolean;
  /** The plateaus at which it holds, when it holds at some of the declared ones only. */
  readonly plateaus?: readonly string[];
}

type Services = LangiumServices & {
  editor: { State: EditorState };
  references: { NameIndex: GeaNameIndex };
  syntax: { Messages: SyntaxMessages };
};

export class GeaCodeActionProvider implements CodeActionProvider {
  private readonly state: EditorState;
  private readonly names: GeaNameIndex;
  private readonly messages: SyntaxMessages;
  private readonly reflection: AstReflection;

  constructor(services: Services) {
    this.state = services.editor.State;
    this.names = services.references.NameIndex;
    this.messages = services.syntax.Messages;
    this.reflection = services.shared.AstReflection;
  }

  /** In the locale of the document's workspace folder. */
  getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
    return this.messages.forDocument(document.uri.toString(), () => this.actions(document, params));
  }

  private actions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const rule = String(diagnostic.code ?? '');
      const data = (diagnostic.data ?? {}) as FindingData;
      if (rule === 'name-translation') actions.push(...this.addNames(document, diagnostic));
      if (rule === 'consumption-legal-basis' || rule === 'agreement-required')
        actions.push(...this.completeConsumption(document, diagnostic));
      if (rule === 'unresolved-reference') actions.push(...this.didYouMean(document, diagnostic));
      if (rule === 'unused-waiver') actions.push(...this.removeWaiver(document, diagnostic));
      if (isIntegrationRuleId(rule) && data.element && !data.waived) actions.push(this.waiver(document, diagnostic, rule, data.element));
    }
    return actions;
  }

  private get words() {
    return this.messages.all.editor.actions;
  }

  private addNames(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const declaration = declarationAtOffset(document, document.textDocument.offsetAt(diagnostic.range.start));
    const analysis = this.state.analysisOf(document.uri.toString());
    if (!declaration?.name || !analysis) return [];
    const members = (declaration as { members?: AstNode[] }).members ?? [];
    const present = new Set(members.filter(ast.isNameProperty).map((name) => name.locale));
    const missing = analysis.locales.filter((locale) => locale !== analysis.model.defaultLocale && !present.has(locale));
    if (missing.length === 0) return [];
    const lines = missing.map(
      (locale) => `name ${locale} ${quote(locale === 'en' ? humanized(declaration.name) : (declaration.title ?? declaration.name))}`,
    );
    const edit = insertMembers(document, declaration, lines);
    return edit ? [quickFix(this.words.addName({ locale: missing.join(', ') }), diagnostic, document, [edit])] : [];
  }

  /** An unused waiver goes, with the line it ends and the blank line before it. */
  private removeWaiver(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const waiver = declarationAtOffset(document, document.textDocument.offsetAt(diagnostic.range.start));
    const node = waiver && ast.isWaiver(waiver) ? waiver.$cstNode : undefined;
    if (!node || !waiver?.name) return [];
    const text = document.textDocument.getText();
    let start = node.offset;
    while (start > 0 && text[start - 1] === '\n' && (start < 2 || text[start - 2] === '\n')) start--;
    let end = node.end;
    if (text[end] === '\n') end++;
    const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
    return [quickFix(this.words.removeWaiver({ waiver: waiver.name }), diagnostic, document, [{ range, newText: '' }])];
  }

  private completeConsumption(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const consumption = AstUtils.streamAst(document.parseResult.value)
      .filter(ast.isConsumesStatement)
      .find((node) => node.$cstNode !== undefined && node.$cstNode.offset <= offset && offset < node.$cstNode.end);
    if (!consumption) return [];
    const lines: string[] = [];
    if (!consumption.members.some(ast.isPurposeProperty)) lines.push(`purpose ${quote(this.words.purposePlaceholder)}`);
    if (!consumption.members.some(ast.isLegalBasisProperty)) {
      const law = this.lawFor(consumption);
      if (law) lines.push(`legal-basis ${relativeName(namespaceOf(consumption), law)}`);
    }
    if (!consumption.members.some(ast.isAgreementProperty)) lines.push(`agreement ${quote(this.words.agreementPlaceholder)}`);
    if (lines.length === 0) return [];
    const edit = insertMembers(document, consumption, lines);
    // The title names what is added: the legal basis only where a law is there to cite.
    const statements = lines.map((line) => `\`${line.slice(0, line.indexOf(' '))}\``).join(', ');
    return edit ? [quickFix(this.words.addToConsumption({ statements }), diagnostic, document, [edit])] : [];
  }

  /** The law the interface rests on, else the first law of the workspace. */
  private lawFor(consumption: ast.ConsumesStatement): string | undefined {
    const api = consumption.interface?.ref;
    const basis = api?.members.find(ast.isLegalBasisProperty)?.law?.ref;
    if (basis) return qualifiedNameOf(basis);
    for (const description of this.names.of(AstUtils.getDocument(consumption).uri).all()) {
      if (description.type === ast.Law.$type) return description.name;
    }
    return undefined;
  }

  private waiver(document: LangiumDocument, diagnostic: Diagnostic, rule: string, element: string): CodeAction {
    const root = document.parseResult.value as ast.Model;
    const namespace = root.namespace;
    const local = element.slice(element.lastIndexOf('.') + 1);
    const base = `waive_${rule.replace(/-/g, '_')}_${local}`;
    let name = base;
    const names = this.names.of(document.uri);
    for (let counter = 2; names.lookup(joinName(namespace, name)).length > 0; counter++) name = `${base}_${counter}`;
    const text = document.textDocument.getText();
    const lead = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    const body = [`rule ${rule}`, `on ${relativeName(namespace, element)}`, `reason ${quote(this.words.waiverReason)}`];
    const newText = `${lead}waiver ${name} {\n${body.map((line) => INDENT + line).join('\n')}\n}\n`;
    const end = document.textDocument.positionAt(text.length);
    return quickFix(this.words.createWaiver({ rule, element }), diagnostic, document, [{ range: { start: end, end }, newText }], false);
  }

  private didYouMean(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
      for (const info of AstUtils.streamReferences(node)) {
        const refNode = info.reference.$refNode;
        if (!refNode || refNode.offset > offset || offset >= refNode.end || ('ref' in info.reference && info.reference.ref)) continue;
        const written = info.reference.$refText;
        const names = this.candidates(info.container, this.reflection.getReferenceType(info));
        return closestMatches(written, names).map((name, index) =>
          quickFix(this.words.replaceWith({ name }), diagnostic, document, [{ range: refNode.range, newText: name }], index === 0),
        );
      }
    }
    return [];
  }

  private candidates(container: AstNode, type: string): string[] {
    if (type === ast.Field.$type) {
      const data = ast.isPayload(container) || ast.isStoresStatement(container) ? container.data?.ref : undefined;
      return data ? fieldsOf(data).map((field) => field.name) : [];
    }
    const namespace = namespaceOf(container);
    const names: string[] = [];
    for (const description of this.names.of(AstUtils.getDocument(container).uri).all()) {
      if (this.reflection.isSubtype(description.type, type)) names.push(relativeName(namespace, description.name));
    }
    return names;
  }
}

function quickFix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], preferred = true): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [document.uri.toString()]: edits } },
  };
}

/** Inserts member lines into a node's `{ … }` (made when it has none), laid out as the formatter would. */
function insertMembers(document: LangiumDocument, node: AstNode, lines: readonly string[]): TextEdit | undefined {
  const cst = node.$cstNode;
  if (!cst) return undefined;
  const textDocument = document.textDocument;
  const tokens = CstUtils.streamCst(cst)
    .filter((child): child is LeafCstNode => isLeafCstNode(child) && !child.hidden)
    .toArray();
  const open = tokens.find((token) => token.text === '{' && token.astNode === node);
  const lineStart = textDocument.offsetAt({ line: cst.range.start.line, character: 0 });
  const indent = /^[ \t]*/.exec(textDocument.getText().slice(lineStart, cst.offset))![0];
  const inner = indent + INDENT;
  if (!open) {
    const last = tokens[tokens.length - 1]!;
    const at = last.range.end;
    return { range: { start: at, end: at }, newText: ` {\n${lines.map((line) => inner + line).join('\n')}\n${indent}}` };
  }
  const next = tokens[tokens.indexOf(open) + 1];
  const multiline = next !== undefined && next.range.start.line > open.range.end.line;
  const at = open.range.end;
  const empty = next?.text === '}' && next.astNode === node;
  const newText =
    multiline || empty
      ? `\n${lines.map((line) => inner + line).join('\n')}${empty && !multiline ? `\n${indent}` : ''}`
      : ` ${lines.join(' ')}`;
  return { range: { start: at, end: at }, newText };
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `civil_registry` → "Civil registry": a start for an English name. */
function humanized(id: string): string {
  const words = id.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
