// The main entry of @gea-arch/diagrams is pure: the CLI, the editor preview and a browser all load
// it, so nothing it reaches imports Node.js or touches the disk. What needs Node.js (the bundled
// font read from disk, worker threads, the layout cache, PNG) is reached only from `./node`.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '../src');
const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { dependencies: Record<string, string> };
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** The packages the pure part may use: the core, the layout engine and the font reader. */
const PURE_PACKAGES = ['@gea-arch/core', 'elkjs', 'fontkit'];

/** Every module specifier of a file: `import … from`, `export … from`, `import('…')`, `require('…')`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found;
}

/** The source files reachable from `entry` through relative imports, and the packages they name. */
function moduleGraph(entry: string): { files: string[]; packages: Map<string, string[]> } {
  const files: string[] = [];
  const packages = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (!existsSync(target)) throw new Error(`${relative(SOURCE, file)}: cannot find ${specifier}`);
        pending.push(target);
      } else {
        packages.set(specifier, [...(packages.get(specifier) ?? []), relative(SOURCE, file)]);
      }
    }
  }
  return { files: files.map((file) => relative(SOURCE, file)).sort(), packages };
}

describe('@gea-arch/diagrams main entry', () => {
  const { files, packages } = moduleGraph(join(SOURCE, 'index.ts'));

  it('imports no Node.js module, anywhere in its module graph', () => {
    const builtins = [...packages].filter(([name]) => NODE_BUILTINS.has(name));
    expect(builtins).toEqual([]);
  });

  it('uses only the core, elkjs and fontkit', () => {
    const foreign = [...packages.keys()].filter((name) => !PURE_PACKAGES.some((pure) => name === pure || name.startsWith(`${pure}/`)));
    expect(foreign).toEqual([]);
    for (const name of PURE_PACKAGES) expect(Object.keys(PACKAGE.dependencies)).toContain(name);
  });

  it('touches no Node.js global and reads no file next to itself', () => {
    const code = (file: string) => readFileSync(join(SOURCE, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    const io = files.filter((file) => /\b(process|require|Buffer|__dirname|__filename)\b\s*[.(]|import\.meta/.test(code(file)));
    expect(io).toEqual([]);
  });

  it('reaches layout, SVG, Mermaid and PlantUML, and none of the Node.js parts', () => {
    expect(files).toEqual(
      expect.arrayContaining(['layout/layout-view.ts', 'svg/render-svg.ts', 'text/mermaid.ts', 'text/plantuml.ts', 'fonts/fonts.ts']),
    );
    for (const nodeOnly of [
      'node/bundled-fonts.ts',
      'node/layout-pool.ts',
      'node/layout-cache.ts',
      'node/layout-worker.ts',
      'node/render-png.ts',
      'node/index.ts',
    ]) {
      expect(files).not.toContain(nodeOnly);
    }
  });
});

describe('@gea-arch/diagrams/node', () => {
  it('holds the Node.js parts: the bundled font, the worker pool, the layout cache and PNG', () => {
    const { files } = moduleGraph(join(SOURCE, 'node/index.ts'));
    expect(files).toEqual(
      expect.arrayContaining(['node/bundled-fonts.ts', 'node/layout-pool.ts', 'node/layout-cache.ts', 'node/render-png.ts']),
    );
  });

  it('finds a Node.js import when there is one (the check itself works)', () => {
    expect([...moduleGraph(join(SOURCE, 'node/index.ts')).packages.keys()].filter((name) => NODE_BUILTINS.has(name))).toEqual(
      expect.arrayContaining(['node:fs', 'node:worker_threads']),
    );
  });
});
