// The core is pure: the CLI, the language server, the editor preview and a browser all load it, so
// it imports nothing but its own modules — no Langium, no Node.js, no I/O.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '../src');
const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as {
  dependencies?: object;
  sideEffects?: boolean;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier of a file: `import … from`, `export … from`, `import('…')`, `require('…')`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found;
}

describe('@gea-arch/core', () => {
  const files = sourceFiles(SOURCE);

  it('imports only its own modules: no Langium, no node:, no package at all', () => {
    const foreign = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('../'))
        .map((specifier) => `${relative(SOURCE, file)}: ${specifier}`),
    );
    expect(foreign).toEqual([]);
  });

  it('touches no Node.js global that does I/O', () => {
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    const io = files.filter((file) => /\b(process|require|Buffer|__dirname|fetch)\b\s*[.(]/.test(code(file)));
    expect(io.map((file) => relative(SOURCE, file))).toEqual([]);
  });

  it('has no dependencies and no side effects, so bundlers keep only what a shell uses', () => {
    expect(PACKAGE.dependencies).toBeUndefined();
    expect(PACKAGE.sideEffects).toBe(false);
  });

  it('finds a forbidden import when there is one (the check itself works)', () => {
    expect(specifiers("import { x } from 'langium';\nimport type { y } from 'node:fs';\nconst z = await import('node:path');")).toEqual([
      'langium',
      'node:fs',
      'node:path',
    ]);
  });
});
