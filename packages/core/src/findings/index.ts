// Findings: what the rules and the language report, and the workspace-wide parse-level ones.
export * from './finding.js';
export * from './model-findings.js';
export * from './partial-plateaus.js';
