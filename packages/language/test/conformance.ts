// Reads the conformance set (a byte-identical copy of shared/conformance) and its `// expect:` lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONFORMANCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'conformance');

export interface Expectation {
  readonly rule: string;
  /** Workspace-relative file (within a folder entry) and 1-based line. */
  readonly file: string;
  readonly line: number;
  readonly waived: boolean;
}

export interface ConformanceEntry {
  readonly name: string;
  /** `.gea` sources by workspace-relative path. */
  readonly sources: Readonly<Record<string, string>>;
  /** `gea.yaml` text, for folder entries that have one. */
  readonly config?: string;
  readonly expectations: readonly Expectation[];
}

export function conformanceEntries(dir = CONFORMANCE_DIR): ConformanceEntry[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => name.endsWith('.gea') || statSync(join(dir, name)).isDirectory())
    .map((name) => readEntry(dir, name));
}

function readEntry(dir: string, name: string): ConformanceEntry {
  const path = join(dir, name);
  if (!statSync(path).isDirectory()) {
    const text = readFileSync(path, 'utf8');
    return { name, sources: { [name]: text }, expectations: expectationsOf(name, text) };
  }
  const files = readdirSync(path).sort();
  const sources: Record<string, string> = {};
  for (const file of files.filter((f) => f.endsWith('.gea'))) sources[file] = readFileSync(join(path, file), 'utf8');
  const config = files.includes('gea.yaml') ? readFileSync(join(path, 'gea.yaml'), 'utf8') : undefined;
  const expectations = Object.entries(sources).flatMap(([file, text]) => expectationsOf(file, text));
  return { name, sources, config, expectations };
}

/** The `// expect:` lines of a file's first comment block. */
export function expectationsOf(file: string, text: string): Expectation[] {
  const expectations: Expectation[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('//')) break;
    const match = /^\/\/\s*expect:\s*(.+?)\s*$/.exec(line);
    if (!match || match[1] === 'none') continue;
    const [rule, lineNo, flag] = match[1]!.split(/\s+/);
    expectations.push({ rule: rule!, file, line: Number(lineNo), waived: flag === 'waived' });
  }
  return expectations;
}

/** `rule file:line` (+ ` waived`) strings, sorted, for comparing expectations and findings. */
export function expectationKeys(expectations: readonly Expectation[]): string[] {
  return expectations.map((e) => `${e.rule} ${e.file}:${e.line}${e.waived ? ' waived' : ''}`).sort();
}
