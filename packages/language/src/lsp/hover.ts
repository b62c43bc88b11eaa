// Hover: what a declaration is (its names in every locale, kind, owner, description,
// classification, lifecycle) wherever it is declared or referenced, and on a finding what the
// rule checks and why, and over a waiver's rule id what that rule checks, in the words of the
// workspace locale.
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { HoverParams } from 'vscode-languageserver-protocol';
import type { Hover } from 'vscode-languageserver-types';
import { findRule, isRuleId, partialPlateaus, wordsFor, type Element, type Finding, type SemanticModel, type Words } from '@gea-arch/core';
import { isDeclaration, isField, isRuleProperty, type Declaration, type Field } from '../generated/ast.js';
import { qualifiedNameOf } from '../scoping/qualified-names.js';
import type { SyntaxMessages } from '../syntax/messages.js';
import { elementKindOf } from './declarations.js';
import type { EditorState } from './editor-state.js';
import { descriptionMarkdown, markdownMessage, markdownText } from './markdown-text.js';

export class GeaHoverProvider extends AstNodeHoverProvider {
  private readonly state: EditorState;
  private readonly messages: SyntaxMessages;

  constructor(services: LangiumServices & { editor: { State: EditorState }; syntax: { Messages: SyntaxMessages } }) {
    super(services);
    this.state = services.editor.State;
    this.messages = services.syntax.Messages;
  }

  /** In the locale of the document's workspace folder. */
  override getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
    return this.messages.forDocument(document.uri.toString(), () => this.hoverContent(document, params));
  }

  private async hoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
    const uri = document.uri.toString();
    const parts: string[] = [];
    const declaration = await super.getHoverContent(document, params);
    if (declaration && typeof declaration.contents === 'object' && 'value' in declaration.contents) parts.push(declaration.contents.value);
    const rule = this.ruleAt(document, params);
    if (rule) parts.push(rule);
    const model = this.state.analysisOf(uri)?.model;
    for (const finding of this.state.findingsAt(uri, params.position)) parts.push(this.findingText(finding, model));
    return parts.length > 0 ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } } : undefined;
  }

  protected override getAstNodeHoverContent(node: AstNode): string | undefined {
    if (isDeclaration(node) && node.name) return this.declarationText(node);
    if (isField(node)) return this.fieldText(node);
    return undefined;
  }

  private get words(): Words {
    return this.messages.all;
  }

  private declarationText(declaration: Declaration): string {
    const id = qualifiedNameOf(declaration);
    const uri = AstUtils.getDocument(declaration).uri.toString();
    const element = this.state.element(uri, id);
    const kind = elementKindOf(declaration);
    const said = this.words.editor.hover;
    const lines = [`**${this.words.common.kinds[kind]}** \`${id}\``];
    const names = element ? element.names : declaration.title ? { '': declaration.title } : {};
    const nameLines = Object.entries(names).map(([locale, name]) => `- ${locale ? `${locale}: ` : ''}${markdownText(name)}`);
    if (nameLines.length > 0) lines.push(`${said.names}:\n${nameLines.join('\n')}`);
    if (element) lines.push(...this.properties(element));
    return lines.join('\n\n');
  }

  private properties(element: Element): string[] {
    const said = this.words.editor.hover;
    const lines: string[] = [];
    const row = (label: string, value: string | undefined) => value && lines.push(`${label}: ${value}`);
    if ('owner' in element && element.owner && typeof element.owner === 'object' && 'text' in element.owner) {
      row(said.owner, `\`${element.owner.declared?.id ?? element.owner.text}\``);
    }
    if ('operator' in element && element.operator) row(said.operator, `\`${element.operator.declared?.id ?? element.operator.text}\``);
    if (element.kind === 'interface' && element.provider)
      row(said.provider, `\`${element.provider.declared?.id ?? element.provider.text}\``);
    if (element.kind === 'data' || element.kind === 'interface') row(said.classification, element.classification);
    if (element.kind === 'data' && element.privacy !== 'none') row(said.privacy, element.privacy);
    if (element.kind === 'agency') row(said.kind, element.agencyKind);
    if (element.kind === 'system') row(said.criticality, element.criticality);
    if (element.kind === 'plateau' && !element.implicit) row(said.date, element.date);
    if (element.kind === 'waiver') {
      row(said.rule, element.rule && `\`${element.rule}\``);
      row(said.waivedElement, element.on && `\`${element.on.declared?.id ?? element.on.text}\``);
      row(said.reason, element.reason && markdownText(element.reason));
    }
    const { from, until } = element.lifecycle;
    if (from || until) row(said.lifecycle, said.lifecycleSpan({ from: from?.text, until: until?.text }));
    const description = descriptionMarkdown(element, this.words.locale);
    if (description) lines.push(`${said.description}: ${description}`);
    return lines;
  }

  /** Over the id after `rule` in a waiver: what the rule checks, its default severity and an example. */
  private ruleAt(document: LangiumDocument, params: HoverParams): string | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
    const property = leaf && AstUtils.getContainerOfType(leaf.astNode, isRuleProperty);
    const id = property?.rule;
    if (!id || !isRuleId(id)) return undefined;
    const words = this.words;
    const rule = findRule(id, wordsFor(words.locale))!;
    const heading = words.editor.hover.ruleHeading({ rule: id, severity: words.cli.severity[rule.severity] });
    return `**${heading}**\n\n${rule.summary}\n\n${explanationMarkdown(rule.explanation)}`;
  }

  private fieldText(field: Field): string {
    const type = field.type?.primitive ?? field.type?.data?.$refText ?? '';
    const flags = field.flags.length > 0 ? ` ${field.flags.join(' ')}` : '';
    const label = field.label ? ` — ${markdownText(field.label)}` : '';
    return `**${this.messages.typeNoun('Field', 'bare')}** \`${field.name}\` ${type}${field.type?.list ? '[]' : ''}${flags}${label}`;
  }

  /** A finding's message, the plateaus it holds at when not at every declared one, its waiver and what its rule checks. */
  private findingText(finding: Finding, model: SemanticModel | undefined): string {
    const words = this.words;
    const said = words.editor.hover;
    const severity = words.cli.severity[finding.severity];
    const plateaus = model && partialPlateaus(finding, model);
    const holdsAt = plateaus ? `\n\n${said.holdsAt({ plateaus: plateaus.map((plateau) => `\`${plateau}\``).join(', ') })}` : '';
    const head = `${said.finding({ rule: finding.rule, severity })}: ${markdownMessage(finding.message)}${holdsAt}`;
    const waived = finding.waived && finding.waiver ? `\n\n${said.waivedBy({ waiver: finding.waiver })}` : '';
    const rule = isRuleId(finding.rule) ? findRule(finding.rule, wordsFor(words.locale)) : undefined;
    const explanation = rule ? `\n\n${rule.summary}\n\n${explanationMarkdown(rule.explanation)}` : '';
    return `${head}${waived}${explanation}`;
  }
}

/** An explanation's indented example lines as fenced gea code. */
function explanationMarkdown(text: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of text.split('\n')) {
    const code = /^\s{2}/.test(line);
    if (code !== inCode) out.push(code ? '```gea' : '```');
    inCode = code;
    out.push(code ? line.slice(2) : line);
  }
  if (inCode) out.push('```');
  return out.join('\n');
}
