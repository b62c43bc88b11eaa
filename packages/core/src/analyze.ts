// From a semantic model and the findings of parsing and linking to every finding, sorted: the
// pure half of analysis that the CLI, the language server and the tests share.
import { compareFindings, type Finding } from './findings/finding.js';
import { modelFindings } from './findings/model-findings.js';
import type { SemanticModel } from './model/types.js';
import { RULES } from './rules/registry.js';
import type { Rule } from './rules/rule.js';
import { runRulesStepwise, type RuleOptions, type RuleStep } from './rules/run-rules.js';
import { unresolvedMayHideFindings } from './rules/unused-waiver.js';
import { finished } from './stepwise.js';

export interface ModelAnalysisOptions extends RuleOptions {
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

/** Parse and link findings (from the documents) with the model's own and every rule's, gea.yaml severities applied. */
export function analyzeModel(model: SemanticModel, languageFindings: readonly Finding[], options: ModelAnalysisOptions = {}): Finding[] {
  return finished(analyzeModelStepwise(model, languageFindings, options));
}

/** As analyzeModel, one step at a time (runRulesStepwise). */
export function* analyzeModelStepwise(
  model: SemanticModel,
  languageFindings: readonly Finding[],
  options: ModelAnalysisOptions = {},
): Generator<RuleStep, Finding[], void> {
  const severities = options.severities ?? {};
  const parseAndLink = [...languageFindings, ...modelFindings(model, { locale: options.locale })]
    .filter((finding) => severities[finding.rule] !== 'off')
    .map((finding) => {
      const override = severities[finding.rule];
      return override && override !== 'off' ? { ...finding, severity: override } : finding;
    });
  const unresolvedReferences = unresolvedMayHideFindings(model, languageFindings);
  const findings = [...parseAndLink, ...(yield* runRulesStepwise(model, options.rules ?? RULES, { unresolvedReferences, ...options }))];
  return findings.sort(compareFindings);
}
