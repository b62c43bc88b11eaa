// `npm run demo`: builds gea if needed, then builds everything for the national example (diagrams,
// reports, specs, ArchiMate and the review site) and says where the site is.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/gea.js');
if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const example = 'examples/mongolia';
console.log(`gea check ${example}`);
const check = spawnSync(process.execPath, [bin, 'check', example], { cwd: root, stdio: 'inherit' });
console.log(`\ngea build ${example}`);
const build = spawnSync(process.execPath, [bin, 'build', example], { cwd: root, stdio: 'inherit' });
const site = join(root, example, 'out', 'site', 'index.html');
console.log(`
The review site: ${site}
Open it in a browser (it works from the file, with no server and no network). Diagrams (SVG, Mermaid,
PlantUML), reports, specs and the ArchiMate file are beside it in ${example}/out/.`);
process.exitCode = check.status || build.status || 0;
