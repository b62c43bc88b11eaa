// A keyword that starts a line is read as the next property, not as the value the line before left
// out (`field v` ⏎ `classification public`, `owner` ⏎ `criticality high`), nor as an optional value
// or flag of it (`compare p` ⏎ `at q`, a field's flags ⏎ `key string` in `fields { … }`). Everywhere
// else a keyword is still a name where a name is expected (LANGUAGE.md): on its statement's line,
// at the start of a block member that starts with a name (a field in `fields { … }`, a key in
// `meta { … }`), and after `{`, `,`, `.`, `(` or `-`. The formatter writes every value on its
// statement's line, so no formatted file is read otherwise. Decision 0069.
import { GrammarAST, GrammarUtils } from 'langium';
import type { IToken } from 'chevrotain';
import type { Gates } from './rules-built-once.js';

/** What the gates read of the Chevrotain parser: the tokens around it and the rules it is in. */
interface ParserState {
  LA(howMuch: number): IToken;
  readonly RULE_STACK: readonly number[];
  readonly RULE_STACK_IDX: number;
  readonly fullRuleNameToShort: Readonly<Record<string, number>>;
}

/** Tokens after which a name may go on on the next line: a list or path goes on there. */
const JOINERS = new Set(['{', ',', '.', '(', '-']);
/** Joiners of a list, a qualified name or a word, which a line may end in by mistake (`masters a,` ⏎ `stores b`). */
const LEFT_OPEN = new Set([',', '.', '-']);
/** What follows a name that goes on with a list on its line: more of it, or the end of a block or statement. */
const GOES_ON = new Set([',', '.', '-', '{', '(', '}', ')']);

/** The rule whose alternatives read a name, and the one of its rules that reads a keyword as one. */
const NAME_RULE = 'Name';
const KEYWORD_RULE = 'Keyword';

/**
 * The gates on reading a keyword that starts a line as a value, for a grammar with gea's
 * `Name: ID | Keyword`: on the name rule's keyword alternative, and on each optional or repeated
 * value (`locale=Name?`, `flags+=FieldFlag*`). `chevrotain` is the parser the rules are defined in.
 */
export function lineStartGates(grammar: GrammarAST.Grammar, chevrotain: object): Gates {
  const parser = chevrotain as ParserState;
  const keywordAlternative = keywordAsName(grammar);
  const keywords = new Set(keywordsOf(keywordAlternative));
  const dataTypeRules = grammar.rules.filter((rule) => GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule));
  const starts = memberStarts(grammar);
  // Rules are numbered as they are defined, after the gates are made: looked up at their first use.
  let rules: { dataTypes: Set<number>; blocksOf: Map<number, Set<number>> } | undefined;
  const numbered = () => {
    // Langium names each Chevrotain rule as the grammar does, with a zero-width space after it.
    const numbers = new Map(Object.entries(parser.fullRuleNameToShort).map(([name, number]) => [name.replace(/\u200B$/, ''), number]));
    const short = (name: string) => numbers.get(name)!;
    const blocksOf = new Map<number, Set<number>>();
    for (const { block, member } of starts) blocksOf.set(short(member), (blocksOf.get(short(member)) ?? new Set()).add(short(block)));
    return { dataTypes: new Set(dataTypeRules.map((rule) => short(rule.name))), blocksOf };
  };
  /** Whether the next token, a keyword, starts a line where nothing before asks for more. */
  const startsLine = (): boolean => {
    const previous = parser.LA(0);
    const next = parser.LA(1);
    // At the start of the text there is no line before (`endLine` undefined).
    if (!(next.startLine! > previous.endLine!)) return false;
    if (!JOINERS.has(previous.image)) return true;
    // After a line left ending in `,`, `.` or `-`, a keyword with a value after it on its line is the
    // next property, not a name of the list (`masters a,` ⏎ `stores b`; decision 0082).
    if (!LEFT_OPEN.has(previous.image)) return false;
    const after = parser.LA(2);
    return after.startLine === next.startLine && !GOES_ON.has(after.image);
  };
  /** Whether the name being read is the first token of a block member (`fields { date date }`). */
  const startsMember = (): boolean => {
    rules ??= numbered();
    const stack = parser.RULE_STACK;
    let index = parser.RULE_STACK_IDX - 1;
    while (index > 0 && rules.dataTypes.has(stack[index]!)) index--;
    return rules.blocksOf.get(stack[index]!)?.has(stack[index - 1]!) === true;
  };
  const gates = new Map<GrammarAST.AbstractElement, () => boolean>();
  gates.set(keywordAlternative, () => !startsLine() || startsMember());
  const optionalValue = () => !keywords.has(parser.LA(1).tokenType.name) || !startsLine();
  for (const element of optionalValues(grammar)) gates.set(element, optionalValue);
  return gates;
}

function keywordAsName(grammar: GrammarAST.Grammar): GrammarAST.RuleCall {
  const nameRule = grammar.rules.find((rule) => rule.name === NAME_RULE);
  const alternatives = GrammarAST.isParserRule(nameRule) ? nameRule.definition : undefined;
  const alternative = GrammarAST.isAlternatives(alternatives)
    ? alternatives.elements.find((element) => GrammarAST.isRuleCall(element) && element.rule.ref?.name === KEYWORD_RULE)
    : undefined;
  if (!GrammarAST.isRuleCall(alternative)) throw new Error(`the grammar has no ${NAME_RULE} rule with a ${KEYWORD_RULE} alternative`);
  return alternative;
}

/** The keywords a rule made of keywords alone offers (`Keyword`). */
function keywordsOf(call: GrammarAST.RuleCall): string[] {
  const rule = call.rule.ref;
  const definition = GrammarAST.isParserRule(rule) ? rule.definition : undefined;
  if (!GrammarAST.isAlternatives(definition)) return [];
  return definition.elements.flatMap((element) => (GrammarAST.isKeyword(element) ? [element.value] : []));
}

/** `x=Name?`, `x=[T]?`, `xs+=Flag*`: values a statement may or may not go on with, each a name or a word. */
function optionalValues(grammar: GrammarAST.Grammar): GrammarAST.Assignment[] {
  const found: GrammarAST.Assignment[] = [];
  for (const rule of GrammarUtils.getAllReachableRules(grammar, false)) {
    if (!GrammarAST.isParserRule(rule)) continue;
    visit(rule.definition, (element) => {
      if (!GrammarAST.isAssignment(element) || (element.cardinality !== '?' && element.cardinality !== '*')) return;
      const called = GrammarAST.isRuleCall(element.terminal) ? element.terminal.rule.ref : undefined;
      const isDataType = GrammarAST.isParserRule(called) && GrammarUtils.isDataTypeRule(called);
      if (isDataType || GrammarAST.isCrossReference(element.terminal)) found.push(element);
    });
  }
  return found;
}

/** The members of a block that start with a name (`fields { NAME TYPE … }`, `meta { KEY "…" }`), with their block. */
function memberStarts(grammar: GrammarAST.Grammar): Array<{ block: string; member: string }> {
  const found: Array<{ block: string; member: string }> = [];
  for (const rule of GrammarUtils.getAllReachableRules(grammar, false)) {
    if (!GrammarAST.isParserRule(rule)) continue;
    visit(rule.definition, (element) => {
      if (!GrammarAST.isAssignment(element) || element.operator !== '+=' || element.cardinality !== '*') return;
      const called = GrammarAST.isRuleCall(element.terminal) ? element.terminal.rule.ref : undefined;
      if (GrammarAST.isParserRule(called) && startsWithName(called)) found.push({ block: rule.name, member: called.name });
    });
  }
  return found;
}

function startsWithName(rule: GrammarAST.ParserRule): boolean {
  const first = GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule.definition;
  const called = GrammarAST.isAssignment(first) && GrammarAST.isRuleCall(first.terminal) ? first.terminal.rule.ref : undefined;
  return GrammarAST.isParserRule(called) && GrammarUtils.isDataTypeRule(called);
}

/** Calls `action` on `element` and every element in it, down to the assignments. */
function visit(element: GrammarAST.AbstractElement, action: (element: GrammarAST.AbstractElement) => void): void {
  action(element);
  if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) for (const inner of element.elements) visit(inner, action);
}
