// What an integration rule is: an id, a default severity, an explanation, and a pure check over
// the semantic model at one plateau.
import type { Element, Plateau, Ref, Relation, SemanticModel, SourceRange } from '../model/types.js';
import type { IntegrationRuleId, RuleId, Severity } from './catalog.js';
import type { ModelFacts } from './facts.js';

export interface RuleContext {
  readonly model: SemanticModel;
  readonly plateau: Plateau;
  /** Every plateau this run evaluates, in date order (one with `--plateau`). */
  readonly plateaus: readonly Plateau[];
  /** ISO date that certificate checks use. */
  readonly evaluationDate: string;
  /** Locales every name is expected in (gea.yaml `locales`). */
  readonly locales: readonly string[];
  /** Lookups computed once per model. */
  readonly facts: ModelFacts;
  /** Whether an element or statement exists at this plateau. */
  exists(thing: Element | Relation): boolean;
  /** The target of a reference when it resolved and exists at this plateau. */
  live<T extends Element>(reference: Ref<T> | undefined): T | undefined;
}

/**
 * One problem at one plateau. Problems of one rule about one element at one source range are one
 * finding whatever their messages say, so a rule reports each such place once per plateau.
 */
export interface Problem {
  readonly message: string;
  /** Where to report it (see RULES.md, "Where a finding is reported"). */
  readonly source: SourceRange;
  /** The element at fault: waivers `on` it (or on an element whose declaration holds `source`) apply. */
  readonly element: Element;
  /** Overrides the rule's default, e.g. the near-expiry warning of `certificate-valid`. */
  readonly severity?: Severity;
}

export type Report = (problem: Problem) => void;

/** What `gea rules`, `gea explain` and SARIF say about a finding id. */
export interface RuleInfo {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One line for `gea rules`. */
  readonly summary: string;
  /** Why the rule exists, with a bad and a good example, for `gea explain`. */
  readonly explanation: string;
}

/** An integration rule: a pure check over the model at one plateau. */
export interface Rule extends RuleInfo {
  readonly id: IntegrationRuleId;
  check(context: RuleContext, report: Report): void;
}
