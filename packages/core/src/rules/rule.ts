// What an integration rule is: an id, a default severity, and a pure check over the model as it
// stands at one plateau. Its words (summary, explanation, messages) are in the word tables.
import type { PlateauModel } from '../model/model-at.js';
import type { ProjectionStep } from '../model/projection-history.js';
import type { Element, Plateau, SourceRange } from '../model/types.js';
import type { RuleWords } from '../words/words.js';
import type { Severity } from './catalog.js';
import type { ModelFacts } from './facts.js';

export type RuleWordsId = keyof RuleWords;

export interface RuleContext<Id extends RuleWordsId = RuleWordsId> {
  /** The model at the plateau being checked: only what exists there. */
  readonly model: PlateauModel;
  /** Every plateau this run evaluates, in date order (one with `--plateau`). */
  readonly plateaus: readonly Plateau[];
  /** ISO date that certificate checks use. */
  readonly evaluationDate: string;
  /** Locales every name is expected in (gea.yaml `locales`). */
  readonly locales: readonly string[];
  /** Lookups computed once per plateau model. */
  readonly facts: ModelFacts;
  /** This rule's words in the run's locale: its messages. */
  readonly words: RuleWords[Id];
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

/** An integration rule: its module is the one place that says what it checks and how severe it is. */
export interface Rule<Id extends RuleWordsId = RuleWordsId> {
  readonly id: Id;
  readonly severity: Severity;
  check(context: RuleContext<Id>, report: Report): void;
  /**
   * For the language server after an edit (decision 0036): the elements of `model` whose problems
   * can differ once `touched` changed (or let go: `removed`); the rule then visits those alone, in a model whose
   * collections hold only them. A rule may say it when it reports a problem about an element only
   * while it visits that element, and reaches everything else from there. Without it the rule is
   * run whole.
   */
  affected?(touched: ProjectionStep, model: PlateauModel): Iterable<Element>;
}
