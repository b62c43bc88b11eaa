// SARIF 2.1.0 for code scanning: every finding id as a rule with its descriptions and default
// level, results with regions relative to the workspace, waived findings as suppressions.
import { RULE_INFOS, type RuleInfo, type Severity } from '@gea-arch/language';
import type { FindingRecord } from './finding-records.js';

export interface SarifTool {
  readonly version: string;
  readonly informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const ROOT = '%SRCROOT%';

export function findingsSarif(records: readonly FindingRecord[], tool: SarifTool): string {
  const ruleIndex = new Map(RULE_INFOS.map((rule, index) => [rule.id as string, index]));
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
            rules: RULE_INFOS.map(describeRule),
          },
        },
        originalUriBaseIds: { [ROOT]: { description: { text: 'The gea workspace folder (where gea.yaml is).' } } },
        columnKind: 'utf16CodeUnits',
        results: records.map((record) => result(record, ruleIndex.get(record.rule))),
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

function result(record: FindingRecord, ruleIndex: number | undefined) {
  return {
    ruleId: record.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[record.severity],
    message: { text: record.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(record.file), uriBaseId: ROOT },
          region: { startLine: record.line, startColumn: record.column, endLine: record.endLine, endColumn: record.endColumn },
        },
        ...(record.element ? { logicalLocations: [{ fullyQualifiedName: record.element }] } : {}),
      },
    ],
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

/** A relative URI reference for a workspace path: each segment percent-encoded. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}
