// `npm run demo`: builds gea if needed, then runs it on the national example and says where
// the results are.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/gea.js');
if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const example = existsSync(join(root, 'examples/mongolia')) ? 'examples/mongolia' : 'examples/quickstart';
console.log(`gea check ${example}`);
const result = spawnSync(process.execPath, [bin, 'check', example], { cwd: root, stdio: 'inherit' });
console.log(`\nThe model is in ${example}/; \`npx gea check ${example} --format json\` gives the same findings as JSON.`);
process.exitCode = result.status ?? 2;
