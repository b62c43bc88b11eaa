// gea.yaml: reading it, checking every key, and the defaults of LANGUAGE.md for what it leaves out.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ALL_RULE_IDS, closestMatches, isRuleId, type Severity } from '@gea-arch/core';
import { isCalendarDate } from '@gea-arch/core';

export interface WorkspaceConfig {
  readonly name?: string;
  /** Locale of unqualified names. */
  readonly locale: string;
  /** Locales names are expected in. */
  readonly locales: readonly string[];
  /** Source globs, relative to the workspace folder. */
  readonly sources: readonly string[];
  /** Output folder, relative to the workspace folder. */
  readonly out: string;
  /** Severity overrides by rule id. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** ISO date for certificate checks; today when unset. */
  readonly evaluationDate?: string;
}

export const DEFAULT_CONFIG: WorkspaceConfig = {
  locale: 'mn',
  locales: ['mn'],
  sources: ['**/*.gea'],
  out: 'out',
  rules: {},
};

export interface ConfigProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

const KEYS = ['name', 'locale', 'locales', 'sources', 'out', 'rules', 'evaluation-date'] as const;
const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Parses gea.yaml text; throws ConfigError listing every problem with its line and column. */
export function parseConfig(text: string, file: string): WorkspaceConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const at = (offset: number | undefined, message: string) => {
    const { line, col } = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    problems.push({ file, line, column: col, message });
  };
  for (const error of [...document.errors, ...document.warnings]) at(error.pos[0], `not valid YAML: ${firstLine(error.message)}`);
  if (problems.length > 0) throw new ConfigError(problems);

  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return DEFAULT_CONFIG;
  if (!isMap(root)) {
    at(root.range?.[0], 'gea.yaml must be a mapping of settings (`locale: mn`, `sources: [...]`, …)');
    throw new ConfigError(problems);
  }

  const config: { -readonly [K in keyof WorkspaceConfig]: WorkspaceConfig[K] } = { ...DEFAULT_CONFIG };
  let localesGiven = false;
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    const keyOffset = keyNode?.range?.[0];
    const valueOffset = value?.range?.[0] ?? keyOffset;
    switch (key) {
      case 'name':
        if (isString(value)) config.name = value.value as string;
        else at(valueOffset, '`name` must be a string');
        break;
      case 'locale':
        if (isString(value) && LOCALE.test(value.value as string)) config.locale = value.value as string;
        else at(valueOffset, '`locale` must be a locale code such as `mn` or `en`');
        break;
      case 'locales': {
        const list = stringList(value);
        if (list && list.every((l) => LOCALE.test(l)) && list.length > 0) {
          config.locales = list;
          localesGiven = true;
        } else at(valueOffset, '`locales` must be a list of locale codes, e.g. `[mn, en]`');
        break;
      }
      case 'sources': {
        const list = stringList(value) ?? (isString(value) ? [value.value as string] : undefined);
        if (list && list.length > 0) config.sources = list;
        else at(valueOffset, '`sources` must be a list of globs relative to gea.yaml, e.g. `["**/*.gea"]`');
        break;
      }
      case 'out':
        if (isString(value) && (value.value as string).trim() !== '') config.out = value.value as string;
        else at(valueOffset, '`out` must be a folder name relative to gea.yaml, e.g. `out`');
        break;
      case 'rules':
        config.rules = readRules(value, valueOffset, at);
        break;
      case 'evaluation-date': {
        const date = isScalar(value) ? String(value.value) : '';
        if (isCalendarDate(date)) config.evaluationDate = date;
        else at(valueOffset, '`evaluation-date` must be a date written YYYY-MM-DD');
        break;
      }
      default: {
        const [close] = closestMatches(key, KEYS, 1);
        at(keyOffset, `unknown setting \`${key}\`${close ? `; did you mean \`${close}\`?` : ''} (known: ${KEYS.join(', ')})`);
      }
    }
  }
  if (!localesGiven) config.locales = [config.locale];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readRules(value: YamlNode | null, offset: number | undefined, at: (offset: number | undefined, message: string) => void): Record<string, Severity | 'off'> {
  const rules: Record<string, Severity | 'off'> = {};
  if (value === null || (isScalar(value) && value.value === null)) return rules;
  if (!isMap(value)) {
    at(offset, '`rules` must map rule ids to error, warning, info or off');
    return rules;
  }
  for (const pair of value.items) {
    const keyNode = pair.key as YamlNode | null;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const severityNode = pair.value as YamlNode | null;
    if (!isRuleId(id)) {
      const [close] = closestMatches(id, ALL_RULE_IDS, 1);
      at(keyNode?.range?.[0], `unknown rule \`${id}\`${close ? `; did you mean \`${close}\`?` : ''} (\`gea rules\` lists them)`);
      continue;
    }
    // YAML 1.1 readers turn a bare `off` into false; accept both spellings.
    const raw = isScalar(severityNode) ? severityNode.value : undefined;
    const severity = raw === false ? 'off' : String(raw);
    if ((SEVERITIES as readonly string[]).includes(severity)) rules[id] = severity as Severity | 'off';
    else at(severityNode?.range?.[0] ?? keyNode?.range?.[0], `severity of \`${id}\` must be one of ${SEVERITIES.join(', ')}`);
  }
  return rules;
}

function isString(node: YamlNode | null): node is YamlNode & { value: string } {
  return isScalar(node) && typeof node.value === 'string';
}

function stringList(node: YamlNode | null): string[] | undefined {
  if (!isSeq(node)) return undefined;
  const items = node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined));
  return items.every((item): item is string => item !== undefined) ? items : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}

