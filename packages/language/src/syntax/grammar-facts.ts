// What syntax messages know about the language, read off the grammar object at run time so that
// they follow the grammar when it changes: the keywords that start a declaration, the keywords
// each block's members start with, and what a rule expects where it calls another rule.
import { GrammarAST, GrammarUtils } from 'langium';

/** What the grammar accepts at one place, as a message describes it. */
export type ValueShape =
  | { readonly kind: 'reference'; readonly type: string }
  | { readonly kind: 'terminal'; readonly terminal: string }
  | { readonly kind: 'keywords'; readonly keywords: readonly string[] }
  | { readonly kind: 'name'; readonly feature?: string }
  | { readonly kind: 'choice'; readonly options: readonly ValueShape[]; readonly feature?: string };

/** A rule holding a list of members between two keywords: `system s { … }`, `sla { … }`, `( … )`. */
export interface BlockFacts {
  readonly rule: string;
  readonly opener: string;
  readonly closer: string;
  /** The keywords its members start with, in grammar order, the common properties last. */
  readonly keywords: readonly string[];
  /** Whether it is a top-level declaration (`system`, `data`, …) rather than a nested block. */
  readonly isDeclaration: boolean;
  /** For members that start with a name rather than a keyword: their required parts (`NAME TYPE`). */
  readonly memberParts: readonly ValueShape[];
}

export class GrammarFacts {
  /** The keywords a top-level declaration starts with, in grammar order. */
  readonly declarationKeywords: readonly string[];
  /** Every keyword a member of some block starts with. */
  readonly propertyKeywords: ReadonlySet<string>;
  readonly entryRule: string;
  /** Keywords that may only open a file (`namespace`). */
  readonly fileHeadKeywords: readonly string[];

  private readonly rules = new Map<string, GrammarAST.ParserRule>();
  private readonly terminals = new Set<string>();
  private readonly dataTypeRules = new Set<string>();
  private readonly blocks = new Map<string, BlockFacts>();

  constructor(grammar: GrammarAST.Grammar) {
    for (const rule of grammar.rules) {
      if (GrammarAST.isTerminalRule(rule)) this.terminals.add(rule.name);
      else if (GrammarAST.isParserRule(rule)) {
        this.rules.set(rule.name, rule);
        if (GrammarUtils.isDataTypeRule(rule)) this.dataTypeRules.add(rule.name);
      }
    }
    const entry = GrammarUtils.getEntryRule(grammar);
    if (!entry) throw new Error('the grammar has no entry rule');
    this.entryRule = entry.name;
    const declarationList = listAssignments(entry.definition)[0];
    const declarationRules = declarationList ? alternativeRules(declarationList.assignment.terminal) : [];
    this.declarationKeywords = unique(declarationRules.flatMap((rule) => leadingKeywords(rule.definition)));
    this.fileHeadKeywords = leadingKeywords(entry.definition).filter((keyword) => !this.declarationKeywords.includes(keyword));

    const lists = [...this.rules.values()].flatMap((rule) => listAssignments(rule.definition).map((list) => ({ rule, ...list })));
    const declarationNames = new Set(declarationRules.map((rule) => rule.name));
    const commonRules = sharedAlternatives(
      lists.filter((list) => declarationNames.has(list.rule.name)).map((list) => list.assignment.terminal),
    );
    for (const { rule, assignment, opener, closer } of lists) {
      if (opener === undefined || closer === undefined) continue;
      this.blocks.set(rule.name, {
        rule: rule.name,
        opener,
        closer,
        keywords: memberKeywords(assignment.terminal, commonRules),
        isDeclaration: declarationNames.has(rule.name),
        memberParts: requiredParts(assignment.terminal),
      });
    }
    this.propertyKeywords = new Set([...this.blocks.values()].flatMap((block) => block.keywords));
  }

  block(rule: string): BlockFacts | undefined {
    return this.blocks.get(rule);
  }

  isDataTypeRule(rule: string): boolean {
    return this.dataTypeRules.has(rule);
  }

  isTerminal(name: string): boolean {
    return this.terminals.has(name);
  }

  /** The keyword a rule always starts with (`masters`, `sla`, `(`), if there is exactly one. */
  leadingKeyword(rule: string): string | undefined {
    const definition = this.rules.get(rule)?.definition;
    const keywords = definition ? leadingKeywords(definition) : [];
    return keywords.length === 1 ? keywords[0] : undefined;
  }

  /** The keyword that separates the items of a list in a rule (`,` in `masters a, b`), if it has one. */
  listSeparator(rule: string): string | undefined {
    const definition = this.rules.get(rule)?.definition;
    return definition ? repeatedSeparator(definition) : undefined;
  }

  /** What `rule` accepts where it calls `callee` (`MastersStatement` → `QualifiedName`: a data asset). */
  shapeWhereCalled(rule: string, callee: string): ValueShape | undefined {
    const definition = this.rules.get(rule)?.definition;
    const call = definition ? findCall(definition, callee) : undefined;
    return call ? shapeOf(call) : undefined;
  }

  /** What a rule that starts with a keyword requires right after it (`description`: a string, its locale being optional). */
  requiredAfterKeyword(rule: string): ValueShape | undefined {
    const definition = this.rules.get(rule)?.definition;
    if (!GrammarAST.isGroup(definition)) return undefined;
    const [keyword, ...rest] = definition.elements.filter((part) => !GrammarAST.isAction(part));
    if (!GrammarAST.isKeyword(keyword)) return undefined;
    const required = rest.find((part) => part.cardinality === undefined || part.cardinality === '+');
    return required ? shapeOf(required) : undefined;
  }

  /** What a rule accepts as its first part (`FieldType`: a primitive type or a data asset). */
  shapeOfRule(rule: string): ValueShape | undefined {
    const definition = this.rules.get(rule)?.definition;
    return definition ? shapeOf(definition) : undefined;
  }
}

/** The keyword that starts a repeated group (`(',' x)*`), searched through the definition. */
function repeatedSeparator(element: GrammarAST.AbstractElement): string | undefined {
  if (!GrammarAST.isGroup(element) && !GrammarAST.isAlternatives(element)) return undefined;
  const [first] = element.elements;
  if (GrammarAST.isGroup(element) && element.cardinality === '*' && GrammarAST.isKeyword(first)) return first.value;
  for (const child of element.elements) {
    const separator = repeatedSeparator(child);
    if (separator) return separator;
  }
  return undefined;
}

interface ListAssignment {
  readonly assignment: GrammarAST.Assignment;
  /** The keywords right before and after the list, where there are. */
  readonly opener?: string;
  readonly closer?: string;
}

/** `members+=X*` lists in a rule, with the keywords around them. */
function listAssignments(definition: GrammarAST.AbstractElement): ListAssignment[] {
  const found: ListAssignment[] = [];
  const visit = (element: GrammarAST.AbstractElement, siblings: readonly GrammarAST.AbstractElement[], index: number): void => {
    if (GrammarAST.isAssignment(element) && element.operator === '+=' && element.cardinality === '*') {
      const before = siblings[index - 1];
      const after = siblings[index + 1];
      found.push({
        assignment: element,
        opener: GrammarAST.isKeyword(before) ? before.value : undefined,
        closer: GrammarAST.isKeyword(after) ? after.value : undefined,
      });
    } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
      element.elements.forEach((child, childIndex) => visit(child, element.elements, childIndex));
    }
  };
  visit(definition, [definition], 0);
  return found;
}

/** The rules an alternatives element (or a rule call to one) offers: `Declaration` → `Law`, `Plateau`, … */
function alternativeRules(element: GrammarAST.AbstractElement): GrammarAST.ParserRule[] {
  const called = calledParserRule(element);
  if (called) return GrammarAST.isAlternatives(called.definition) ? called.definition.elements.flatMap(alternativeRules) : [called];
  if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(alternativeRules);
  return [];
}

/** The alternatives of a member list: `SystemMember` → its rule calls; `(FromProperty | UntilProperty)` → both. */
function memberAlternatives(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
  const called = calledParserRule(element);
  const alternatives = called ? called.definition : element;
  return GrammarAST.isAlternatives(alternatives) ? alternatives.elements : [alternatives];
}

/** Rules that every declaration's member list offers directly: the common properties. */
function sharedAlternatives(memberLists: readonly GrammarAST.AbstractElement[]): ReadonlySet<string> {
  const perList = memberLists.map(
    (list) => new Set(memberAlternatives(list).flatMap((alternative) => calledParserRule(alternative)?.name ?? [])),
  );
  const [first, ...rest] = perList;
  return new Set([...(first ?? [])].filter((rule) => rest.every((set) => set.has(rule))));
}

function memberKeywords(list: GrammarAST.AbstractElement, commonRules: ReadonlySet<string>): string[] {
  const alternatives = memberAlternatives(list);
  const isCommon = (alternative: GrammarAST.AbstractElement) => commonRules.has(calledParserRule(alternative)?.name ?? '');
  const ordered = [...alternatives.filter((a) => !isCommon(a)), ...alternatives.filter(isCommon)];
  return unique(ordered.flatMap((alternative) => leadingKeywords(alternative)));
}

/** The required assignments of a member that starts with a name (`Field`: name, type). */
function requiredParts(list: GrammarAST.AbstractElement): ValueShape[] {
  const member = calledParserRule(list);
  if (!member || !GrammarAST.isGroup(member.definition) || leadingKeywords(member.definition).length > 0) return [];
  return member.definition.elements
    .filter((part): part is GrammarAST.Assignment => GrammarAST.isAssignment(part) && part.cardinality === undefined)
    .map((part) => shapeOf(part));
}

/** The keywords an element can start with; none where it can start with a name or a literal. */
function leadingKeywords(element: GrammarAST.AbstractElement, visiting = new Set<GrammarAST.ParserRule>()): string[] {
  if (GrammarAST.isKeyword(element)) return [element.value];
  if (GrammarAST.isAssignment(element)) return leadingKeywords(element.terminal, visiting);
  if (GrammarAST.isAlternatives(element)) return element.elements.flatMap((e) => leadingKeywords(e, visiting));
  if (GrammarAST.isGroup(element)) {
    const keywords: string[] = [];
    for (const part of element.elements) {
      if (GrammarAST.isAction(part)) continue;
      keywords.push(...leadingKeywords(part, visiting));
      if (part.cardinality !== '?' && part.cardinality !== '*') break;
    }
    return keywords;
  }
  const called = calledParserRule(element);
  if (!called || visiting.has(called)) return [];
  // A name (`Name`, `QualifiedName`) may be spelt like a keyword, but it does not start with one.
  if (GrammarUtils.isDataTypeRule(called)) return onlyKeywords(called.definition) ?? [];
  return leadingKeywords(called.definition, new Set([...visiting, called]));
}

function calledParserRule(element: GrammarAST.AbstractElement | undefined): GrammarAST.ParserRule | undefined {
  if (!GrammarAST.isRuleCall(element)) return undefined;
  const rule = element.rule.ref;
  return GrammarAST.isParserRule(rule) ? rule : undefined;
}

/** The element of a definition that calls `callee`, with its assignment where it has one. */
function findCall(element: GrammarAST.AbstractElement, callee: string): GrammarAST.AbstractElement | undefined {
  if (GrammarAST.isRuleCall(element)) return element.rule.ref?.name === callee ? element : undefined;
  if (GrammarAST.isCrossReference(element)) return element.terminal && findCall(element.terminal, callee) ? element : undefined;
  if (GrammarAST.isAssignment(element)) return findCall(element.terminal, callee) ? element : undefined;
  if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
    for (const child of element.elements) {
      const call = findCall(child, callee);
      if (call) return call;
    }
  }
  return undefined;
}

function shapeOf(element: GrammarAST.AbstractElement, feature?: string): ValueShape {
  if (GrammarAST.isAssignment(element)) return shapeOf(element.terminal, element.feature);
  if (GrammarAST.isCrossReference(element)) return { kind: 'reference', type: element.type.ref?.name ?? element.type.$refText };
  if (GrammarAST.isKeyword(element)) return { kind: 'keywords', keywords: [element.value] };
  if (GrammarAST.isGroup(element)) {
    const first = element.elements.find((part) => !GrammarAST.isAction(part));
    return first ? shapeOf(first, feature) : { kind: 'name', feature };
  }
  if (GrammarAST.isAlternatives(element)) {
    const options = element.elements.map((option) => shapeOf(option));
    const keywords = options.flatMap((option) => (option.kind === 'keywords' ? option.keywords : []));
    const others = options.filter((option) => option.kind !== 'keywords');
    if (others.length === 0) return { kind: 'keywords', keywords };
    return { kind: 'choice', options: keywords.length > 0 ? [{ kind: 'keywords', keywords }, ...others] : others, feature };
  }
  if (GrammarAST.isRuleCall(element)) {
    const rule = element.rule.ref;
    if (GrammarAST.isTerminalRule(rule)) return { kind: 'terminal', terminal: rule.name };
    if (GrammarAST.isParserRule(rule)) {
      if (!GrammarUtils.isDataTypeRule(rule)) return shapeOf(rule.definition, feature);
      const keywords = onlyKeywords(rule.definition);
      return keywords ? { kind: 'keywords', keywords } : { kind: 'name', feature };
    }
  }
  return { kind: 'name', feature };
}

/** The keywords of a rule made of keywords only (`PrimitiveType`), or undefined. */
function onlyKeywords(element: GrammarAST.AbstractElement): string[] | undefined {
  if (GrammarAST.isKeyword(element)) return [element.value];
  if (GrammarAST.isAlternatives(element)) {
    const parts = element.elements.map(onlyKeywords);
    return parts.every((part) => part !== undefined) ? (parts.flat() as string[]) : undefined;
  }
  return undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
