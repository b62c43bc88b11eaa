// Checks one document can make on its own: values from fixed sets, properties (and meta keys,
// field flags, list values) given twice,
// calendar dates, required parts of plateaus and waivers, names unique inside a declaration.
// Workspace-wide checks (duplicate declarations, plateau order, the integration rules) run on
// the semantic model instead.
import {
  type AstNode,
  type CstNode,
  CstUtils,
  type GrammarAST,
  GrammarUtils,
  type ValidationAcceptor,
  type ValidationChecks,
} from 'langium';
import * as ast from '../generated/ast.js';
import {
  closeRuleIds,
  closestMatches,
  durationToMilliseconds,
  isCalendarDate,
  isLocaleCode,
  parseDuration,
  percentHeldExactly,
  percentToNumber,
  isRuleId,
  VOCABULARY,
  type Vocabulary,
} from '@gea-arch/core';
import { fieldsOf } from '../scoping/fields.js';
import { code, type SyntaxMessages } from '../syntax/messages.js';
import { REPEATABLE_MEMBERS } from '../syntax/repeatable-members.js';

export const SYNTAX = 'syntax';

export function registerGeaChecks(
  registry: { register<T>(checks: ValidationChecks<T>, thisObj?: unknown): void },
  messages: SyntaxMessages,
): void {
  const validator = new GeaValidator(messages);
  const checks: ValidationChecks<ast.GeaAstType> = {
    AstNode: validator.checkMembersOnce,
    KindProperty: validator.checkKind,
    ClassificationProperty: (node, accept) => validator.checkValue(node, 'classification', accept),
    PrivacyProperty: (node, accept) => validator.checkValue(node, 'privacy', accept),
    CriticalityProperty: (node, accept) => validator.checkValue(node, 'criticality', accept),
    StyleProperty: (node, accept) => validator.checkValue(node, 'style', accept),
    AuthProperty: (node, accept) => validator.checkValue(node, 'auth', accept),
    MethodProperty: (node, accept) => validator.checkValue(node, 'method', accept),
    CadenceProperty: (node, accept) => validator.checkValue(node, 'cadence', accept),
    GroupByProperty: (node, accept) => validator.checkValue(node, 'groupBy', accept),
    LevelProperty: (node, accept) => validator.checkValue(node, 'signatureLevel', accept),
    LevelsProperty: [(node, accept) => validator.checkValues(node, 'signatureLevel', accept), validator.checkValuesOnce],
    ConsentProperty: [(node, accept) => validator.checkValues(node, 'consent', accept), validator.checkValuesOnce],
    FormatProperty: validator.checkFormat,
    FormatsProperty: [validator.checkFormats, validator.checkValuesOnce],
    TagsProperty: validator.checkTagsOnce,
    MetaBlock: validator.checkMetaKeysOnce,
    Field: [validator.checkFlagsOnce, validator.checkKeyOptional],
    PathProperty: validator.checkPathPlaceholders,
    EnactedProperty: (node, accept) => validator.checkDate(node, node.date, accept),
    DateProperty: (node, accept) => validator.checkDate(node, node.date, accept),
    ValidFromProperty: (node, accept) => validator.checkDate(node, node.date, accept),
    ValidUntilProperty: (node, accept) => validator.checkDate(node, node.date, accept),
    RuleProperty: validator.checkRuleId,
    Plateau: validator.checkPlateau,
    Waiver: validator.checkWaiver,
    Certificate: validator.checkCertificate,
    AvailabilityProperty: validator.checkAvailability,
    LatencyProperty: validator.checkLatency,
    DepthProperty: validator.checkDepth,
    View: [validator.checkViewKind, validator.checkViewSubject],
    Data: validator.checkFieldNames,
    Interface: validator.checkOperationNames,
    StatementLifecycle: validator.checkStatementLifecycle,
    NameProperty: validator.checkLocale,
    DescriptionProperty: validator.checkLocale,
    AccreditedFlag: (node, accept) => validator.checkFlag(node, 'accredited', accept),
    BaseRegistryFlag: (node, accept) => validator.checkFlag(node, 'base-registry', accept),
    LegallyBindingFlag: (node, accept) => validator.checkFlag(node, 'legally-binding', accept),
    DeprecatedFlag: (node, accept) => validator.checkFlag(node, 'deprecated', accept),
  };
  registry.register(checks, validator);
}

/** What a view of each kind is `of` (LANGUAGE.md, `view`; a landscape of one agency: decision 0016). */
const VIEW_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  landscape: [ast.Agency.$type],
  context: [ast.Agency.$type, ast.System.$type],
  dataflow: [ast.Data.$type],
  integration: [ast.Platform.$type],
  signatures: [ast.Agency.$type, ast.System.$type],
  gap: [ast.Agency.$type, ast.System.$type],
};

const LARGEST_EXACT = String(Number.MAX_SAFE_INTEGER);

/** The kinds of view that show nothing without `of`. */
const VIEWS_OF_ONE = new Set(['context', 'dataflow', 'integration']);

export class GeaValidator {
  constructor(private readonly messages: SyntaxMessages) {}

  /** Read at each check: the messages speak the locale of the document being validated. */
  private get words(): SyntaxMessages['all']['syntax'] {
    return this.messages.all.syntax;
  }

  checkMembersOnce = (node: AstNode, accept: ValidationAcceptor): void => {
    const members = (node as { members?: unknown }).members;
    if (!Array.isArray(members) || members.length < 2) return;
    const seen = new Map<string, AstNode>();
    for (const member of members as AstNode[]) {
      const key = memberKey(member);
      if (REPEATABLE_MEMBERS.has(member.$type) && !key.includes('@')) continue;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, member);
      // A misspelt keyword read as the one it resembles (`critcality`) has its own finding: it is
      // not that property given twice. Looked at only here: a national model has 200 000 members.
      else if (isMisspelt(earlier)) seen.set(key, member);
      else if (!isMisspelt(member))
        accept('error', this.words.givenTwice({ keyword: code(keywordOf(member)) }), { node: member, code: SYNTAX });
    }
  };

  /** `levels advanced, advanced`: a value of an "any of" list given twice (decision 0069). */
  checkValuesOnce = (node: ast.LevelsProperty | ast.ConsentProperty | ast.FormatsProperty, accept: ValidationAcceptor): void => {
    for (const index of repeated(node.values)) {
      accept('error', this.words.givenTwice({ keyword: code(node.values[index]!) }), { node, property: 'values', index, code: SYNTAX });
    }
  };

  checkTagsOnce = (node: ast.TagsProperty, accept: ValidationAcceptor): void => {
    for (const index of repeated(node.tags)) {
      accept('error', this.words.givenTwice({ keyword: code(node.tags[index]!) }), { node, property: 'tags', index, code: SYNTAX });
    }
  };

  /** `meta { k "1" k "2" }`: the model would keep one value of the key without a word. */
  checkMetaKeysOnce = (node: ast.MetaBlock, accept: ValidationAcceptor): void => {
    for (const index of repeated(node.entries.map((entry) => entry.key))) {
      const entry = node.entries[index]!;
      accept('error', this.words.givenTwice({ keyword: code(entry.key) }), { node: entry, property: 'key', code: SYNTAX });
    }
  };

  /** `field id string key key`: a field's flag given twice. */
  checkFlagsOnce = (node: ast.Field, accept: ValidationAcceptor): void => {
    for (const index of repeated(node.flags)) {
      accept('error', this.words.givenTwice({ keyword: code(node.flags[index]!) }), { node, property: 'flags', index, code: SYNTAX });
    }
  };

  checkKind = (node: ast.KindProperty, accept: ValidationAcceptor): void => {
    const container = node.$container;
    const set: keyof Vocabulary | undefined = ast.isAgency(container)
      ? 'agencyKind'
      : ast.isPlatform(container)
        ? 'platformKind'
        : ast.isTrust(container)
          ? 'trustKind'
          : ast.isData(container)
            ? 'dataKind'
            : ast.isView(container)
              ? 'viewKind'
              : ast.isDependsOnStatement(container)
                ? 'dependencyKind'
                : undefined;
    if (!set || node.value === undefined || endsAtTrailingDash(node)) return;
    this.checkWhitespace(node, node.value, accept);
    this.checkValue(node, set, accept);
  };

  checkFormat = (node: ast.FormatProperty, accept: ValidationAcceptor): void => {
    if (ast.isData(node.$container)) this.checkValue(node, 'documentFormat', accept);
    else this.checkValue(node, 'signatureFormat', accept);
  };

  checkFormats = (node: ast.FormatsProperty, accept: ValidationAcceptor): void => {
    if (ast.isOpenBlock(node.$container)) this.checkValues(node, 'openFormat', accept);
    else this.checkValues(node, 'signatureFormat', accept);
  };

  checkValue(node: AstNode & { value?: string }, set: keyof Vocabulary, accept: ValidationAcceptor): void {
    const value = node.value;
    if (value === undefined || (VOCABULARY[set] as readonly string[]).includes(value)) return;
    accept('error', this.unknownValueMessage(value, set), { node, property: 'value' as never, code: SYNTAX });
  }

  checkValues(node: AstNode & { values: string[] }, set: keyof Vocabulary, accept: ValidationAcceptor): void {
    node.values.forEach((value, index) => {
      if ((VOCABULARY[set] as readonly string[]).includes(value)) return;
      accept('error', this.unknownValueMessage(value, set), { node, property: 'values' as never, index, code: SYNTAX });
    });
  }

  checkDate(node: AstNode, text: string | undefined, accept: ValidationAcceptor): void {
    if (text && !isCalendarDate(text)) {
      accept('error', this.words.notCalendarDate({ date: `\`${text}\`` }), { node, property: 'date' as never, code: SYNTAX });
    }
  }

  checkRuleId = (node: ast.RuleProperty, accept: ValidationAcceptor): void => {
    if (!node.rule || endsAtTrailingDash(node)) return;
    this.checkWhitespace(node, node.rule, accept);
    if (isRuleId(node.rule)) return;
    const suggestion = this.messages.didYouMean(closeRuleIds(node.rule));
    accept('error', this.words.unknownRule({ rule: `\`${node.rule}\``, suggestion }), {
      node,
      property: 'rule',
      code: 'unresolved-reference',
    });
  };

  checkPlateau = (node: ast.Plateau, accept: ValidationAcceptor): void => {
    if (!node.members.some(ast.isDateProperty)) {
      accept('error', this.words.plateauNeedsDate({ plateau: node.name }), { node, property: 'name', code: SYNTAX });
    }
    // A plateau is a point in time: a lifecycle of its own would bound nothing (decision 0082).
    for (const member of node.members) {
      if (ast.isFromProperty(member) || ast.isUntilProperty(member))
        accept('error', this.words.plateauLifecycle({ plateau: node.name, keyword: code(keywordOf(member)) }), {
          node: member,
          code: SYNTAX,
        });
    }
  };

  /** `field id string key optional`: a key is always there (decision 0048), so it cannot be left out (decision 0082). */
  checkKeyOptional = (node: ast.Field, accept: ValidationAcceptor): void => {
    const optional = node.flags.indexOf('optional');
    if (optional < 0 || !node.flags.includes('key')) return;
    accept('error', this.words.keyOptional({ field: code(node.name) }), { node, property: 'flags', index: optional, code: SYNTAX });
  };

  /** `path "/a/{id}/b/{id}"`: OpenAPI names each path parameter once, in one place (decision 0082). */
  checkPathPlaceholders = (node: ast.PathProperty, accept: ValidationAcceptor): void => {
    const path = (node.value ?? '').split('?')[0]!;
    const seen = new Set<string>();
    for (const [placeholder] of path.matchAll(/\{[^{}]+\}/g)) {
      if (seen.has(placeholder)) {
        accept('error', this.words.placeholderTwice({ path: code(path), placeholder: code(placeholder) }), {
          node,
          property: 'value',
          code: SYNTAX,
        });
        return;
      }
      seen.add(placeholder);
    }
  };

  checkAvailability = (node: ast.AvailabilityProperty, accept: ValidationAcceptor): void => {
    const percent = node.value !== undefined ? percentToNumber(node.value) : undefined;
    if (percent !== undefined && percent > 100) {
      accept('error', this.words.percentOver({ value: node.value! }), { node, property: 'value', code: SYNTAX });
    } else if (percent !== undefined && !percentHeldExactly(node.value!)) {
      accept('error', this.words.percentTooPrecise({ value: node.value!, read: String(percent) }), {
        node,
        property: 'value',
        code: SYNTAX,
      });
    }
  };

  /** A latency the model holds in milliseconds: not in years, and not past what a number holds exactly (decision 0071). */
  checkLatency = (node: ast.LatencyProperty, accept: ValidationAcceptor): void => {
    const duration = node.duration !== undefined ? parseDuration(node.duration) : undefined;
    if (!duration) return;
    if (duration.unit === 'y') {
      accept('error', this.words.latencyInYears({ value: duration.text }), { node, property: 'duration', code: SYNTAX });
    } else if (durationToMilliseconds(duration.text) === undefined) {
      accept('error', this.words.latencyTooLong({ value: duration.text, limit: LARGEST_EXACT }), {
        node,
        property: 'duration',
        code: SYNTAX,
      });
    }
  };

  checkDepth = (node: ast.DepthProperty, accept: ValidationAcceptor): void => {
    if (node.value === undefined || Number.isSafeInteger(node.value)) return;
    const written = GrammarUtils.findNodeForProperty(node.$cstNode, 'value')?.text ?? String(node.value);
    accept('error', this.words.depthTooLarge({ value: written, limit: LARGEST_EXACT }), { node, property: 'value', code: SYNTAX });
  };

  /** A certificate without its dates, or valid until a day before it is valid from, could not be judged by `certificate-valid`. */
  checkCertificate = (node: ast.Certificate, accept: ValidationAcceptor): void => {
    const from = node.members.find(ast.isValidFromProperty);
    const until = node.members.find(ast.isValidUntilProperty);
    const missing = [from ? undefined : '`valid-from DATE`', until ? undefined : '`valid-until DATE`'].filter(
      (part): part is string => part !== undefined,
    );
    if (missing.length > 0 && node.subject !== undefined) {
      accept('error', this.words.certificateIncomplete({ subject: node.subject, missing: missing.join(', ') }), {
        node,
        property: 'subject',
        code: SYNTAX,
      });
    }
    // Both calendar dates (else that is the error), written as YYYY-MM-DD: they compare as text. One day is a valid span.
    const validFrom = from?.date;
    const validUntil = until?.date;
    if (!validFrom || !validUntil || !isCalendarDate(validFrom) || !isCalendarDate(validUntil) || validFrom <= validUntil) return;
    accept('error', this.words.certificateReversed({ subject: node.subject ?? '', validFrom, validUntil }), {
      node: until,
      property: 'date',
      code: SYNTAX,
    });
  };

  /** A view says what it draws: LANGUAGE.md gives `kind` no default (decision 0069). */
  checkViewKind = (node: ast.View, accept: ValidationAcceptor): void => {
    if (node.members.some(ast.isKindProperty) || !node.name) return;
    accept('error', this.words.viewNeedsKind({ view: node.name, kinds: VOCABULARY.viewKind.join('|') }), {
      node,
      property: 'name',
      code: SYNTAX,
    });
  };

  /** A view's `of` names what its kind draws: a context an agency or a system, a data flow a data asset, … */
  checkViewSubject = (node: ast.View, accept: ValidationAcceptor): void => {
    const kind = node.members.find(ast.isKindProperty)?.value;
    const subjects = kind !== undefined ? VIEW_SUBJECTS[kind] : undefined;
    if (!kind || !subjects) return;
    const expected = this.words.alternatives({ items: subjects.map((type) => this.messages.typeNoun(type)) });
    const compare = node.members.find(ast.isCompareProperty);
    if (kind === 'gap' && compare?.to && compare.from.ref && compare.from.ref === compare.to.ref) {
      accept('error', this.words.comparesItself({ plateau: compare.from.$refText }), { node: compare, property: 'to', code: SYNTAX });
    }
    const of = node.members.find(ast.isOfProperty);
    if (!of) {
      if (VIEWS_OF_ONE.has(kind) && node.name) {
        accept('error', this.words.viewNeedsSubject({ view: node.name, kind, expected }), { node, property: 'name', code: SYNTAX });
      }
      return;
    }
    const target = of.element?.ref;
    if (!target || subjects.includes(target.$type)) return;
    const actual = this.messages.typeNoun(target.$type);
    accept('error', this.words.wrongKind({ name: of.element!.$refText, actual, expected }), {
      node: of,
      property: 'element',
      code: 'unresolved-reference',
    });
  };

  checkWaiver = (node: ast.Waiver, accept: ValidationAcceptor): void => {
    const missing = [
      node.members.some(ast.isRuleProperty) ? undefined : 'rule',
      node.members.some(ast.isOnProperty) ? undefined : 'on',
      node.members.some(ast.isReasonProperty) ? undefined : 'reason',
    ].filter((part): part is string => part !== undefined);
    if (missing.length > 0) {
      accept('error', this.words.waiverIncomplete({ waiver: node.name, missing: missing.map((m) => `\`${m}\``).join(', ') }), {
        node,
        property: 'name',
        code: SYNTAX,
      });
    }
    // A blank reason justifies nothing: as a blank `purpose`, it is no reason.
    const reason = node.members.find(ast.isReasonProperty);
    if (reason?.value !== undefined && reason.value.trim() === '') {
      accept('error', this.words.waiverReasonBlank({ waiver: node.name }), { node: reason, property: 'value', code: SYNTAX });
    }
  };

  checkFieldNames = (node: ast.Data, accept: ValidationAcceptor): void => {
    const seen = new Set<string>();
    for (const field of fieldsOf(node)) {
      if (seen.has(field.name)) {
        accept('error', this.words.fieldTwice({ field: field.name, data: node.name }), {
          node: field,
          property: 'name',
          code: 'duplicate-name',
        });
      }
      seen.add(field.name);
    }
  };

  checkOperationNames = (node: ast.Interface, accept: ValidationAcceptor): void => {
    const seen = new Set<string>();
    for (const member of node.members) {
      if (!ast.isOperation(member) && !ast.isEvent(member)) continue;
      if (seen.has(member.name)) {
        accept('error', this.words.memberTwice({ name: member.name, owner: node.name }), {
          node: member,
          property: 'name',
          code: 'duplicate-name',
        });
      }
      seen.add(member.name);
    }
  };

  /**
   * A locale is a language code (decision 0064), as gea.yaml's are. One written with `-` (`en-US`)
   * is the parser's error, said in the same words.
   */
  checkLocale = (node: ast.NameProperty | ast.DescriptionProperty, accept: ValidationAcceptor): void => {
    const locale = node.locale;
    if (locale === undefined || isLocaleCode(locale) || locale.includes('-')) return;
    accept('error', this.messages.notLocaleCode(locale), { node, property: 'locale', code: SYNTAX });
  };

  /** A flag says yes by standing alone: `base-registry false` is no way to say no (decision 0064). */
  checkFlag(node: AstNode & { value?: string }, flag: string, accept: ValidationAcceptor): void {
    if (node.value === undefined) return;
    accept('error', this.words.flagTakesNoValue({ flag: code(flag) }), { node, property: 'value' as never, code: SYNTAX });
  }

  checkStatementLifecycle = (node: ast.StatementLifecycle, accept: ValidationAcceptor): void => {
    const statement = node.$container;
    // `consumes i (until p)`, `uses x { until p }`: the other statements' form, read as meant
    // (build-model.ts), said once here (decision 0078).
    const parts = node.parts.map((part) => part.$cstNode?.text ?? '').join(' ');
    const inParentheses = !ast.isMastersStatement(statement) && !ast.isStoresStatement(statement) && !ast.isUsesStatement(statement);
    if (inParentheses) {
      accept('error', this.words.lifecycleInBlock({ statement: code(keywordOf(statement)), parts: code(parts) }), { node, code: SYNTAX });
    } else if (node.$cstNode?.text.startsWith('{')) {
      accept('error', this.words.lifecycleInParentheses({ statement: code(keywordOf(statement)), parts: code(`(${parts})`) }), {
        node,
        code: SYNTAX,
      });
    }
    const bounds = [...('members' in statement ? statement.members : []), ...node.parts];
    const froms = bounds.filter(ast.isFromProperty);
    const untils = bounds.filter(ast.isUntilProperty);
    for (const extra of [...froms.slice(1), ...untils.slice(1)]) {
      if (node.parts.includes(extra))
        accept('error', this.words.givenTwice({ keyword: code(keywordOf(extra)) }), { node: extra, code: SYNTAX });
    }
  };

  private checkWhitespace(node: AstNode, value: string, accept: ValidationAcceptor): void {
    const text = node.$cstNode?.text ?? '';
    if (!value.includes('-')) return;
    const written = text.slice(text.indexOf(value.split('-')[0]!));
    if (/\s-|-\s/.test(written)) {
      accept('error', this.words.spacesAroundDash({ value }), { node, code: SYNTAX });
    }
  }

  private unknownValueMessage(value: string, set: keyof Vocabulary): string {
    const allowed = VOCABULARY[set] as readonly string[];
    const [closest] = closestMatches(value, allowed, 1);
    return this.words.unknownValue({
      value: `\`${value}\``,
      what: this.words.valueSets[set],
      closest: closest === undefined ? undefined : `\`${closest}\``,
      allowed: allowed.join(', '),
    });
  }
}

/**
 * Whether the word of a `kind` or `rule` ends at a `-` (`rule cross-agency- on a`): the parser has
 * reported it, naming the values or ids close to it, and nothing is to be said of the rest.
 */
function endsAtTrailingDash(node: AstNode): boolean {
  const cst = node.$cstNode;
  return cst !== undefined && cst.root.fullText.charAt(cst.end) === '-';
}

const NONE: readonly number[] = [];

/** The indexes of the items that an earlier one equals (a half-typed item, undefined, is none). */
function repeated(items: ReadonlyArray<string | undefined>): readonly number[] {
  if (items.length < 2) return NONE;
  const found: number[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item === undefined) return;
    if (seen.has(item)) found.push(index);
    else seen.add(item);
  });
  return found;
}

/** A key that is equal for two members that may not both appear. */
function memberKey(member: AstNode): string {
  if (ast.isNameProperty(member)) return `name@${member.locale}`;
  if (ast.isDescriptionProperty(member)) return `description@${member.locale ?? ''}`;
  return member.$type;
}

function keywordOf(node: AstNode): string {
  return firstKeyword(node)?.text ?? node.$type;
}

function firstKeyword(node: AstNode): CstNode | undefined {
  return node.$cstNode ? CstUtils.streamCst(node.$cstNode).find((cst) => cst.grammarSource?.$type === 'Keyword') : undefined;
}

/** Whether the member's keyword is written otherwise than the grammar has it: a misspelling the parser read as it. */
function isMisspelt(node: AstNode): boolean {
  const keyword = firstKeyword(node);
  return keyword !== undefined && keyword.text !== (keyword.grammarSource as GrammarAST.Keyword).value;
}
