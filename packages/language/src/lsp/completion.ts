// Completion: the keywords valid at the cursor (never the keywords that only stand in for names),
// references of the kind expected ranked by how near their namespace is, the fixed values of a
// property from the vocabulary, locales after `name`, rule ids after `rule`, and the fields of
// the data asset inside `{ … }`.
import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
  DefaultCompletionProvider,
  type CompletionAcceptor,
  type CompletionContext,
  type CompletionValueItem,
  type LangiumServices,
  type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { RULES } from '@gea-arch/core';
import { namespaceOf, relativeName } from '../scoping/qualified-names.js';
import { valueSetOf } from '../syntax/value-sets.js';
import type { EditorState } from './editor-state.js';

/** Grammar rules whose keywords are names, not keywords, where they are called. */
const NAME_RULES = new Set(['Keyword', 'Name', 'QualifiedName', 'Word']);

export class GeaCompletionProvider extends DefaultCompletionProvider {
  private readonly state: EditorState;

  constructor(services: LangiumServices & { editor: { State: EditorState } }) {
    super(services);
    this.state = services.editor.State;
  }

  protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
    if (GrammarAST.isKeyword(next.feature)) {
      const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
      if (rule && NAME_RULES.has(rule.name)) return;
      return super.completionFor(context, next, acceptor);
    }
    if (GrammarAST.isRuleCall(next.feature)) return this.completionForValue(context, next, acceptor);
    return super.completionFor(context, next, acceptor);
  }

  /** Values of a property that reads a name: fixed values, locales, rule ids. */
  private completionForValue(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
    const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
    if (!assignment || !rule) return;
    const keyword = AstUtils.streamAst(rule.definition).find(GrammarAST.isKeyword)?.value;
    if (!keyword) return;
    let values: readonly string[] | undefined;
    let kind: CompletionItemKind = CompletionItemKind.EnumMember;
    if (assignment.feature === 'value' || assignment.feature === 'values') {
      values = valueSetOf(keyword, this.blockOf(context.node, rule.name));
    } else if (assignment.feature === 'locale') {
      const analysis = context.document && this.state.analysisOf(context.document.uri.toString());
      values = analysis ? analysis.locales.filter((locale) => locale !== analysis.model.defaultLocale) : undefined;
      kind = CompletionItemKind.Constant;
    } else if (assignment.feature === 'rule') {
      values = RULES.map((candidate) => candidate.id);
      kind = CompletionItemKind.Value;
    }
    for (const value of values ?? []) acceptor(context, { label: value, kind, detail: keyword, sortText: `0${value}` });
  }

  /** The grammar type of the block a property is written in (`Agency` for `kind` inside an agency). */
  private blockOf(node: AstNode | undefined, propertyType: string): string | undefined {
    let current = node;
    while (current && current.$type === propertyType) current = current.$container;
    return current?.$type;
  }

  protected override createReferenceCompletionItem(
    description: AstNodeDescription,
    refInfo: ReferenceInfo,
    context: CompletionContext,
  ): CompletionValueItem {
    const item = super.createReferenceCompletionItem(description, refInfo, context);
    const namespace = namespaceOf(context.node ?? refInfo.container);
    const label = description.type === 'Field' ? description.name : relativeName(namespace, description.name);
    // Nearer first: fewer segments to write means a nearer namespace.
    const distance = label.split('.').length;
    return { ...item, label, detail: description.name, sortText: `${String(distance).padStart(3, '0')}${label}` };
  }
}
