// Completion: the keywords valid at the cursor (never the keywords that only stand in for names,
// nor a property's keyword where the block already gives it), nothing in a comment or a string,
// references of the kind expected ranked by how near their namespace is, the fixed values of a
// property from the vocabulary, locales after `name`, rule ids after `rule`, and the fields of
// the data asset inside `{ … }`.
import {
  AstUtils,
  GrammarAST,
  type AstNode,
  type AstNodeDescription,
  type LangiumDocument,
  type MaybePromise,
  type ReferenceInfo,
  type Stream,
} from 'langium';
import {
  DefaultCompletionProvider,
  type CompletionAcceptor,
  type CompletionContext,
  type CompletionValueItem,
  type LangiumServices,
  type NextFeature,
} from 'langium/lsp';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver-protocol';
import { CompletionItemKind, type MarkupContent } from 'vscode-languageserver-types';
import { RULES } from '@gea-arch/core';
import type * as ast from '../generated/ast.js';
import { namespaceOf, qualifiedNameOf, relativeName } from '../scoping/qualified-names.js';
import { REPEATABLE_MEMBERS } from '../syntax/repeatable-members.js';
import type { SyntaxMessages } from '../syntax/messages.js';
import { valueSetOf } from '../syntax/value-sets.js';
import { isInCommentOrString } from './comment-or-string.js';
import type { EditorState } from './editor-state.js';
import { descriptionMarkdown } from './markdown-text.js';

/** The properties that read a Word (`Name ('-' Name)*`), by their keyword. */
const WORD_PROPERTIES: Readonly<Record<string, string>> = { kind: 'value', rule: 'rule' };

/**
 * Grammar rules whose keywords are not offered: names where they are called, and the `true` or
 * `false` after a flag, which the grammar reads only to report it (decision 0064).
 */
const UNOFFERED_RULES = new Set(['Keyword', 'Name', 'QualifiedName', 'Word', 'FlagValue']);

export class GeaCompletionProvider extends DefaultCompletionProvider {
  private readonly state: EditorState;
  private readonly messages: SyntaxMessages;
  // Typing the dot of a qualified name (`УБЕГ.`) asks for what is in that namespace.
  override readonly completionOptions = { triggerCharacters: ['.'] };

  constructor(services: LangiumServices & { editor: { State: EditorState }; syntax: { Messages: SyntaxMessages } }) {
    super(services);
    this.state = services.editor.State;
    this.messages = services.syntax.Messages;
  }

  override async getCompletion(
    document: LangiumDocument,
    params: CompletionParams,
    cancelToken?: CancellationToken,
  ): Promise<CompletionList | undefined> {
    const offset = document.textDocument.offsetAt(params.position);
    if (isInCommentOrString(document.textDocument.getText(), offset)) return { isIncomplete: false, items: [] };
    // In the locale of the document's workspace folder.
    return this.messages.forDocument(document.uri.toString(), () => super.getCompletion(document, params, cancelToken));
  }

  protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
    if (GrammarAST.isKeyword(next.feature)) {
      const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
      if (rule && UNOFFERED_RULES.has(rule.name)) return;
      if (rule && isGiven(rule.name, context)) return;
      return super.completionFor(context, next, acceptor);
    }
    if (GrammarAST.isRuleCall(next.feature) && next.property !== undefined)
      return this.completionForValue(context, next.property, acceptor);
    // `kind` and `rule` read a hyphenated Word: the follow set reaches the ID inside its first Name, without the property.
    if (GrammarAST.isRuleCall(next.feature) && AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === 'Name') {
      const keyword = propertyKeyword(context.textDocument.getText().slice(0, context.tokenOffset));
      const property = keyword !== undefined ? WORD_PROPERTIES[keyword] : undefined;
      if (property) return this.completionForValue(context, property, acceptor);
    }
    return super.completionFor(context, next, acceptor);
  }

  /** Values of a property that reads a name: fixed values, locales, rule ids. */
  private completionForValue(context: CompletionContext, property: string, acceptor: CompletionAcceptor): void {
    const keyword = propertyKeyword(context.textDocument.getText().slice(0, context.tokenOffset));
    if (!keyword) return;
    let values: readonly string[] | undefined;
    let kind: CompletionItemKind = CompletionItemKind.EnumMember;
    if (property === 'value' || property === 'values') {
      values = valueSetOf(keyword, blockOf(context.node));
    } else if (property === 'locale') {
      const analysis = this.state.analysisOf(context.document.uri.toString());
      values = analysis ? analysis.locales.filter((locale) => locale !== analysis.model.defaultLocale) : undefined;
      kind = CompletionItemKind.Constant;
    } else if (property === 'rule') {
      values = RULES.map((candidate) => candidate.id);
      kind = CompletionItemKind.Value;
    }
    for (const value of values ?? []) acceptor(context, { label: value, kind, detail: keyword, sortText: `0${value}` });
  }

  /** The element's description as the hover shows it, written as literal text (Langium's renders the doc comment as Markdown). */
  protected override getReferenceDocumentation(description: AstNodeDescription): MarkupContent | undefined {
    // A field's description names it alone (`register_no`), not a declaration.
    if (description.type === 'Field') return undefined;
    const element = this.state.element(description.documentUri.toString(), description.name);
    const text = element && descriptionMarkdown(element, this.messages.all.locale);
    return text ? { kind: 'markdown', value: text } : undefined;
  }

  /**
   * Not the declaration being written: named in its own `parent`, `issuer`, `on` or `depends-on`
   * it would be a cycle, never what is meant.
   */
  protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
    const candidates = super.getReferenceCandidates(refInfo, context);
    const declaration = enclosingDeclaration(refInfo.container);
    if (!declaration?.name) return candidates;
    const id = qualifiedNameOf(declaration);
    const uri = AstUtils.getDocument(declaration).uri.toString();
    return candidates.filter(
      (candidate) => candidate.type === 'Field' || candidate.name !== id || candidate.documentUri.toString() !== uri,
    );
  }

  protected override createReferenceCompletionItem(
    description: AstNodeDescription,
    refInfo: ReferenceInfo,
    context: CompletionContext,
  ): CompletionValueItem {
    const item = super.createReferenceCompletionItem(description, refInfo, context);
    const namespace = namespaceOf(context.node ?? refInfo.container);
    const relative = description.type === 'Field' ? description.name : relativeName(namespace, description.name);
    // A name being written from its root (`mn.`) is offered whole, as it is written.
    const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
    const label = typed.includes('.') && !relative.startsWith(typed) && description.name.startsWith(typed) ? description.name : relative;
    // Nearer first: fewer segments to write means a nearer namespace.
    const distance = label.split('.').length;
    return { ...item, label, detail: description.name, sortText: `${String(distance).padStart(3, '0')}${label}` };
  }
}

/** The top-level declaration a node is written in. */
function enclosingDeclaration(node: AstNode): ast.Declaration | undefined {
  let current: AstNode | undefined = node;
  while (current?.$container && current.$container.$type !== 'Model') current = current.$container;
  return current?.$container ? (current as ast.Declaration) : undefined;
}

/** Blocks in which one keyword takes its own set of values (`kind` in an agency, `formats` in `open`). */
const VALUE_BLOCKS = new Set(['Agency', 'Platform', 'Trust', 'Data', 'View', 'DependsOnStatement', 'OpenBlock']);

/** The innermost block of those the cursor is in. */
function blockOf(node: AstNode | undefined): string | undefined {
  for (let current = node; current; current = current.$container) if (VALUE_BLOCKS.has(current.$type)) return current.$type;
  return undefined;
}

/** Whether the block at the cursor already gives a member of this type that it may give once (other than the one at the cursor). */
function isGiven(type: string, context: CompletionContext): boolean {
  if (REPEATABLE_MEMBERS.has(type)) return false;
  const block = blockAt(context.node, context.offset, context.textDocument.getText());
  return (
    block?.members.some(
      (member) =>
        member.$type === type && !(member.$cstNode && member.$cstNode.offset <= context.offset && context.offset <= member.$cstNode.end),
    ) ?? false
  );
}

/** The innermost node with members whose braces hold the cursor (a block closed before it is left for its container). */
function blockAt(node: AstNode | undefined, offset: number, text: string): { members: readonly AstNode[] } | undefined {
  for (let current = node; current; current = current.$container) {
    const members = (current as { members?: unknown }).members;
    const cst = current.$cstNode;
    if (!Array.isArray(members) || !cst || cst.offset >= offset) continue;
    if (offset < cst.end || text.charAt(cst.end - 1) !== '}') return { members: members as AstNode[] };
  }
  return undefined;
}

/** The keyword of the property being written: `kind` in `kind |`, `levels` in `levels simple, |`. */
function propertyKeyword(before: string): string | undefined {
  const match = /([\p{L}_][\p{L}\p{N}_-]*)\s+(?:[\p{L}\p{N}_-]+\s*,\s*)*$/u.exec(before);
  return match?.[1];
}
