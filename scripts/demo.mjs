// `npm run demo`: builds gea if needed, then builds the national example (diagrams and reports)
// and says where the results are.
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
console.log(`
Diagrams (SVG, Mermaid, PlantUML) are in ${example}/out/diagrams/ — open landscape-current.svg in a browser;
findings as JSON and SARIF are in ${example}/out/reports/.`);
process.exitCode = check.status || build.status || 0;
