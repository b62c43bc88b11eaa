// gea.yaml: reading it, checking every key, and the defaults of LANGUAGE.md for what it leaves out.
// Problems are said in the words of the locale the caller gives (Mongolian by default).
import { posix } from 'node:path';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Scalar,
} from 'yaml';
import {
  closeRuleIds,
  closestMatches,
  isCalendarDate,
  isLanguageRuleId,
  isLocaleCode,
  isRuleId,
  languageCodeOf,
  type Severity,
} from '@gea-arch/core';
import { say, type Saying } from './saying.js';

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
  /** Where the text at fault ends (1-based, exclusive), for an editor to underline it; at `column` + 1 when unknown. */
  readonly endLine: number;
  readonly endColumn: number;
  /** In the locale gea.yaml was read in. */
  readonly message: string;
  /** The message in another locale's words. */
  readonly say: Saying;
}

export class ConfigError extends Error {
  /**
   * `locale`: the one the messages are in. `readable`: the settings that could be read, the
   * defaults for the rest (absent when the file is no YAML mapping), for an editor to go on with.
   */
  constructor(
    readonly problems: readonly ConfigProblem[],
    readonly locale?: string,
    readonly readable?: WorkspaceConfig,
  ) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

const KEYS = ['name', 'locale', 'locales', 'sources', 'out', 'rules', 'evaluation-date'] as const;
const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

/**
 * Parses gea.yaml text; throws ConfigError listing every problem with its line and column, in the
 * words of `locale`.
 */
export function parseConfig(text: string, file: string, locale?: string): WorkspaceConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const at = (where: Where, saying: Saying) => {
    const [start, end] = typeof where === 'number' ? [where, undefined] : where === undefined ? [undefined, undefined] : where;
    const { line, col } = start === undefined ? { line: 1, col: 1 } : lineCounter.linePos(start);
    const last = end !== undefined && start !== undefined && end > start ? lineCounter.linePos(end) : { line, col: col + 1 };
    problems.push({ file, line, column: col, endLine: last.line, endColumn: last.col, message: say(saying, locale), say: saying });
  };
  // Said in gea's words by the reader's error code: its own messages are English only.
  for (const error of [...document.errors, ...document.warnings]) {
    at(error.pos, (words) => {
      const said = words.cli.config;
      return said.invalidYaml({ detail: said.yamlProblems[error.code] ?? said.yamlProblem });
    });
  }
  if (problems.length > 0) throw new ConfigError(problems, locale);
  resolveAliases(document, at);
  if (problems.length > 0) throw new ConfigError(problems, locale);

  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return DEFAULT_CONFIG;
  if (!isMap(root)) {
    at(root.range ?? undefined, (words) => words.cli.config.notMapping);
    throw new ConfigError(problems, locale);
  }

  const config: { -readonly [K in keyof WorkspaceConfig]: WorkspaceConfig[K] } = { ...DEFAULT_CONFIG };
  let localesGiven = false;
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    const keyOffset = keyNode?.range ?? undefined;
    const valueOffset = value?.range ?? keyOffset;
    switch (key) {
      case 'name': {
        const name = textOf(value);
        if (name !== undefined) config.name = name;
        else at(valueOffset, (words) => words.cli.config.name);
        break;
      }
      case 'locale':
        if (!isString(value)) at(valueOffset, (words) => words.cli.config.locale);
        else if (isLocaleCode(value.value)) config.locale = value.value;
        else at(valueOffset, notLocaleCode('locale', value.value));
        break;
      case 'locales': {
        if (!isSeq(value) || value.items.length === 0) {
          at(valueOffset, (words) => words.cli.config.locales);
          break;
        }
        // Each entry that is no locale code is named where it is written.
        const items = value.items as (YamlNode | null)[];
        const wrong = items.filter((item) => !isString(item) || !isLocaleCode(item.value));
        for (const item of wrong) {
          const written = isScalar(item) && item.value !== null ? String(item.value) : undefined;
          at(item?.range ?? valueOffset, written === undefined ? (words) => words.cli.config.locales : notLocaleCode('locales', written));
        }
        if (wrong.length === 0) {
          config.locales = items.map((item) => (item as Scalar<string>).value);
          localesGiven = true;
        }
        break;
      }
      case 'sources': {
        const list = stringList(value) ?? (isString(value) ? [value.value as string] : undefined);
        if (!list || list.length === 0) {
          at(valueOffset, (words) => words.cli.config.sources);
          break;
        }
        // A pattern that climbs out of the workspace or names an absolute path would read files
        // that are not the workspace's; refuse it where it is written.
        const leaving = (isSeq(value) ? (value.items as YamlNode[]) : [value]).filter(
          (item) => isString(item) && leavesWorkspace(item.value as string),
        );
        for (const item of leaving) {
          const pattern = (item as Scalar).value as string;
          at((item as Scalar).range ?? undefined, (words) => words.cli.config.sourceOutside({ pattern }));
        }
        if (leaving.length === 0) config.sources = list;
        break;
      }
      case 'out': {
        const out = textOf(value);
        if (out === undefined || out.trim() === '') at(valueOffset, (words) => words.cli.config.out);
        // The workspace folder itself: its sources would all be skipped as output, and gea refuses
        // to write into a folder it did not make.
        else if (isFolderItself(out)) at(valueOffset, (words) => words.cli.config.outIsWorkspace({ out }));
        else config.out = out;
        break;
      }
      case 'rules':
        config.rules = readRules(value, valueOffset, at);
        break;
      case 'evaluation-date': {
        const date = isScalar(value) ? String(value.value) : '';
        if (isCalendarDate(date)) config.evaluationDate = date;
        else at(valueOffset, (words) => words.cli.config.evaluationDate);
        break;
      }
      default: {
        const close = closestMatches(key, KEYS, 1);
        at(keyOffset, (words) =>
          words.cli.config.unknownSetting({ key, suggestion: words.syntax.didYouMean({ names: close }), known: KEYS.join(', ') }),
        );
      }
    }
  }
  if (!localesGiven) config.locales = [config.locale];
  if (problems.length > 0) throw new ConfigError(problems, locale, config);
  return config;
}

/**
 * Puts in place of each alias (`locales: [*default, en]` after `locale: &default mn`) the node its
 * anchor names, which problems are then reported at; an alias that names no anchor is a problem.
 * Aliases are found and resolved first and replaced after, so that an anchored value holding an
 * alias of itself is not walked round for ever.
 */
function resolveAliases(document: Document, at: (where: Where, saying: Saying) => void): void {
  const found: { alias: Alias; parent: unknown; key: number | 'key' | 'value' | null }[] = [];
  visit(document, {
    Alias: (key, alias, path) => {
      found.push({ alias, parent: path[path.length - 1], key });
    },
  });
  // Every alias resolved before any is replaced: resolving walks the document, which a replaced
  // alias may have made a loop.
  const resolved = found.map((entry) => ({ ...entry, node: entry.alias.resolve(document) }));
  for (const { alias, parent, key, node } of resolved) {
    if (!node) {
      at(alias.range ?? undefined, (words) => words.cli.config.unknownAlias({ alias: alias.source }));
      continue;
    }
    if (isPair(parent) && (key === 'key' || key === 'value')) parent[key] = node;
    else if ((isSeq(parent) || isMap(parent)) && typeof key === 'number') parent.items[key] = node as never;
  }
}

/** `locale: en-US`: a locale that is no language code (decision 0064), and the one it starts with. */
/** Where a problem is: a YAML node's range (`[start, valueEnd, nodeEnd]`), an error's `[start, end]`, or an offset. */
type Where = readonly number[] | number | undefined;

function notLocaleCode(key: string, locale: string): Saying {
  const language = languageCodeOf(locale);
  return (words) => words.cli.config.localeCode({ key, locale, language });
}

function readRules(value: YamlNode | null, offset: Where, at: (where: Where, saying: Saying) => void): Record<string, Severity | 'off'> {
  const rules: Record<string, Severity | 'off'> = {};
  if (value === null || (isScalar(value) && value.value === null)) return rules;
  if (!isMap(value)) {
    at(offset, (words) => words.cli.config.rules);
    return rules;
  }
  for (const pair of value.items) {
    const keyNode = pair.key as YamlNode | null;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const severityNode = pair.value as YamlNode | null;
    if (!isRuleId(id)) {
      const close = closeRuleIds(id);
      at(keyNode?.range ?? undefined, (words) =>
        words.cli.config.unknownRule({ id, suggestion: words.syntax.didYouMean({ names: close }) }),
      );
      continue;
    }
    // YAML 1.1 readers turn a bare `off` into false; accept both spellings.
    const raw = isScalar(severityNode) ? severityNode.value : undefined;
    const severity = raw === false ? 'off' : String(raw);
    // Parse and link errors leave the model incomplete: turned down, a broken model would pass.
    if (isLanguageRuleId(id) && severity !== 'error')
      at(severityNode?.range ?? keyNode?.range ?? undefined, (words) => words.cli.config.fixedSeverity({ id }));
    else if ((SEVERITIES as readonly string[]).includes(severity)) rules[id] = severity as Severity | 'off';
    else
      at(severityNode?.range ?? keyNode?.range ?? undefined, (words) =>
        words.cli.config.severity({ id, severities: SEVERITIES.join(', ') }),
      );
  }
  return rules;
}

function isString(node: YamlNode | null): node is YamlNode & { value: string } {
  return isScalar(node) && typeof node.value === 'string';
}

/** A string, or a plain number or boolean as written (`out: 2026` names the folder `2026`). */
function textOf(node: YamlNode | null): string | undefined {
  if (isString(node)) return node.value;
  if (!isScalar(node) || node.type !== 'PLAIN' || node.source === undefined) return undefined;
  return typeof node.value === 'number' || typeof node.value === 'boolean' ? node.source : undefined;
}

/** `.`, `./`, `a/..`: the folder of gea.yaml itself. */
function isFolderItself(folder: string): boolean {
  return posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '') === '.';
}

function stringList(node: YamlNode | null): string[] | undefined {
  if (!isSeq(node)) return undefined;
  const items = node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined));
  return items.every((item): item is string => item !== undefined) ? items : undefined;
}

/** Absolute patterns and patterns with a `..` segment reach outside the folder of gea.yaml. */
function leavesWorkspace(pattern: string): boolean {
  return /^([/\\]|[A-Za-z]:)/.test(pattern) || pattern.split(/[/\\]/).includes('..');
}
