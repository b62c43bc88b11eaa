// The parser's rules, each step made once. Langium's builder (`createParser`) makes the choices of
// an alternative, and the body of every `*`, `+` and `?`, afresh each time the parser reaches them,
// to carry rule arguments into them: parsing the L model (7.6 MB of source) allocated 2.8 GB, a
// gigabyte of it those closures. A grammar without rule parameters, guards, unordered groups or
// infix rules (gea's) passes no arguments, so each step is made when the parser is built and
// reused. The parser is told the same thing in the same order (the same Chevrotain calls with the
// same occurrence numbers), so it reads every text as Langium's builder would have it read.
import { EOF, type IOrAlt, type TokenType } from 'chevrotain';
import { GrammarAST, GrammarUtils, type BaseParser } from 'langium';

type Step = () => void;

/** A condition on taking one alternative, checked where the parser would choose it. */
export type Gates = ReadonlyMap<GrammarAST.AbstractElement, () => boolean>;

/** What building one rule keeps: the occurrence counters of each kind of step, per rule. */
interface RuleContext {
  readonly parser: BaseParser;
  readonly tokens: Readonly<Record<string, TokenType>>;
  readonly gates: Gates;
  consume: number;
  optional: number;
  subrule: number;
  many: number;
  or: number;
}

/** No rule takes arguments, so every call passes this one (empty) set of them. */
const NO_ARGUMENTS = {};

/**
 * Defines the rules of `grammar` in `parser`, as `createParser` would, when the grammar needs no
 * rule arguments; false (nothing defined) when it does, and Langium's builder is the one to use.
 * The alternatives that `gates` names are taken only where their gate says so.
 */
export function defineRulesBuiltOnce(
  grammar: GrammarAST.Grammar,
  parser: BaseParser,
  tokens: Readonly<Record<string, TokenType>>,
  gates: Gates = new Map(),
): boolean {
  const reachable = GrammarUtils.getAllReachableRules(grammar, false);
  if (grammar.rules.some((rule) => GrammarAST.isInfixRule(rule) && reachable.has(rule))) return false;
  const rules = grammar.rules.filter((rule): rule is GrammarAST.ParserRule => GrammarAST.isParserRule(rule) && reachable.has(rule));
  if (!rules.every(needsNoArguments)) return false;
  for (const rule of rules) {
    const context: RuleContext = { parser, tokens, gates, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
    parser.rule(rule, stepOf(context, rule.definition));
  }
  return true;
}

function needsNoArguments(rule: GrammarAST.ParserRule): boolean {
  if (rule.parameters.length > 0) return false;
  return everyElement(rule.definition, (element) => {
    if (GrammarAST.isUnorderedGroup(element)) return false;
    if (GrammarAST.isGroup(element) && element.guardCondition !== undefined) return false;
    if (GrammarAST.isRuleCall(element) && element.arguments.length > 0) return false;
    return true;
  });
}

function everyElement(element: GrammarAST.AbstractElement, test: (element: GrammarAST.AbstractElement) => boolean): boolean {
  if (!test(element)) return false;
  if (GrammarAST.isAssignment(element)) return everyElement(element.terminal, test);
  if (GrammarAST.isCrossReference(element)) return element.terminal === undefined || everyElement(element.terminal, test);
  if (GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
    return element.elements.every((inner) => everyElement(inner, test));
  }
  return true;
}

/** The step that parses `element` as often as its cardinality says. */
function stepOf(context: RuleContext, element: GrammarAST.AbstractElement): Step {
  return repeated(context, onceStepOf(context, element), element.cardinality, context.gates.get(element));
}

function onceStepOf(context: RuleContext, element: GrammarAST.AbstractElement): Step {
  const { parser } = context;
  if (GrammarAST.isKeyword(element)) return consumeStep(context, element.value, element);
  if (GrammarAST.isAction(element)) {
    const type = GrammarUtils.getTypeName(element);
    return () => parser.action(type, element);
  }
  if (GrammarAST.isAssignment(element)) return stepOf(context, element.terminal);
  if (GrammarAST.isCrossReference(element)) return crossReferenceStep(context, element, element.terminal);
  if (GrammarAST.isRuleCall(element)) return ruleCallStep(context, element);
  if (GrammarAST.isAlternatives(element)) {
    if (element.elements.length === 1) return stepOf(context, element.elements[0]!);
    const choices: IOrAlt<unknown>[] = element.elements.map((choice) => {
      const gate = context.gates.get(choice);
      return gate ? { ALT: stepOf(context, choice), GATE: gate } : { ALT: stepOf(context, choice) };
    });
    const idx = context.or++;
    return () => parser.alternatives(idx, choices);
  }
  if (GrammarAST.isGroup(element)) {
    const steps = element.elements.map((inner) => stepOf(context, inner));
    return () => {
      for (const step of steps) step();
    };
  }
  if (GrammarAST.isEndOfFile(element)) {
    const idx = context.consume++;
    return () => parser.consume(idx, EOF, element);
  }
  throw new Error(`a grammar element of type ${element.$type} cannot be built once`);
}

function ruleCallStep(context: RuleContext, call: GrammarAST.RuleCall): Step {
  const rule = call.rule.ref;
  if (GrammarAST.isParserRule(rule)) return subruleStep(context, rule, rule.fragment, call);
  if (GrammarAST.isTerminalRule(rule)) return consumeStep(context, rule.name, call);
  throw new Error(`rule ${call.rule.$refText} cannot be called`);
}

function crossReferenceStep(
  context: RuleContext,
  reference: GrammarAST.CrossReference,
  terminal: GrammarAST.AbstractElement | undefined,
): Step {
  if (!terminal) {
    const type = reference.type.ref;
    const name = type && GrammarUtils.findNameAssignment(type)?.terminal;
    if (!name) throw new Error(`no name to refer to ${reference.type.$refText} by`);
    return crossReferenceStep(context, reference, name);
  }
  if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref))
    return subruleStep(context, terminal.rule.ref, false, reference);
  if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref))
    return consumeStep(context, terminal.rule.ref.name, reference);
  if (GrammarAST.isKeyword(terminal)) return consumeStep(context, terminal.value, reference);
  throw new Error(`a cross-reference to ${reference.type.$refText} cannot be parsed`);
}

/** Consumes the token `name` (a keyword or a terminal rule), for `feature`. */
function consumeStep(context: RuleContext, name: string, feature: GrammarAST.AbstractElement): Step {
  const { parser } = context;
  const idx = context.consume++;
  const token = tokenOf(context, name);
  return () => parser.consume(idx, token, feature);
}

/** Parses `rule` for `feature`; the rule is looked up when first called (it may be defined after the one calling it). */
function subruleStep(context: RuleContext, rule: GrammarAST.ParserRule, fragment: boolean, feature: GrammarAST.AbstractElement): Step {
  const { parser } = context;
  const idx = context.subrule++;
  let called: ReturnType<BaseParser['rule']> | undefined;
  return () => parser.subrule(idx, (called ??= ruleOf(parser, rule.name)), fragment, feature, NO_ARGUMENTS);
}

/** `step` as often as `cardinality` says, where `gate` allows; the options Chevrotain is given are made once too. */
function repeated(context: RuleContext, step: Step, cardinality: GrammarAST.AbstractElement['cardinality'], gate?: () => boolean): Step {
  const { parser } = context;
  const options = gate ? { DEF: step, GATE: gate } : { DEF: step };
  switch (cardinality) {
    case undefined:
      return step;
    case '*': {
      const idx = context.many++;
      return () => parser.many(idx, options);
    }
    case '+': {
      const idx = context.many++;
      return () => parser.atLeastOne(idx, options);
    }
    case '?': {
      const idx = context.optional++;
      return () => parser.optional(idx, options);
    }
  }
}

function ruleOf(parser: BaseParser, name: string): ReturnType<BaseParser['rule']> {
  const rule = parser.getRule(name);
  if (!rule) throw new Error(`no rule ${name}`);
  return rule;
}

function tokenOf(context: RuleContext, name: string): TokenType {
  const token = context.tokens[name];
  if (!token) throw new Error(`no token ${name}`);
  return token;
}
