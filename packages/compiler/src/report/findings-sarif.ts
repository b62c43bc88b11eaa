// SARIF 2.1.0 for code scanning: every finding id as a rule with its descriptions and default
// level, results located from the repository root (so code scanning finds a model kept in a
// subfolder) and fingerprinted without lines (so an alert follows its finding across edits),
// waived findings as suppressions. Descriptions are in the words of one locale; the
// messages are the findings' own, and rule ids stay as they are.
import { ruleCatalog, wordsFor, type RuleInfo, type SemanticModel, type Severity, type Words } from '@gea-arch/core';
import type { Workspace } from '../workspace/load-workspace.js';
import type { FindingRecord } from './finding-records.js';
import { FINGERPRINT_KEY, findingFingerprints } from './finding-fingerprints.js';

export interface SarifTool {
  readonly version: string;
  readonly informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const ROOT = '%SRCROOT%';

/**
 * Paths in `records` are relative to the workspace; with the `workspace`, artifact URIs are made
 * relative to its git repository root when it has one. Rules are described in `locale`, by
 * default the workspace's (gea.yaml `locale`). `model` names the elements the fingerprints take
 * from the messages (without it, the rule and the element or file alone).
 */
export function findingsSarif(
  records: readonly FindingRecord[],
  tool: SarifTool,
  workspace?: Workspace,
  locale = workspace?.config.locale,
  model?: SemanticModel,
): string {
  const words = wordsFor(locale);
  const rules = ruleCatalog(words);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id as string, index]));
  const base = sourceRoot(workspace, words);
  const uriOf = (record: FindingRecord): string => base.prefix + record.file;
  const fingerprints = findingFingerprints(records, uriOf, (word) => model?.byId.has(word) === true);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gea',
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map(describeRule),
          },
        },
        originalUriBaseIds: { [ROOT]: { description: { text: base.description } } },
        columnKind: 'utf16CodeUnits',
        results: records.map((record, index) => result(record, uriOf(record), ruleIndex.get(record.rule), fingerprints[index]!)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function describeRule(rule: RuleInfo) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.explanation.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ') },
    help: { text: rule.explanation },
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

/** What %SRCROOT% stands for, and the path from it to the workspace folder (`` or ending in `/`). */
function sourceRoot(workspace: Workspace | undefined, words: Words): { readonly prefix: string; readonly description: string } {
  const path = workspace?.repositoryPath;
  if (path === undefined) return { prefix: '', description: words.cli.sarif.workspaceRoot };
  return { prefix: path === '' ? '' : `${path}/`, description: words.cli.sarif.repositoryRoot };
}

function result(record: FindingRecord, file: string, ruleIndex: number | undefined, fingerprint: string) {
  return {
    ruleId: record.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[record.severity],
    message: { text: record.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(file), uriBaseId: ROOT },
          region: { startLine: record.line, startColumn: record.column, endLine: record.endLine, endColumn: record.endColumn },
        },
        ...(record.element ? { logicalLocations: [{ fullyQualifiedName: record.element }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(record.waived
      ? {
          suppressions: [
            {
              kind: 'inSource',
              status: 'accepted',
              justification: record.justification ?? '',
              properties: { waiver: record.waiver },
            },
          ],
        }
      : {}),
    properties: { plateaus: record.plateaus },
  };
}

/** A relative URI reference for a path with `/`: each segment percent-encoded. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}
