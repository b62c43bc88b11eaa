// Builds the semantic model from parsed and linked documents. Two passes: create an object for
// every declaration, then fill in properties and references (forward and reverse) through the
// map from AST nodes to model objects.
import {
  AstUtils,
  type AstNode,
  type CstNode,
  CstUtils,
  GrammarAST,
  isCompositeCstNode,
  isRootCstNode,
  type LangiumDocument,
  type Reference,
} from 'langium';
import type * as ast from '../generated/ast.js';
import { fieldsOf } from '../scoping/fields.js';
import { timesLinked } from '../scoping/linker.js';
import { everyOf, first, isFlagSet, isOfType } from './members.js';
import { KeptParts, lists } from './kept-parts.js';
import { tokenRange, tokenRangeTo } from './token-ranges.js';
import { LineStarts } from '../syntax/offset-leaf.js';
import { NO_ITEMS, NO_LIFECYCLE, primitiveFieldType, sharedWhenBare, sharedWhenEmpty } from './shared-values.js';
import { qualifiedNameOf } from '../scoping/qualified-names.js';
import {
  addByKind,
  collectionsOf,
  documentPaths,
  durationToMilliseconds,
  emptyKindLists,
  exactWholeNumber,
  finished,
  IMPLICIT_PLATEAU_ID,
  isCalendarDate,
  isOneOf,
  NO_PROPERTY_SOURCES,
  NumberedRange,
  parseDuration,
  percentHeldExactly,
  percentToNumber,
  PropertySourcesBuilder,
  type ValueSet,
  type Vocabulary,
} from '@gea-arch/core';
import type * as m from '@gea-arch/core';

export interface ModelOptions {
  /** Locale of the title strings (`agency gasr "…"`); `mn` by default. */
  readonly defaultLocale?: string;
  /** Date of the implicit plateau when the model declares none; today by default. */
  readonly evaluationDate?: string;
  /**
   * Workspace-relative paths (with `/`) by document URI as the model carries it; by default each
   * document's path relative to the folder all the documents' URIs share.
   */
  readonly relativePaths?: ReadonlyMap<string, string>;
  /**
   * The documents are dropped once the model is built (a batch): ranges are read from their tokens
   * rather than through Langium's cache, which would keep one per syntax node until they go.
   */
  readonly documentsDiscarded?: boolean;
}

/** Where a member without tokens was written (none is: every member has its keyword). */
const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A declaration with a name, and the URI of its document. */
interface Declared {
  readonly node: ast.Declaration;
  readonly uri: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
/** The keys of an element's lists, and what each holds. */
type ReverseKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? K : never }[keyof T] & string;
type ListItem<T, K extends keyof T> = NonNullable<T[K]> extends readonly (infer U)[] ? U : never;
type Common = Mutable<Omit<m.Common, never>>;

/**
 * A declaration's common part (names, descriptions, ranges, where each member was written) by its
 * syntax node, for the default locale it was read in. The language server builds the model again
 * after every edit, and a node of a document whose text did not change (its tree is the same)
 * gives the same part; spread into each new element, it is read, never changed. A batch, whose
 * documents go once the model is built, keeps none.
 */
const COMMON_PARTS = new WeakMap<ast.Declaration, { readonly locale: string; readonly common: Common }>();

export function buildSemanticModel(documents: readonly LangiumDocument[], options: ModelOptions = {}): m.SemanticModel {
  return finished(buildSemanticModelStepwise(documents, options));
}

/**
 * As buildSemanticModel, pausing (yielding) every `DECLARATIONS_PER_STEP` declarations of each
 * pass: the language server lets the editor's messages in meanwhile, and stops when an edit made
 * the model it is building stale.
 */
export function buildSemanticModelStepwise(
  documents: readonly LangiumDocument[],
  options: ModelOptions = {},
): Generator<void, m.SemanticModel, void> {
  return new ModelBuilder(options).build(documents);
}

/** At national scale (21 000 declarations) a step of either pass takes some 20 ms. */
export const DECLARATIONS_PER_STEP = 1000;

export class ModelBuilder {
  private readonly defaultLocale: string;
  private readonly evaluationDate: string;
  private readonly relativePaths: ReadonlyMap<string, string> | undefined;
  private readonly rangeOf: (cst: CstNode) => m.SourceRange | undefined;
  private readonly objects = new Map<AstNode, m.Element>();
  private readonly fields = new Map<ast.Field, m.Field>();
  /** The fields whose type is a data asset, by the asset: pass 2 points their types. */
  private readonly fieldsOfDataType = new Map<m.Data, ast.Field[]>();
  private readonly keepsCommonParts: boolean;
  /** Ranges are read off the tokens (the documents are dropped once the model is built). */
  private readonly tokenPositions: boolean;
  /** What the builder remembers to update the model after an edit (the language server's); none in a batch. */
  private readonly kept: KeptParts | undefined;
  /** Where each member of a declaration, block or statement was written: one builder, started over for each. */
  private readonly sources = new PropertySourcesBuilder('');
  /** The value sets of the element or signature being read whose value is none of the set (`value`, `values`). */
  private readonly unread: ValueSet[] = [];
  /** The documents' syntax trees and declarations the last model was built from, when kept. */
  private roots = new Map<string, ast.Model>();
  /** How many times each document's tree had been linked when the model last read its references. */
  private linked = new Map<string, number>();
  private declarations: readonly Declared[] = [];
  private uri = '';
  /** Where the lines of the document `uri` start, when its ranges are read off its tokens. */
  private lines: LineStarts | undefined;
  /** The element pass 2 is filling: what it names and adds to other elements' lists is its. */
  private filling: m.Element | undefined;
  private implicit: m.Plateau | undefined;
  /** The last model made, which an update starts from. */
  private model: m.SemanticModel | undefined;

  constructor(options: ModelOptions, keeps = false) {
    this.defaultLocale = options.defaultLocale ?? 'mn';
    this.evaluationDate = options.evaluationDate ?? new Date().toISOString().slice(0, 10);
    this.relativePaths = options.relativePaths;
    this.tokenPositions = options.documentsDiscarded === true;
    this.rangeOf = this.tokenPositions ? (cst) => tokenRange(cst, this.uri, this.lines) : (cst) => this.sharedRange(cst);
    this.keepsCommonParts = !options.documentsDiscarded;
    this.kept = keeps ? new KeptParts() : undefined;
  }

  *build(documents: readonly LangiumDocument[]): Generator<void, m.SemanticModel, void> {
    const declarations = declarationsOf(documents);
    // Each pass a step at a time; the steps' loops are in plain methods, which V8 optimizes as they run.
    for (let from = 0; from < declarations.length; from += DECLARATIONS_PER_STEP) {
      if (from > 0) yield;
      this.createEach(declarations, from, Math.min(declarations.length, from + DECLARATIONS_PER_STEP));
    }
    for (let from = 0; from < declarations.length; from += DECLARATIONS_PER_STEP) {
      yield;
      this.fillEach(declarations, from, Math.min(declarations.length, from + DECLARATIONS_PER_STEP));
    }
    yield;
    if (this.kept) {
      this.kept.built();
      this.remember(documents, declarations);
    }
    return this.assemble(
      documents,
      declarations.map(({ node }) => this.objects.get(node)!),
    );
  }

  /**
   * The model after an edit, updated from the last one this builder made (decision 0033): the
   * declarations of the documents parsed again are built anew, and every other reference is read
   * again from its syntax reference (Langium linked it again where the edit touched it) and
   * re-pointed in place when it names something else (kept-parts.ts). Undefined, with nothing
   * changed, when documents were added, removed or reordered: then the whole model is built.
   */
  update(documents: readonly LangiumDocument[]): { model: m.SemanticModel; change: m.ModelChange } | undefined {
    const uris = documents.map((document) => document.uri.toString());
    const urisBefore = [...this.roots.keys()];
    if (uris.length !== urisBefore.length || uris.some((uri, index) => urisBefore[index] !== uri)) return undefined;
    const parsedAgain = new Set(uris.filter((uri, index) => this.roots.get(uri) !== documents[index]!.parseResult.value));
    const declarations = declarationsOf(documents);
    const before = this.declarations.filter(({ uri }) => parsedAgain.has(uri));
    const removed = new Set(before.map(({ node }) => this.objects.get(node)!));
    const added = new Set<m.Element>();
    const { repointed, relisted } = this.kept!.update(
      parsedAgain,
      (uri) => timesLinked(this.roots.get(uri)!) !== this.linked.get(uri),
      () => {
        for (const { node } of before) this.forget(node);
        const built = declarations.filter(({ uri }) => parsedAgain.has(uri));
        for (const { node, uri } of built) {
          this.inDocument(node, uri);
          const element = this.create(node);
          this.objects.set(node, element);
          added.add(element);
        }
        for (const { node, uri } of built) {
          this.inDocument(node, uri);
          this.filling = this.objects.get(node)!;
          this.fill(node, this.filling);
        }
      },
      (node, field) => (field ? this.fields : this.objects).get(node as never),
      declarationOrder(uris),
    );
    const elements = declarations.map(({ node }) => this.objects.get(node)!);
    this.remember(documents, declarations);
    const previous = this.model!;
    // The same ids in the same order, none shared: the previous model's map of ids, its values replaced.
    const sameIds = previous.byId.size === previous.elements.length && sameSequence([...removed], [...added]);
    const model = this.assemble(documents, elements, sameIds ? { byId: previous.byId, added } : undefined);
    return { model, change: { removed, added, repointed, relisted } };
  }

  private remember(documents: readonly LangiumDocument[], declarations: readonly Declared[]): void {
    this.roots = new Map(documents.map((document) => [document.uri.toString(), document.parseResult.value as ast.Model]));
    this.linked = new Map([...this.roots].map(([uri, root]) => [uri, timesLinked(root)]));
    this.declarations = declarations;
  }

  /** What follows is read from `node` of the document `uri`. */
  private inDocument(node: ast.Declaration, uri: string): void {
    if (uri === this.uri && this.lines) return;
    this.uri = uri;
    const root = this.tokenPositions ? (node.$container as ast.Model).$cstNode : undefined;
    this.lines = root && isRootCstNode(root) ? LineStarts.of(root) : undefined;
  }

  /** Lets go of a declaration of a document parsed again. */
  private forget(node: ast.Declaration): void {
    const element = this.objects.get(node);
    this.objects.delete(node);
    if (node.$type !== 'Data') return;
    for (const field of fieldsOf(node)) this.fields.delete(field);
    this.fieldsOfDataType.delete(element as m.Data);
  }

  private createEach(declarations: readonly Declared[], from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const { node, uri } = declarations[index]!;
      this.inDocument(node, uri);
      this.objects.set(node, this.create(node));
    }
  }

  private fillEach(declarations: readonly Declared[], from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const { node, uri } = declarations[index]!;
      this.inDocument(node, uri);
      this.filling = this.objects.get(node)!;
      this.fill(node, this.filling);
    }
  }

  // --- pass 1: objects with their own properties -------------------------------------------

  // The common properties are spread last: spread first, V8 copies them and then adds every
  // property after it one by one, allocating kilobytes per element; spread last it is a literal's.
  private create(node: ast.Declaration): m.Element {
    const common = this.commonOf(node);
    switch (node.$type) {
      case 'Law':
        return { kind: 'law', enacted: first(node.members, 'EnactedProperty')?.date, unreadable: NO_ITEMS, ...common };
      case 'Plateau': {
        // A date that is no day of the calendar (`2026-13-45`, the validator's error) dates nothing (decision 0082).
        const written = first(node.members, 'DateProperty')?.date;
        const date = written !== undefined && isCalendarDate(written) ? written : undefined;
        return {
          kind: 'plateau',
          date: date ?? '9999-12-31',
          implicit: false,
          undated: date === undefined,
          unreadable: NO_ITEMS,
          ...common,
        };
      }
      case 'Agency':
        return {
          kind: 'agency',
          agencyKind: this.value('agencyKind', first(node.members, 'KindProperty')),
          acronym: first(node.members, 'AcronymProperty')?.value,
          registryCode: first(node.members, 'RegistryCodeProperty')?.value,
          contact: first(node.members, 'ContactProperty')?.value,
          children: [],
          systems: [],
          data: [],
          operates: [],
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.Agency>;
      case 'Platform':
        return {
          kind: 'platform',
          platformKind: this.value('platformKind', first(node.members, 'KindProperty')),
          sla: this.sla(first(node.members, 'SlaBlock')),
          interfaces: [],
          users: [],
          hosts: [],
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.Platform>;
      case 'Trust': {
        const trust: Mutable<m.Trust> = {
          kind: 'trust',
          trustKind: this.value('trustKind', first(node.members, 'KindProperty')),
          accredited: isFlagSet(node.members, 'AccreditedFlag'),
          levels: this.values('signatureLevel', first(node.members, 'LevelsProperty')),
          formats: this.values('signatureFormat', first(node.members, 'FormatsProperty')),
          certificates: [],
          reliedOnBy: [],
          issues: [],
          unreadable: this.unreadableRead(),
          ...common,
        };
        trust.certificates = everyOf(node.members, 'Certificate').map((certificate) => ({
          subject: certificate.subject,
          validFrom: first(certificate.members, 'ValidFromProperty')?.date,
          validUntil: first(certificate.members, 'ValidUntilProperty')?.date,
          fingerprint: first(certificate.members, 'FingerprintProperty')?.value,
          trust,
          source: this.range(certificate),
        }));
        return trust;
      }
      case 'Data': {
        const classification = first(node.members, 'ClassificationProperty');
        const retention = first(node.members, 'RetentionProperty')?.duration;
        const data: Mutable<m.Data> = {
          kind: 'data',
          dataKind: this.value('dataKind', first(node.members, 'KindProperty')),
          baseRegistry: isFlagSet(node.members, 'BaseRegistryFlag'),
          classification: this.value('classification', classification) ?? 'internal',
          classificationStated: isOneOf('classification', classification?.value),
          privacy: this.value('privacy', first(node.members, 'PrivacyProperty')) ?? 'none',
          legallyBinding: isFlagSet(node.members, 'LegallyBindingFlag'),
          format: this.value('documentFormat', first(node.members, 'FormatProperty')),
          retention: retention ? parseDuration(retention) : undefined,
          fields: [],
          masteredBy: [],
          storedBy: [],
          carriedBy: [],
          signedBy: [],
          unreadable: this.unreadableRead(),
          ...common,
        };
        const fields = fieldsOf(node);
        const ofDataType = fields.filter((field) => field.type?.data);
        if (ofDataType.length > 0) this.fieldsOfDataType.set(data, ofDataType);
        data.fields = fields.map((field) => {
          const modelField: m.Field = {
            name: field.name,
            type: primitiveFieldType(field.type?.primitive as m.FieldType['primitive'], field.type?.list ?? false),
            label: field.label,
            key: field.flags.includes('key'),
            personal: field.flags.includes('personal') || field.flags.includes('sensitive'),
            sensitive: field.flags.includes('sensitive'),
            optional: field.flags.includes('optional'),
            data,
            source: this.range(field),
          };
          this.fields.set(field, modelField);
          return modelField;
        });
        return data;
      }
      case 'System':
        return {
          kind: 'system',
          criticality: this.value('criticality', first(node.members, 'CriticalityProperty')),
          masters: [],
          stores: [],
          consumes: [],
          dependsOn: [],
          uses: [],
          signings: [],
          provides: [],
          dependedOnBy: [],
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.System>;
      case 'Interface': {
        const classification = first(node.members, 'ClassificationProperty');
        const consent = first(node.members, 'ConsentProperty');
        return {
          kind: 'interface',
          style: this.value('style', first(node.members, 'StyleProperty')),
          version: first(node.members, 'VersionProperty')?.value,
          classification: this.value('classification', classification) ?? 'internal',
          classificationStated: isOneOf('classification', classification?.value),
          consent: consent ? this.values('consent', consent) : undefined,
          auth: this.value('auth', first(node.members, 'AuthProperty')),
          sla: this.sla(first(node.members, 'SlaBlock')),
          deprecated: isFlagSet(node.members, 'DeprecatedFlag'),
          operations: [],
          events: [],
          payloads: [],
          consumedBy: [],
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.Interface>;
      }
      case 'View':
        return {
          kind: 'view',
          title: node.title,
          viewKind: this.value('viewKind', first(node.members, 'KindProperty')),
          include: [],
          exclude: [],
          groupBy: this.value('groupBy', first(node.members, 'GroupByProperty')),
          depth: exactWholeNumber(first(node.members, 'DepthProperty')?.value),
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.View>;
      case 'Waiver':
        return {
          kind: 'waiver',
          rule: first(node.members, 'RuleProperty')?.rule,
          reason: first(node.members, 'ReasonProperty')?.value,
          unreadable: this.unreadableRead(),
          ...common,
        } satisfies Mutable<m.Waiver>;
    }
  }

  private commonOf(node: ast.Declaration): Common {
    const kept = this.keepsCommonParts ? COMMON_PARTS.get(node) : undefined;
    if (kept?.locale === this.defaultLocale) return kept.common;
    const common = this.common(node);
    if (this.keepsCommonParts) COMMON_PARTS.set(node, { locale: this.defaultLocale, common });
    return common;
  }

  private common(node: ast.Declaration): Common {
    const members: AstNode[] = node.members ?? [];
    const names: Record<string, string> = {};
    const descriptions: Record<string, string> = {};
    if ('title' in node && node.title !== undefined) names[this.defaultLocale] = node.title;
    const meta: Record<string, string> = {};
    const sources = this.sourcesByKeyword(members);
    const tags: string[] = [];
    let url: string | undefined;
    // The title and `name mn`, or `description` and `description mn`, in the default locale `mn`:
    // the first is kept and the second noted (a second `name en` is the validator's).
    let restated: m.Restated[] | undefined;
    // A half-typed `name en` or meta entry has no value (or no locale, key) yet: it is left out.
    for (const member of members) {
      if (isOfType(member, 'NameProperty')) {
        if (member.locale === undefined || member.value === undefined) continue;
        if (member.locale === this.defaultLocale && 'title' in node && node.title !== undefined)
          (restated ??= []).push(this.restatement('name', member.locale, member));
        else names[member.locale] ??= member.value;
      } else if (isOfType(member, 'DescriptionProperty')) {
        if (member.value === undefined) continue;
        const locale = member.locale ?? this.defaultLocale;
        if (locale === this.defaultLocale && descriptions[locale] !== undefined && defaultDescriptionBefore(members, member)) {
          (restated ??= []).push(this.restatement('description', locale, member));
        } else descriptions[locale] ??= member.value;
      } else if (isOfType(member, 'TagsProperty')) tags.push(...member.tags);
      else if (isOfType(member, 'UrlProperty')) url ??= member.value;
      else if (isOfType(member, 'MetaBlock'))
        for (const entry of member.entries) if (entry.key !== undefined && entry.value !== undefined) meta[entry.key] = entry.value;
    }
    if (descriptions[this.defaultLocale] === undefined) {
      const doc = docComment(node);
      if (doc) descriptions[this.defaultLocale] = doc;
    }
    const root = node.$container as ast.Model;
    const source = this.range(node);
    return {
      id: qualifiedNameOf(node),
      localName: node.name,
      namespace: root.namespace,
      names,
      descriptions: sharedWhenBare(descriptions),
      tags: sharedWhenEmpty(tags),
      url,
      lifecycle: NO_LIFECYCLE,
      meta: sharedWhenBare(meta),
      legalBasis: NO_ITEMS,
      // Always written (mostly undefined): a spread of it would make every element's literal slower to build.
      restated,
      source,
      head: this.headRange(node, source),
      sources,
    };
  }

  private restatement(keyword: m.Restated['keyword'], locale: string, member: AstNode): m.Restated {
    return { keyword, locale, source: this.range(member) };
  }

  /** Where each member was written, by its keyword; the first of each. */
  private sourcesByKeyword(members: readonly AstNode[]): m.PropertySources {
    const sources = this.sources.restart(this.uri);
    for (const member of members) {
      const cst = member.$cstNode;
      const keywordToken = cst && firstLeaf(cst);
      const keyword = keywordToken && keywordText(keywordToken);
      // The positions alone: the sources keep numbers, not a range with the document's URI.
      if (!keyword || sources.has(keyword)) continue;
      // A batch's documents are dropped: their tokens' positions are read as numbers, not made into
      // ranges; a keyword is not hidden, so the member's first token is that keyword.
      if (this.tokenPositions) {
        if (!tokenRangeTo(cst, sources, keyword, keywordToken, this.lines)) sources.add(keyword, NOWHERE);
      } else sources.add(keyword, cst.range ?? NOWHERE);
    }
    return sources.build();
  }

  /**
   * The value of `set` a property states; undefined when the property is not written, or written with
   * no value or one that is none of the set (then `set` is noted for the holder being read).
   */
  private value<K extends ValueSet>(set: K, property: { readonly value?: string } | undefined): Vocabulary[K][number] | undefined {
    if (!property) return undefined;
    if (isOneOf(set, property.value)) return property.value;
    this.unread.push(set);
    return undefined;
  }

  /** The values of `set` a list property states; `set` is noted for the holder when the list is empty or some value is none of the set. */
  private values<K extends ValueSet>(set: K, property: { readonly values: readonly string[] } | undefined): Array<Vocabulary[K][number]> {
    if (!property) return [];
    const read = vocabularyValues(set, property.values);
    if (read.length === 0 || read.length !== property.values.length) this.unread.push(set);
    return read;
  }

  /** The sets noted since the last call: the `unreadable` of the element or signature just read. */
  private unreadableRead(): readonly ValueSet[] {
    if (this.unread.length === 0) return NO_ITEMS;
    const sets = [...new Set(this.unread)];
    this.unread.length = 0;
    return Object.freeze(sets);
  }

  private sla(block: ast.SlaBlock | undefined): m.Sla | undefined {
    if (!block) return undefined;
    const availability = first(block.members, 'AvailabilityProperty')?.value;
    const latency = first(block.members, 'LatencyProperty')?.duration;
    return {
      // One a number does not hold as written is the validator's error, not read as another (decision 0082).
      availability: availability && percentHeldExactly(availability) ? percentToNumber(availability) : undefined,
      latencyMs: latency ? durationToMilliseconds(latency) : undefined,
      throughput: first(block.members, 'ThroughputProperty')?.rate,
      support: first(block.members, 'SupportProperty')?.value,
      source: this.range(block),
      sources: this.sourcesByKeyword(block.members),
    };
  }

  // --- pass 2: references, both ways ------------------------------------------------------

  private fill(node: ast.Declaration, element: m.Element): void {
    const target = element as unknown as Mutable<m.Common>;
    // A `from` or `until` on a plateau is the validator's error and bounds nothing (decision 0082).
    target.lifecycle = node.$type === 'Plateau' ? NO_LIFECYCLE : this.lifecycle(node.members ?? []);
    target.legalBasis = this.legalBases(node.members ?? []);
    switch (node.$type) {
      case 'Agency':
        return this.fillAgency(node, element as Mutable<m.Agency>);
      case 'Platform': {
        const platform = element as Mutable<m.Platform>;
        platform.operator = this.refProperty(first(node.members, 'OperatorProperty'), (p) => p.agency);
        this.addTo(platform.operator, 'operates', platform);
        return;
      }
      case 'Trust':
        return this.fillTrust(node, element as Mutable<m.Trust>);
      case 'Data':
        return this.fillData(node, element as Mutable<m.Data>);
      case 'System':
        return this.fillSystem(node, element as Mutable<m.System>);
      case 'Interface':
        return this.fillInterface(node, element as Mutable<m.Interface>);
      case 'View':
        return this.fillView(node, element as Mutable<m.View>);
      case 'Waiver': {
        const waiver = element as Mutable<m.Waiver>;
        waiver.on = this.refProperty(first(node.members, 'OnProperty'), (p) => p.element);
        waiver.until = waiver.lifecycle.until;
        return;
      }
      default:
        return;
    }
  }

  private fillAgency(node: ast.Agency, agency: Mutable<m.Agency>): void {
    agency.parent = this.refProperty(first(node.members, 'ParentProperty'), (p) => p.agency);
    this.addTo(agency.parent, 'children', agency);
  }

  private fillTrust(node: ast.Trust, trust: Mutable<m.Trust>): void {
    trust.operator = this.refProperty(first(node.members, 'OperatorProperty'), (p) => p.agency);
    this.addTo(trust.operator, 'operates', trust);
    trust.issuer = this.refProperty(first(node.members, 'IssuerProperty'), (p) => p.trust);
    this.addTo(trust.issuer, 'issues', trust);
  }

  private fillData(node: ast.Data, data: Mutable<m.Data>): void {
    data.owner = this.refProperty(first(node.members, 'OwnerProperty'), (p) => p.agency);
    this.addTo(data.owner, 'data', data);
    for (const field of this.fieldsOfDataType.get(data) ?? []) {
      const modelField = this.fields.get(field) as Mutable<m.Field>;
      modelField.type = { ...modelField.type, data: this.ref(field.type!.data, field.type!) };
    }
    const open = first(node.members, 'OpenBlock');
    if (open) {
      data.open = {
        license: first(open.members, 'LicenseProperty')?.value,
        publisher: this.refProperty(first(open.members, 'PublisherProperty'), (p) => p.agency),
        cadence: vocabularyValue('cadence', first(open.members, 'CadenceProperty')?.value),
        formats: vocabularyValues('openFormat', first(open.members, 'FormatsProperty')?.values),
        source: this.range(open),
        sources: this.sourcesByKeyword(open.members),
      };
    }
  }

  private fillSystem(node: ast.System, system: Mutable<m.System>): void {
    system.owner = this.refProperty(first(node.members, 'OwnerProperty'), (p) => p.agency);
    this.addTo(system.owner, 'systems', system);
    system.operator = this.refProperty(first(node.members, 'OperatorProperty'), (p) => p.agency);
    this.addTo(system.operator, 'operates', system);
    system.hosting = this.refProperty(first(node.members, 'HostingProperty'), (p) => p.platform);
    this.addTo(system.hosting, 'hosts', system);

    const namingNothing = statementsNamingNothing(node.members);
    if (namingNothing.length > 0) system.namingNothing = namingNothing;
    for (const member of node.members) {
      if (isOfType(member, 'MastersStatement')) {
        const lifecycle = this.lifecycle(member.lifecycle?.parts ?? []);
        const source = this.range(member);
        for (const reference of member.data) {
          const data = this.ref(reference, source);
          if (!data) continue;
          const masters: m.Masters = { kind: 'masters', system, data, lifecycle, source };
          system.masters.push(masters);
          this.addTo(masters.data, 'masteredBy', masters);
        }
      } else if (isOfType(member, 'StoresStatement')) {
        // A statement cut short while typing (`stores` with nothing after it) is left out; the parser reports it.
        const source = this.range(member);
        const data = this.ref(member.data, source);
        if (!data) continue;
        const stores: m.Stores = {
          kind: 'stores',
          system,
          data,
          fields: sharedWhenEmpty(member.fields.map((field) => this.fieldRef(field, source))),
          allFields: member.fields.length === 0,
          lifecycle: this.lifecycle(member.lifecycle?.parts ?? []),
          source,
        };
        system.stores.push(stores);
        this.addTo(stores.data, 'storedBy', stores);
      } else if (isOfType(member, 'ConsumesStatement')) {
        const source = this.range(member);
        const api = this.ref(member.interface, source);
        if (!api) continue;
        const consent = first(member.members, 'ConsentProperty');
        const sources = this.sourcesByKeyword(member.members);
        const consumes: m.Consumes = {
          kind: 'consumes',
          system,
          interface: api,
          purpose: first(member.members, 'PurposeProperty')?.value,
          legalBasis: this.legalBases(member.members),
          agreement: first(member.members, 'AgreementProperty')?.value,
          consent: consent ? vocabularyValues('consent', consent.values) : NO_ITEMS,
          sources,
          lifecycle: this.lifecycle(blockLifecycle(member)),
          source,
        };
        system.consumes.push(consumes);
        this.addTo(consumes.interface, 'consumedBy', consumes);
      } else if (isOfType(member, 'DependsOnStatement')) {
        const source = this.range(member);
        const target = this.ref(member.system, source);
        if (!target) continue;
        const dependsOn: m.DependsOn = {
          kind: 'depends-on',
          system,
          target,
          what: member.what,
          dependencyKind: vocabularyValue('dependencyKind', first(member.members, 'KindProperty')?.value),
          lifecycle: this.lifecycle(blockLifecycle(member)),
          source,
        };
        system.dependsOn.push(dependsOn);
        this.addTo(dependsOn.target, 'dependedOnBy', dependsOn);
      } else if (isOfType(member, 'UsesStatement')) {
        const lifecycle = this.lifecycle(member.lifecycle?.parts ?? []);
        const source = this.range(member);
        for (const reference of member.platforms) {
          const platform = this.ref(reference, source);
          if (!platform) continue;
          const uses: m.Uses = { kind: 'uses', system, platform, lifecycle, source };
          system.uses.push(uses);
          this.addTo(uses.platform, 'users', uses);
        }
      } else if (isOfType(member, 'SignsStatement') || isOfType(member, 'SealsStatement') || isOfType(member, 'VerifiesStatement')) {
        const source = this.range(member);
        const data = this.ref(member.data, source);
        if (!data) continue;
        const kind = isOfType(member, 'SignsStatement') ? 'signs' : isOfType(member, 'SealsStatement') ? 'seals' : 'verifies';
        const signing = {
          kind,
          system,
          data,
          lifecycle: this.lifecycle(blockLifecycle(member)),
          source,
        } as unknown as Mutable<m.Signing>;
        signing.signature = this.signature(member.members, source, signing);
        system.signings.push(signing);
        this.addTo(signing.data, 'signedBy', signing);
      }
    }
  }

  private fillInterface(node: ast.Interface, api: Mutable<m.Interface>): void {
    api.provider = this.refProperty(first(node.members, 'ProviderProperty'), (p) => p.system);
    this.addTo(api.provider, 'provides', api);
    api.via = this.refProperty(first(node.members, 'ViaProperty'), (p) => p.platform);
    this.addTo(api.via, 'interfaces', api);
    const signatureBlock = first(node.members, 'SignatureBlock');
    if (signatureBlock) api.signature = this.signature(signatureBlock.members, signatureBlock, api);
    for (const member of node.members) {
      // An operation or event still without a name (being typed) is left out, like a nameless declaration.
      if ((isOfType(member, 'Operation') || isOfType(member, 'Event')) && !member.name) continue;
      if (isOfType(member, 'Operation')) {
        // Payloads are created in the order written, so `api.payloads` is in source order.
        const carried: Partial<Record<'input' | 'output', m.Payload>> = {};
        for (const part of member.members) {
          if (!isOfType(part, 'InputProperty') && !isOfType(part, 'OutputProperty')) continue;
          const role = isOfType(part, 'InputProperty') ? 'input' : 'output';
          if (!carried[role]) carried[role] = this.payload(role, part.payload, part, api, member.name);
        }
        const source = this.range(member);
        const operation: m.Operation = {
          name: member.name,
          method: vocabularyValue('method', first(member.members, 'MethodProperty')?.value),
          path: first(member.members, 'PathProperty')?.value,
          description: first(member.members, 'DescriptionProperty')?.value,
          input: carried.input,
          output: carried.output,
          source,
          head: this.headRange(member, source),
          sources: this.sourcesByKeyword(member.members),
        };
        api.operations.push(operation);
      } else if (isOfType(member, 'Event')) {
        const source = this.range(member);
        api.events.push({
          name: member.name,
          description: first(member.members, 'DescriptionProperty')?.value,
          payloads: everyOf(member.members, 'PayloadProperty').flatMap(
            (property) => this.payload('payload', property.payload, property, api, member.name) ?? [],
          ),
          source,
          head: this.headRange(member, source),
        });
      }
    }
  }

  private payload(
    role: m.Payload['role'],
    node: ast.Payload | undefined,
    statement: AstNode,
    api: Mutable<m.Interface>,
    carrier: string,
  ): m.Payload | undefined {
    const data = node ? this.ref(node.data, node) : undefined;
    if (!node || !data) {
      // Written with no data asset after it: what the interface carries is not known (decision 0082).
      if (!api.namingNothing?.includes(role)) api.namingNothing = [...(api.namingNothing ?? []), role];
      return undefined;
    }
    const payload: m.Payload = {
      role,
      data,
      fields: node.fields.map((field) => this.fieldRef(field, node)),
      allFields: node.fields.length === 0,
      interface: api,
      carrier,
      source: this.range(statement),
    };
    api.payloads.push(payload);
    this.addTo(payload.data, 'carriedBy', payload);
    return payload;
  }

  private signature(members: readonly AstNode[], statement: AstNode | m.SourceRange, owner: m.Signing | m.Interface): m.Signature {
    const signature: m.Signature = {
      level: this.value('signatureLevel', first(members, 'LevelProperty')),
      format: this.value('signatureFormat', first(members, 'FormatProperty')),
      with: this.refProperty(first(members, 'WithProperty'), (p) => p.trust),
      timestamp: this.refProperty(first(members, 'TimestampProperty'), (p) => p.trust),
      source: this.sourceOf(statement),
      owner,
      unreadable: this.unreadableRead(),
      sources: this.sourcesByKeyword(members),
    };
    this.addTo(signature.with, 'reliedOnBy', signature);
    this.addTo(signature.timestamp, 'reliedOnBy', signature);
    return signature;
  }

  private fillView(node: ast.View, view: Mutable<m.View>): void {
    view.of = this.refProperty(first(node.members, 'OfProperty'), (p) => p.element);
    view.at = this.refProperty(first(node.members, 'AtProperty'), (p) => p.plateau);
    const compare = first(node.members, 'CompareProperty');
    const compareFrom = compare ? this.ref(compare.from, compare) : undefined;
    if (compare && compareFrom) view.compare = { from: compareFrom, to: this.ref(compare.to, compare) };
    for (const member of node.members) {
      if (isOfType(member, 'IncludeProperty')) view.include.push(...this.refs(member.elements, member));
      if (isOfType(member, 'ExcludeProperty')) view.exclude.push(...this.refs(member.elements, member));
    }
  }

  private lifecycle(members: readonly AstNode[]): m.Lifecycle {
    const from = first(members, 'FromProperty');
    const until = first(members, 'UntilProperty');
    if (!from && !until) return NO_LIFECYCLE;
    return {
      from: from ? this.ref(from.plateau, from) : undefined,
      until: until ? this.ref(until.plateau, until) : undefined,
    };
  }

  /** Most declarations and statements cite no law: they get the shared empty list, and no list is made for them. */
  private legalBases(members: readonly AstNode[]): m.LegalBasis[] {
    let bases: m.LegalBasis[] | undefined;
    for (const member of members) {
      if (!isOfType(member, 'LegalBasisProperty')) continue;
      const source = this.range(member);
      const law = this.ref(member.law, source) as m.Ref<m.Law> | undefined;
      if (law) (bases ??= []).push({ law, article: member.article, source });
    }
    return bases ?? NO_ITEMS;
  }

  /** Adds `item` to the list `key` of what `reference` names, if it resolved and `lists` it: a list of those that name it. */
  private addTo<T extends m.Element, K extends ReverseKey<T>>(reference: m.Ref<T> | undefined, key: K, item: ListItem<T, K>): void {
    if (this.kept) {
      // Placed once it resolves, and moved when an edit re-points it.
      if (reference) this.kept.place(reference, key, item);
      return;
    }
    const target = reference?.target;
    if (target && lists(key, item, reference, target)) (target[key] as unknown as unknown[]).push(item);
  }

  private refProperty<P extends AstNode, T extends AstNode>(
    property: P | undefined,
    get: (p: P) => Reference<T> | undefined,
  ): m.Ref<never> | undefined {
    return property ? this.ref(get(property), property) : undefined;
  }

  /** The references of a list that were written; a list cut short while typing may end in a gap. */
  private refs<T extends AstNode>(references: readonly (Reference<T> | undefined)[], statement: AstNode): m.Ref<never>[] {
    return references.flatMap((reference) => this.ref(reference, statement) ?? []);
  }

  /**
   * Undefined for a reference the parser could not read (the statement was cut short). Its source
   * is the statement's: callers that have the statement's range already pass that range.
   */
  private ref<T extends AstNode>(reference: Reference<T> | undefined, statement: AstNode | m.SourceRange): m.Ref<never> | undefined {
    if (!reference) return undefined;
    const node = reference.ref;
    const target = node ? this.objects.get(node) : undefined;
    const source = this.sourceOf(statement);
    const made = { text: reference.$refText, target: target as never, declared: target as never, source };
    this.kept?.made(this.filling!, made, reference, node, false);
    return made;
  }

  private fieldRef(reference: Reference<ast.Field>, statement: AstNode | m.SourceRange): m.Ref<m.Field> {
    const node = reference.ref;
    const target = node ? this.fields.get(node) : undefined;
    const source = reference.$refNode ? this.cstRange(reference.$refNode) : this.sourceOf(statement);
    const made = { text: reference.$refText, target, declared: target, source };
    this.kept?.made(this.filling!, made, reference, node, true);
    return made;
  }

  /** A statement's range, unless the caller has it already. */
  private sourceOf(statement: AstNode | m.SourceRange): m.SourceRange {
    return 'uri' in statement ? statement : this.range(statement);
  }

  private range(node: AstNode): m.SourceRange {
    return this.cstRange(node.$cstNode);
  }

  private cstRange(cst: CstNode | undefined): m.SourceRange {
    return (cst && this.rangeOf(cst)) ?? { uri: this.uri, start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }

  /** The CST's own (never changed) positions: a national model has a million of them, so they are shared, not copied. */
  private sharedRange(cst: CstNode): m.SourceRange {
    const { start, end } = cst.range;
    return { uri: this.uri, start, end };
  }

  /** From the declaration's start to its name or title (`whole` is its range, when made already). */
  private headRange(node: ast.Declaration | ast.Operation | ast.Event, whole = this.range(node)): m.SourceRange {
    const last = node.$cstNode && headPart(node.$cstNode);
    if (!last) return whole;
    const end = this.cstRange(last);
    return whole instanceof NumberedRange ? whole.through(end) : { uri: whole.uri, start: whole.start, end: end.end };
  }

  // --- assembly ------------------------------------------------------------------------------

  /**
   * The model of `elements`. After an edit that declared the same ids in the same order (`same`),
   * the previous model's map of ids with the new elements put in their places, and only they frozen.
   */
  private assemble(
    documents: readonly LangiumDocument[],
    elements: m.Element[],
    same?: { byId: ReadonlyMap<string, m.Element>; added: ReadonlySet<m.Element> },
  ): m.SemanticModel {
    const byId = new Map<string, m.Element>(same?.byId);
    // One pass puts each element in its kind's list; a filter per kind read every element ten times.
    const byKind = emptyKindLists();
    if (same) {
      for (const element of same.added) {
        byId.set(element.id, element);
        Object.freeze(element);
      }
      for (const element of elements) addByKind(byKind, element);
    } else {
      for (const element of elements) {
        if (!byId.has(element.id)) byId.set(element.id, element);
        addByKind(byKind, element);
        Object.freeze(element);
      }
    }
    const declared = byKind.plateau;
    const plateaus =
      declared.length > 0
        ? [...declared].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        : [this.implicitPlateau(documents)];
    const uris = documents.map((document) => document.uri.toString());
    return (this.model = Object.freeze({
      elements: Object.freeze(elements),
      ...collectionsOf(byKind),
      plateaus: Object.freeze(plateaus),
      byId,
      defaultLocale: this.defaultLocale,
      documents: uris,
      relativePaths: documentPaths(uris, this.relativePaths),
    }));
  }

  /** The same object from one update to the next, so that its projection can be updated too. */
  private implicitPlateau(documents: readonly LangiumDocument[]): m.Plateau {
    const uri = documents[0]?.uri.toString() ?? '';
    if (this.implicit?.source.uri !== uri) this.implicit = this.newImplicitPlateau(uri);
    return this.implicit;
  }

  private newImplicitPlateau(uri: string): m.Plateau {
    const nowhere: m.SourceRange = { uri, start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
      kind: 'plateau',
      id: IMPLICIT_PLATEAU_ID,
      localName: IMPLICIT_PLATEAU_ID,
      namespace: undefined,
      names: { [this.defaultLocale]: IMPLICIT_PLATEAU_ID },
      descriptions: {},
      tags: [],
      lifecycle: {},
      meta: {},
      legalBasis: [],
      source: nowhere,
      head: nowhere,
      sources: NO_PROPERTY_SOURCES,
      date: this.evaluationDate,
      implicit: true,
      undated: false,
    };
  }
}

/** Elements in the order of their declarations: by document, then where each begins in it. */
function declarationOrder(uris: readonly string[]): (a: m.Element, b: m.Element) => number {
  const documentIndex = new Map(uris.map((uri, index) => [uri, index]));
  return ({ source: a }, { source: b }) =>
    documentIndex.get(a.uri)! - documentIndex.get(b.uri)! || a.start.line - b.start.line || a.start.character - b.start.character;
}

/** The declarations with a name, in the documents' order. */
function declarationsOf(documents: readonly LangiumDocument[]): Declared[] {
  const declarations: Declared[] = [];
  for (const document of documents) {
    const root = document.parseResult.value as ast.Model;
    let declared = DECLARED.get(root);
    if (!declared) {
      const uri = document.uri.toString();
      declared = (root.declarations ?? []).filter((node) => node.name).map((node) => ({ node, uri }));
      DECLARED.set(root, declared);
    }
    for (const declaration of declared) declarations.push(declaration);
  }
  return declarations;
}

function sameSequence(removed: readonly m.Element[], added: readonly m.Element[]): boolean {
  return removed.length === added.length && removed.every((element, index) => element.id === added[index]!.id);
}

/** Each tree's named declarations, listed once: a tree never changes once parsed, and after an edit most are the same. */
const DECLARED = new WeakMap<ast.Model, readonly Declared[]>();

function vocabularyValue<K extends keyof Vocabulary>(set: K, value: string | undefined): Vocabulary[K][number] | undefined {
  return isOneOf(set, value) ? value : undefined;
}

function vocabularyValues<K extends keyof Vocabulary>(set: K, values: readonly string[] | undefined): Array<Vocabulary[K][number]> {
  return (values ?? []).filter((value): value is Vocabulary[K][number] => isOneOf(set, value));
}

/**
 * The CST node of a declaration's `title`, else of its `name`: among its first children (and those
 * of rules it calls without a node of their own), so the search stops at the block's `{` rather
 * than visiting every member as GrammarUtils.findNodeForProperty does. One pass finds both.
 */
function headPart(cst: CstNode): CstNode | undefined {
  const found: { name?: CstNode; title?: CstNode } = {};
  findHeadParts(cst, cst.astNode, found);
  return found.title ?? found.name;
}

/** True once the block's `{` is reached: nothing after it is the head. */
function findHeadParts(cst: CstNode, element: AstNode, found: { name?: CstNode; title?: CstNode }): boolean {
  if (!isCompositeCstNode(cst)) return false;
  const content: readonly CstNode[] = cst.content;
  for (let index = 0; index < content.length; index++) {
    const child = content[index]!;
    if (keywordText(child) === '{') return true;
    const feature = assignedFeature(child.grammarSource);
    if (feature === 'name' || feature === 'title') found[feature] ??= child;
    else if (isCompositeCstNode(child) && child.astNode === element && findHeadParts(child, element, found)) return true;
  }
  return false;
}

/** The feature of the assignment a grammar element is written in, if any (a grammar has a few hundred elements: each is told once). */
function assignedFeature(source: GrammarAST.AbstractElement | undefined): string | undefined {
  if (!source) return undefined;
  let feature = ASSIGNED_FEATURES.get(source);
  if (feature === undefined) {
    feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? '';
    ASSIGNED_FEATURES.set(source, feature);
  }
  return feature;
}

const ASSIGNED_FEATURES = new WeakMap<GrammarAST.AbstractElement, string>();

/** A node's first token, hidden or not: a statement's keyword (`owner`, `masters`, …) when it starts with one. */
function firstLeaf(cst: CstNode): CstNode | undefined {
  let node: CstNode | undefined = cst;
  while (node && isCompositeCstNode(node)) node = node.content[0];
  return node;
}

/** A keyword's text, read off the grammar rather than cut out of the document (a string each time). */
function keywordText(cst: CstNode): string | undefined {
  const source = cst.grammarSource;
  // `$type` rather than GrammarAST.isKeyword, which asks the reflection about subtypes (a keyword has none).
  return source?.$type === GrammarAST.Keyword.$type ? (source as GrammarAST.Keyword).value : undefined;
}

/** Whether a description in the other form of the default locale (`description` before `description mn`, or the reverse) comes before `member`. */
function defaultDescriptionBefore(members: readonly AstNode[], member: ast.DescriptionProperty): boolean {
  for (const earlier of members) {
    if (earlier === member) return false;
    if (
      isOfType(earlier, 'DescriptionProperty') &&
      earlier.value !== undefined &&
      (earlier.locale === undefined) !== (member.locale === undefined)
    )
      return true;
  }
  return false;
}

/**
 * The system statements written with nothing after their keyword (`masters` alone): the parser's
 * error, and the rules do not judge what they were to name (decision 0082).
 */
function statementsNamingNothing(members: readonly ast.SystemMember[]): m.StatementNamingNothing[] {
  const kinds = new Set<m.StatementNamingNothing>();
  for (const member of members) {
    if (isOfType(member, 'MastersStatement')) {
      if (member.data.length === 0) kinds.add('masters');
    } else if (isOfType(member, 'UsesStatement')) {
      if (member.platforms.length === 0) kinds.add('uses');
    } else if (isOfType(member, 'ConsumesStatement')) {
      if (!member.interface) kinds.add('consumes');
    } else if (isOfType(member, 'DependsOnStatement')) {
      if (!member.system) kinds.add('depends-on');
    } else if (isOfType(member, 'StoresStatement')) {
      if (!member.data) kinds.add('stores');
    } else if (isOfType(member, 'SignsStatement')) {
      if (!member.data) kinds.add('signs');
    } else if (isOfType(member, 'SealsStatement')) {
      if (!member.data) kinds.add('seals');
    } else if (isOfType(member, 'VerifiesStatement')) {
      if (!member.data) kinds.add('verifies');
    }
  }
  return [...kinds];
}

/** A statement's lifecycle in its block, then one written in parentheses after it (a syntax error, read as meant). */
function blockLifecycle(statement: { members: readonly AstNode[]; lifecycle?: ast.StatementLifecycle }): readonly AstNode[] {
  return statement.lifecycle ? [...statement.members, ...statement.lifecycle.parts] : statement.members;
}

function docComment(node: AstNode): string | undefined {
  const comment = node.$cstNode ? CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']) : undefined;
  if (!comment || !comment.text.startsWith('/**')) return undefined;
  return comment.text
    .slice(3, -2)
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\*?\s?/, '').trimEnd())
    .join('\n')
    .trim();
}
