// Which build of the command to run: the bundle (dist/bundle/, made by `npm run build`) when it is
// at least as new as every package's compiled code, else the modules tsc wrote to dist/ — so a
// `tsc -b` after the last bundle is never shadowed by it. An installed package carries no build
// info: its bundle is the code it was packed with.
import { existsSync, statSync } from 'node:fs';

const PACKAGES = ['core', 'language', 'diagrams', 'compiler', 'cli'];

/** The URL of the module whose `run` is the command, for the package folder at `cliFolder` (a URL ending in /). */
export function commandModule(cliFolder) {
  const bundle = new URL('dist/bundle/main.js', cliFolder);
  const modules = new URL('dist/main.js', cliFolder);
  if (!existsSync(bundle)) return modules;
  const bundled = statSync(bundle).mtimeMs;
  const compiledLater = PACKAGES.map((name) => new URL(`../${name}/tsconfig.tsbuildinfo`, cliFolder)).some(
    (buildInfo) => existsSync(buildInfo) && statSync(buildInfo).mtimeMs > bundled,
  );
  return compiledLater ? modules : bundle;
}
