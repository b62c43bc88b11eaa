// Potential gaps between two plateaus, each with what to do: data assets left without a master,
// consumers of an eliminated interface that nothing at the later plateau replaces, references at
// the later plateau to what it eliminated, and waivers that end with the findings they covered.
import type { Finding } from '../findings/finding.js';
import type { PlateauModel } from '../model/model-at.js';
import { existsAt } from '../model/plateaus.js';
import type { Element, Interface, Ref, SourceRange } from '../model/types.js';
import type { Words } from '../words/words.js';
import { summarizeElement, type ElementSummary } from './compare-models.js';
import { findingIdentity, holdsAt } from './findings-diff.js';
import { layeredElements } from './layers.js';

export const POTENTIAL_GAP_KINDS = ['no-master', 'broken-exchange', 'dangling-dependency', 'waiver-ends'] as const;
export type PotentialGapKind = (typeof POTENTIAL_GAP_KINDS)[number];

export interface PotentialGap {
  readonly kind: PotentialGapKind;
  /** The element to act on: the data asset, the consumer, the element that refers, the waiver. */
  readonly element: ElementSummary;
  /** What is wrong and what to do, in the report's locale. */
  readonly message: string;
  /** Where to act. */
  readonly source: SourceRange;
  /** The other elements involved (the masters at the earlier plateau, the eliminated interface, …), by full name. */
  readonly related: readonly string[];
  /** `waiver-ends`: the findings the waiver covers at the earlier plateau. */
  readonly covered?: readonly Finding[];
  /** `waiver-ends`: those of them that still hold, unwaived, at the later plateau. */
  readonly stillHolding?: readonly Finding[];
}

export interface GapContext {
  readonly from: PlateauModel;
  readonly to: PlateauModel;
  /** Full names of the layered elements at `from` that `to` no longer has. */
  readonly eliminated: ReadonlySet<string>;
  readonly findings: readonly Finding[];
  readonly words: Words;
}

export function potentialGaps(context: GapContext): PotentialGap[] {
  // The later plateau's elements by full name, made once for the three kinds that read them (21 ms at national scale).
  const later = layeredElements(context.to);
  return [
    ...noMaster(context, later),
    ...brokenExchanges(context, later),
    ...danglingDependencies(context, later),
    ...waiversEnding(context),
  ];
}

type Layered = ReadonlyMap<string, Element>;

function noMaster({ from, to, words }: GapContext, later: Layered): PotentialGap[] {
  const gaps: PotentialGap[] = [];
  for (const data of from.data) {
    const now = later.get(data.id);
    if (data.masteredBy.length === 0 || now?.kind !== 'data' || now.masteredBy.length > 0) continue;
    const masters = unique(data.masteredBy.map((statement) => statement.system.id));
    gaps.push({
      kind: 'no-master',
      element: summarizeElement(now),
      message: words.reports.gap.noMaster({
        data: data.id,
        masters: words.common.codeList(masters),
        from: from.plateau.id,
        to: to.plateau.id,
      }),
      source: now.head,
      related: masters,
    });
  }
  return gaps;
}

function brokenExchanges({ from, to, eliminated, words }: GapContext, later: Layered): PotentialGap[] {
  const gaps: PotentialGap[] = [];
  const offered = to.interfaces.map((api) => new Set(fieldsCarried(api)));
  for (const api of from.interfaces) {
    if (!eliminated.has(api.id)) continue;
    const needed = fieldsCarried(api);
    if (offered.some((fields) => needed.every((field) => fields.has(field)))) continue;
    for (const consumes of api.consumedBy) {
      const consumer = later.get(consumes.system.id);
      // Ending the consumption by the later plateau (`until target`) does not supply the fields the
      // consumer got, while it is still there (OUTPUTS.md: no interface at B carrying them).
      if (consumer?.kind !== 'system') continue;
      gaps.push({
        kind: 'broken-exchange',
        element: summarizeElement(consumer),
        message: words.reports.gap.brokenExchange({
          system: consumer.id,
          api: api.id,
          fields: words.common.codeList(needed, 6),
          from: from.plateau.id,
          to: endOf(api, to),
        }),
        source: consumes.source,
        related: [api.id],
      });
    }
  }
  return gaps;
}

/** What an interface carries, as `data.field`, with whole assets spelled out into their fields. */
function fieldsCarried(api: Interface): string[] {
  const fields = new Set<string>();
  for (const payload of api.payloads) {
    const data = payload.data.target ?? payload.data.declared;
    const id = data?.id ?? payload.data.text;
    const names = payload.allFields ? (data?.fields.map((field) => field.name) ?? ['*']) : payload.fields.map((field) => field.text);
    for (const name of names) fields.add(`${id}.${name}`);
  }
  return [...fields].sort();
}

function danglingDependencies({ to, eliminated, words }: GapContext, later: Layered): PotentialGap[] {
  const gaps: PotentialGap[] = [];
  for (const element of later.values()) {
    for (const [statement, reference] of referencesOf(element)) {
      const target = reference?.declared?.id;
      if (!reference || target === undefined || !eliminated.has(target)) continue;
      gaps.push({
        kind: 'dangling-dependency',
        element: summarizeElement(element),
        message: words.reports.gap.danglingDependency({ element: element.id, statement, target, to: endOf(reference.declared!, to) }),
        source: reference.source,
        related: [target],
      });
    }
  }
  return gaps;
}

/**
 * The plateau at which something present at the earlier plateau ends: its `until` (a gap may span
 * plateaus between, and the fix belongs where it ends), else the later plateau.
 */
function endOf(element: Element, to: GapContext['to']): string {
  const until = element.lifecycle.until;
  return (until?.target ?? until?.declared)?.id ?? to.plateau.id;
}

/** Every reference an element makes, with the statement keyword it is made in. */
function referencesOf(element: Element): Array<readonly [string, Ref<Element> | undefined]> {
  switch (element.kind) {
    case 'agency':
      return [['parent', element.parent]];
    case 'platform':
      return [['operator', element.operator]];
    case 'trust':
      return [
        ['operator', element.operator],
        ['issuer', element.issuer],
      ];
    case 'data':
      return [
        ['owner', element.owner],
        ['publisher', element.open?.publisher],
        ...element.fields.map((field) => ['field', field.type.data] as const),
      ];
    case 'system':
      return [
        ['owner', element.owner],
        ['operator', element.operator],
        ['hosting', element.hosting],
        ...element.masters.map((statement) => ['masters', statement.data] as const),
        ...element.stores.map((statement) => ['stores', statement.data] as const),
        ...element.consumes.map((statement) => ['consumes', statement.interface] as const),
        ...element.dependsOn.map((statement) => ['depends-on', statement.target] as const),
        ...element.uses.map((statement) => ['uses', statement.platform] as const),
        ...element.signings.flatMap((statement) => [
          [statement.kind, statement.data] as const,
          [`${statement.kind} … with`, statement.signature.with] as const,
          [`${statement.kind} … timestamp`, statement.signature.timestamp] as const,
        ]),
      ];
    case 'interface':
      return [
        ['provider', element.provider],
        ['via', element.via],
        ...element.payloads.map((payload) => [payload.role, payload.data] as const),
        ['signature … with', element.signature?.with],
        ['signature … timestamp', element.signature?.timestamp],
      ];
    default:
      return [];
  }
}

function waiversEnding({ from, to, findings, words }: GapContext): PotentialGap[] {
  const gaps: PotentialGap[] = [];
  for (const waiver of from.whole.waivers) {
    if (!existsAt(waiver, from.plateau) || existsAt(waiver, to.plateau)) continue;
    const covered = findings.filter((finding) => finding.waiver === waiver.id && holdsAt(finding, from.plateau.id));
    const identities = new Set(covered.map(findingIdentity));
    const stillHolding = findings.filter(
      (finding) => !finding.waived && holdsAt(finding, to.plateau.id) && identities.has(findingIdentity(finding)),
    );
    const names = {
      waiver: waiver.id,
      rule: waiver.rule ?? '?',
      element: waiver.on?.declared?.id ?? waiver.on?.text ?? '?',
      to: endOf(waiver, to),
    };
    gaps.push({
      kind: 'waiver-ends',
      element: summarizeElement(waiver),
      message:
        stillHolding.length > 0
          ? words.reports.gap.waiverEndsHolding({ ...names, holding: stillHolding.length })
          : covered.length > 0
            ? words.reports.gap.waiverEndsResolved({ ...names, covered: covered.length })
            : words.reports.gap.waiverEndsCoveringNone(names),
      source: waiver.until?.source ?? waiver.head,
      related: waiver.on?.declared ? [waiver.on.declared.id] : [],
      covered,
      stillHolding,
    });
  }
  return gaps;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
