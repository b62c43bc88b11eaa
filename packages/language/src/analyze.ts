// From built documents to the semantic model and every finding: the same code runs in the CLI
// and the language server.
import type { LangiumDocument } from 'langium';
import { documentFindings } from './findings/document-findings.js';
import { compareFindings, type Finding } from './findings/finding.js';
import { modelFindings } from './findings/model-findings.js';
import { buildSemanticModel, type ModelOptions } from './model/build-model.js';
import type { SemanticModel } from './model/types.js';
import { RULES } from './rules/registry.js';
import type { Rule } from './rules/rule.js';
import { runRules, type RuleOptions } from './rules/run-rules.js';

export interface Analysis {
  readonly model: SemanticModel;
  /** Sorted by document, line, column, rule. */
  readonly findings: readonly Finding[];
}

export interface AnalysisOptions extends ModelOptions, RuleOptions {
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

/** Documents must be built (parsed, linked, validated); they are read in the order given. */
export function analyzeDocuments(documents: readonly LangiumDocument[], options: AnalysisOptions = {}): Analysis {
  const model = buildSemanticModel(documents, options);
  const severities = options.severities ?? {};
  const parseAndLink = [...documents.flatMap(documentFindings), ...modelFindings(model)]
    .filter((finding) => severities[finding.rule] !== 'off')
    .map((finding) => {
      const override = severities[finding.rule];
      return override && override !== 'off' ? { ...finding, severity: override } : finding;
    });
  const findings = [...parseAndLink, ...runRules(model, options.rules ?? RULES, options)];
  findings.sort(compareFindings);
  return { model, findings };
}
