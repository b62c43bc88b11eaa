// bin/gea.js runs the bundle only when it is at least as new as every package's compiled code.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandModule } from '../bin/entry.js';

function file(path: string, secondsAgo: number): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(path, time, time);
}

describe('the command the bin runs', () => {
  it('is the bundle when it is newer than every compiled package, else the compiled modules', () => {
    const packages = mkdtempSync(join(tmpdir(), 'gea-entry-'));
    const cli = pathToFileURL(join(packages, 'cli') + '/');
    const bundle = join(packages, 'cli', 'dist', 'bundle', 'main.js');
    const modules = join(packages, 'cli', 'dist', 'main.js');
    file(modules, 100);
    expect(commandModule(cli).href).toBe(pathToFileURL(modules).href);

    file(join(packages, 'compiler', 'tsconfig.tsbuildinfo'), 60);
    file(join(packages, 'cli', 'tsconfig.tsbuildinfo'), 50);
    file(bundle, 40);
    expect(commandModule(cli).href).toBe(pathToFileURL(bundle).href);

    // `tsc -b` after the bundle: the compiler's new code is in dist/, not in the bundle.
    file(join(packages, 'compiler', 'tsconfig.tsbuildinfo'), 10);
    expect(commandModule(cli).href).toBe(pathToFileURL(modules).href);

    // Installed packages have no build info: the bundle is what was packed.
    for (const name of ['compiler', 'cli']) rmSync(join(packages, name, 'tsconfig.tsbuildinfo'));
    expect(commandModule(cli).href).toBe(pathToFileURL(bundle).href);
  });
});
