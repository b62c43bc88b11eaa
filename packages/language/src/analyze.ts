// From built documents to the semantic model and every finding: the same code runs in the CLI
// and the language server.
import type { LangiumDocument } from 'langium';
import { documentFindings } from './findings/document-findings.js';
import { compareFindings, type Finding, modelFindings, type RuleOptions, RULES, runRules } from '@gea-arch/core';
import { buildSemanticModel, type ModelOptions } from './build-model/build-model.js';
import type { Rule, SemanticModel } from '@gea-arch/core';

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
