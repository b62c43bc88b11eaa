// The README's "Use gea in your own repository", run as written: pack the five packages from this
// checkout, install the tarballs into an empty project, and run gea there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKAGES = ['core', 'language', 'diagrams', 'compiler', 'cli'] as const;
/** The test machine installs from the npm cache; the README's commands leave these out. */
const OFFLINE = '--prefer-offline --no-audit --no-fund';
const CLEAN = '✔ 0 errors, 0 warnings, 0 infos, 0 waived in 1 file (8 elements)\n';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  dependencies?: Record<string, string>;
}

const manifest = (name: string): Manifest => JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));

/** The shell block of the README's "Use gea in your own repository". */
function readmeCommands(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Use gea in your own repository\n')[1]!.split('\n## ')[0]!;
  return section.split('```sh\n')[1]!.split('```')[0]!;
}

/**
 * The environment without the npm_* variables an enclosing `npm test` sets, so the inner npm is a
 * fresh one; gea speaks English in it, as the assertions read.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))), GEA_LOCALE: 'en' };
}

function sh(command: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', command], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 150_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('packaging', () => {
  it('publishes core, language, diagrams, compiler and cli, pinned to one version; the root and the extension stay private', () => {
    const manifests = PACKAGES.map(manifest);
    const version = manifests[0]!.version;
    for (const pkg of manifests) {
      expect(pkg.private, pkg.name).toBeUndefined();
      expect(pkg.version, pkg.name).toBe(version);
      for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
        if (dependency.startsWith('@gea-arch/')) expect(range, `${pkg.name} → ${dependency}`).toBe(version);
      }
    }
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).private).toBe(true);
    expect(manifest('vscode').private).toBe(true);
  });

  it('installs from tarballs into an empty project, where npx gea init, check and build work', () => {
    expect(existsSync(join(ROOT, 'packages/cli/dist/main.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const project = join(mkdtempSync(join(tmpdir(), 'gea-packaged-')), 'my-architecture');
    const vendor = join(project, 'vendor', 'gea');
    mkdirSync(vendor, { recursive: true });

    const readme = readmeCommands();
    const packArgs = PACKAGES.flatMap((name) => ['--workspace', `packages/${name}`]);
    expect(readme).toContain(`\nnpm pack ${packArgs.join(' ')} --pack-destination "$REPO/vendor/gea"\n`);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', ...packArgs, '--pack-destination', vendor, '--json'], {
        cwd: ROOT,
        env: cleanEnv(),
        encoding: 'utf8',
      }),
    ) as Array<{ name: string; filename: string; files: Array<{ path: string }> }>;
    const version = manifest('cli').version;
    expect(packed.map((entry) => entry.filename)).toEqual(PACKAGES.map((name) => `gea-arch-${name}-${version}.tgz`));
    const contents = Object.fromEntries(packed.map((entry) => [entry.name, entry.files.map((file) => file.path)]));
    for (const files of Object.values(contents)) {
      expect(files.filter((path) => !/^(dist\/|bin\/|assets\/|schemas\/|package\.json$)/.test(path))).toEqual([]);
      expect(files.filter((path) => /\.map$|\.test\.|(^|\/)src\//.test(path))).toEqual([]);
    }
    expect(contents['@gea-arch/cli']).toEqual(expect.arrayContaining(['bin/gea.js', 'dist/main.js']));
    expect(contents['@gea-arch/core']).toEqual(expect.arrayContaining(['dist/index.js', 'dist/rules/registry.js']));
    expect(contents['@gea-arch/compiler']).toEqual(expect.arrayContaining(['schemas/gap.schema.json', 'schemas/diff.schema.json']));
    expect(contents['@gea-arch/diagrams']).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/node/layout-worker.js', 'assets/fonts/NotoSans-Regular.ttf', 'assets/fonts/OFL.txt']),
    );
    expect(contents['@gea-arch/compiler']).toEqual(expect.arrayContaining(['dist/index.js']));
    expect(contents['@gea-arch/language']).toEqual(expect.arrayContaining(['dist/index.js', 'dist/generated/grammar.js']));

    const tarballs = PACKAGES.map((name) => `./vendor/gea/gea-arch-${name}-${version}.tgz`).join(' ');
    expect(readme).toContain(`\nnpm install --save-dev ${tarballs}\n`);
    const install = sh(`npm install --save-dev ${tarballs} ${OFFLINE}`, project);
    expect(install.status, install.stderr).toBe(0);

    expect(sh('npx gea --version', project)).toMatchObject({ status: 0, stdout: `${version}\n` });

    const init = sh('npx gea init arch', project);
    expect(init.status, init.stderr).toBe(0);
    const steps = init.stdout
      .split('next:\n')[1]!
      .trim()
      .split('\n')
      .map((line) => line.trim());
    expect(steps).toEqual(['cd arch', 'npx gea check', 'npx gea build']);
    expect(readme).toContain(['', 'npx gea init arch', ...steps, ''].join('\n'));
    const followed = sh(steps.join(' && '), project);
    expect(followed.status, followed.stderr).toBe(0);
    expect(followed.stdout).toContain(CLEAN);
    expect(existsSync(join(project, 'arch', 'out', 'diagrams', 'landscape-now.svg'))).toBe(true);

    expect(sh('npx gea check arch', project)).toMatchObject({ status: 0, stdout: CLEAN });

    // README: a colleague or CI with the committed package.json, package-lock.json and vendor/gea.
    rmSync(join(project, 'node_modules'), { recursive: true });
    const ci = sh(`npm ci ${OFFLINE}`, project);
    expect(ci.status, ci.stderr).toBe(0);
    expect(sh('npx gea check arch --max-warnings 0', project)).toMatchObject({ status: 0, stdout: CLEAN });
  }, 180_000);
});
