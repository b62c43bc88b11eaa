// Evaluates the rules at every plateau on the model as it stands there (modelAt), applies waivers,
// and merges the same problem found at several plateaus into one finding that lists them: one
// finding per rule, element, source range and waiver, with the earliest plateau's message. A
// finding past the end of a waiver that covered it says where that waiver ended.
import { compareFindings, type Finding } from '../findings/finding.js';
import { finished } from '../stepwise.js';
import { modelAtStepwise } from '../model/model-at.js';
import { datedPlateaus } from '../model/plateaus.js';
import { rangeContains } from '../model/source-order.js';
import type { Plateau, SemanticModel, Waiver } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import type { Severity } from './catalog.js';
import { computeFacts } from './facts.js';
import type { Problem, Rule, RuleContext } from './rule.js';
import { problemsOf } from './kept-problems.js';
import { unusedWaiver, unusedWaivers } from './unused-waiver.js';
import { placesOfUnknownLifecycle } from './absent-reference.js';
import { endOf, groupWaivers, matchWaivers } from './waiver-matching.js';

export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

export interface RuleOptions {
  /** ISO date for certificate checks; today by default. */
  readonly evaluationDate?: string;
  /** Locales names are expected in; the model's default locale alone by default. */
  readonly locales?: readonly string[];
  /** gea.yaml `rules:` */
  readonly severities?: SeverityOverrides;
  /** Evaluate at this plateau only (its id). */
  readonly plateau?: string;
  /** The language of messages (`mn`, `en`, `mn-MN`, …); the model's default locale by default. */
  readonly locale?: string;
  /**
   * Some reference names nothing declared (`unresolved-reference`): what the rules would find with
   * it resolved is not known, so a waiver that matched nothing is not called unused.
   */
  readonly unresolvedReferences?: boolean;
}

interface Accumulated {
  readonly rule: Rule;
  /** As found at the earliest plateau. */
  readonly problem: Problem;
  readonly waiver: Waiver | undefined;
  /** When no waiver applies: the one that covered the problem until an earlier plateau (or this one). */
  readonly ended: Waiver | undefined;
  readonly plateaus: Plateau[];
  severity: Severity;
}

export function runRules(model: SemanticModel, rules: readonly Rule[], options: RuleOptions = {}): Finding[] {
  return finished(runRulesStepwise(model, rules, options));
}

/**
 * Where the rules are: at `plateau`, `complete` once all its rules have run. The language server
 * lets the editor's messages in at every step (after a plateau's projection, and after each rule),
 * so an edit waits for one rule rather than all of them.
 */
export interface RuleStep {
  readonly plateau: Plateau;
  readonly complete: boolean;
}

/** The rules one step at a time (RuleStep); returns the findings. */
export function* runRulesStepwise(
  model: SemanticModel,
  rules: readonly Rule[],
  options: RuleOptions = {},
): Generator<RuleStep, Finding[], void> {
  const evaluationDate = options.evaluationDate ?? new Date().toISOString().slice(0, 10);
  const locales = options.locales ?? [model.defaultLocale];
  const words = wordsFor(options.locale ?? model.defaultLocale);
  const severities = options.severities ?? {};
  const enabled = rules.filter((rule) => severities[rule.id] !== 'off');
  // An undated plateau is not evaluated: what exists there is not known (decision 0070).
  const dated = datedPlateaus(model.plateaus);
  const plateaus = options.plateau ? dated.filter((p) => p.id === options.plateau) : dated;
  const waiversByRule = groupWaivers(model);
  const unknownLifecycles = placesOfUnknownLifecycle(model);
  const used = new Set<Waiver>();
  const accumulated = new Map<string, Accumulated>();
  const settings = [evaluationDate, locales.join(), options.locale ?? model.defaultLocale, plateaus.map((p) => p.id).join()].join('\u0000');

  for (const plateau of plateaus) {
    // The projection lets edits in as it is made: it is the longest step (120-190 ms at L).
    const projecting = modelAtStepwise(model, plateau);
    let made = projecting.next();
    for (; !made.done; made = projecting.next()) yield { plateau, complete: false };
    const at = made.value;
    yield { plateau, complete: false };
    const facts = computeFacts(at);
    for (const [index, rule] of enabled.entries()) {
      if (index > 0) yield { plateau, complete: false };
      const context: RuleContext = { model: at, plateaus, evaluationDate, locales, facts, words: words.rules[rule.id] };
      for (const problem of problemsOf(rule, context, settings)) {
        // Every waiver that matches is used; the finding names the first in source order.
        const { applying, ended } = matchWaivers(waiversByRule.get(rule.id), problem, plateau);
        for (const waiver of applying) used.add(waiver);
        // Where a lifecycle names a plateau not known, whether the problem holds is not known either:
        // it is not reported, and the waivers it matches are not called unused.
        if (unknownLifecycles.length > 0 && unknownLifecycles.some((place) => rangeContains(place, problem.source))) continue;
        const waiver = applying[0];
        const severity = problem.severity ?? rule.severity;
        const key = problemKey(rule, problem, waiver, ended);
        const entry = accumulated.get(key);
        if (!entry) accumulated.set(key, { rule, problem, waiver, ended, plateaus: [plateau], severity });
        else {
          if (entry.plateaus[entry.plateaus.length - 1] !== plateau) entry.plateaus.push(plateau);
          entry.severity = moreSevere(entry.severity, severity);
        }
      }
    }
    yield { plateau, complete: true };
  }

  const findings: Finding[] = [...accumulated.values()].map(({ rule, problem, waiver, ended, plateaus: at, severity }) => ({
    rule: rule.id,
    severity: effectiveSeverity(severities[rule.id], severity),
    message: ended ? problem.message + words.common.waiverEnded({ waiver: ended.id, until: endOf(ended)!.id }) : problem.message,
    source: problem.source,
    element: problem.element.id,
    plateaus: at.map((p) => p.id),
    waived: waiver !== undefined,
    waiver: waiver?.id,
    justification: waiver?.reason,
  }));
  if (severities[unusedWaiver.id] !== 'off' && plateaus.length > 0) {
    // Not every plateau was evaluated (`--plateau`, an undated one): a waiver may be used at another.
    const partial = plateaus.length < model.plateaus.length;
    const judged = judgedRules(enabled, findings, options.unresolvedReferences === true);
    const unused = unusedWaivers(model, plateaus, used, judged, words.rules[unusedWaiver.id], partial);
    findings.push(...unused.map((finding) => ({ ...finding, severity: effectiveSeverity(severities[unusedWaiver.id], finding.severity) })));
  }
  // In the order of the text: the same whether a rule's problems were found at once or kept from before an edit.
  return findings.sort(compareFindings);
}

/** The rules that report a required property left out; every other rule does not fire where one is (RULES.md). */
const REQUIRED_PROPERTY_RULES: ReadonlySet<string> = new Set(['owner-required', 'interface-complete']);

/**
 * The rules whose waivers can be called unused: none while a reference is unresolved, and only those
 * that report a missing required property while one is missing (what the others would find is not known).
 */
function judgedRules(enabled: readonly Rule[], findings: readonly Finding[], unresolvedReferences: boolean): Set<string> {
  if (unresolvedReferences) return new Set();
  const incomplete = findings.some((finding) => REQUIRED_PROPERTY_RULES.has(finding.rule));
  return new Set(enabled.map((rule) => rule.id).filter((id) => !incomplete || REQUIRED_PROPERTY_RULES.has(id)));
}

function effectiveSeverity(override: Severity | 'off' | undefined, severity: Severity): Severity {
  return override && override !== 'off' ? override : severity;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A place whose problem is a warning at one plateau and an error at another is an error. */
function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/**
 * What makes two problems one finding: the rule, the place and the element, whatever the message
 * says at each plateau (a different rival or earlier duplicate). A waived and an unwaived problem
 * at one place stay apart, as do problems waived by different waivers, and an unwaived problem
 * past a waiver's end from one before any waiver applied (their messages differ).
 */
function problemKey(rule: Rule, problem: Problem, waiver: Waiver | undefined, ended: Waiver | undefined): string {
  const { uri, start, end } = problem.source;
  return `${rule.id}\u0000${uri}\u0000${start.line}:${start.character}-${end.line}:${end.character}\u0000${problem.element.id}\u0000${waiver?.id ?? ''}\u0000${ended?.id ?? ''}`;
}
