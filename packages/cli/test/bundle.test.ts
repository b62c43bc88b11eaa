// The bundled command (scripts/bundle.mjs, what bin/gea.js runs after `npm run build`) says and
// writes what the compiled modules do: its fonts, schemas, layout worker and PNG renderer are found
// where the packages keep them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE, folderSnapshot } from '@gea-arch/fixtures';
// @ts-expect-error: a plain JavaScript script.
import { bundle } from '../scripts/bundle.mjs';

const COMPILED = resolve(import.meta.dirname, '../dist/main.js');
const TEST_OUTPUT = resolve(import.meta.dirname, '../test-output');

/** A script that runs the command exported by `main` with its arguments. */
function runner(main: string): string {
  const script = join(mkdtempSync(join(tmpdir(), 'gea-runner-')), 'run.mjs');
  writeFileSync(
    script,
    `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)});\nprocess.exitCode = await run(process.argv.slice(2));\n`,
  );
  return script;
}

function gea(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GEA_LOCALE: 'en', ...env },
  });
  // Progress lines ("laying out …", "writing …") come at intervals, so how many there are and what they
  // say hangs on the machine's load, not on the bundle: the rest of what is said is compared.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => !line.endsWith('…'))
    .join('\n');
  return { code: result.status, stdout: result.stdout.replace(/built in \d+\.\d s/, 'built in'), stderr };
}

describe('the bundled command', () => {
  // Inside the repository, as dist/bundle/ is: the native PNG renderer is found in its node_modules.
  const bundleDir = join(TEST_OUTPUT, `bundle-${process.pid}`);
  beforeAll(() => bundle(bundleDir), 120_000);
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('checks and builds as the compiled modules do', () => {
    const bundled = runner(join(bundleDir, 'main.js'));
    const compiled = runner(COMPILED);
    const cwd = mkdtempSync(join(tmpdir(), 'gea-bundle-run-'));
    for (const args of [['--help'], ['check', QUICKSTART_EXAMPLE, '--format', 'json']]) {
      expect(gea(bundled, args, cwd), args.join(' ')).toEqual(gea(compiled, args, cwd));
    }
    const build = (script: string, where: string) =>
      gea(script, ['build', QUICKSTART_EXAMPLE, '--only', 'archimate,diagrams', '--out', 'out'], where);
    const [bundledCwd, compiledCwd] = [mkdtempSync(join(cwd, 'bundled-')), mkdtempSync(join(cwd, 'compiled-'))];
    const fromBundle = build(bundled, bundledCwd);
    expect(fromBundle).toEqual(build(compiled, compiledCwd));
    expect(fromBundle.code).toBe(0);
    expect(folderSnapshot(join(bundledCwd, 'out'))).toEqual(folderSnapshot(join(compiledCwd, 'out')));
  }, 120_000);

  it('loads ELK only when a view is laid out in its thread: no file of the bundle imports it but dynamically', () => {
    const files = readdirSync(bundleDir).filter((file) => file.endsWith('.js'));
    const text = (file: string) => readFileSync(join(bundleDir, file), 'utf8');
    const elk = files.filter((file) => text(file).includes('org.eclipse.elk'));
    expect(elk).toHaveLength(1);
    for (const file of files) {
      // `import{…}from"./x.js"`, `export … from"./x.js"` and `import"./x.js"`; not `import("./x.js")`.
      const statics = [...text(file).matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\/[^"]+)"/g)].map((match) => match[1]);
      expect(statics, file).not.toContain(`./${elk[0]}`);
      if (file.startsWith('main')) expect(statics.length, 'main.js imports chunks statically').toBeGreaterThan(0);
    }
    expect(files.some((file) => text(file).includes(`import("./${elk[0]}")`))).toBe(true);
  });

  it('draws PNGs as the compiled modules do, resvg loaded where npm put it and told to keep freed memory longer', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gea-bundle-png-'));
    const draw = (script: string, file: string) =>
      gea(script, ['diagram', 'landscape-now', QUICKSTART_EXAMPLE, '--format', 'png', '-o', file], cwd, {
        MIMALLOC_VERBOSE: '1',
        MIMALLOC_PURGE_DELAY: undefined,
      });
    const fromBundle = draw(runner(join(bundleDir, 'main.js')), 'bundled.png');
    const fromModules = draw(runner(COMPILED), 'compiled.png');
    expect([fromBundle.code, fromModules.code]).toEqual([0, 0]);
    // mimalloc lists its options when MIMALLOC_VERBOSE is set (diagrams/src/node/resvg.ts).
    expect(fromBundle.stderr).toContain("option 'purge_delay': 50");
    expect(readFileSync(join(cwd, 'bundled.png')).equals(readFileSync(join(cwd, 'compiled.png')))).toBe(true);
  }, 120_000);
});
