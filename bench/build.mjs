// `gea build` of a generated workspace, each run a fresh process: cold (empty out folder and
// cache), warm (nothing changed) and after a one-line change to one agency's file; wall and CPU
// time, peak memory and the number of files written (new or with a new modification time: files a
// build links unchanged from the last one keep theirs).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureNode, medianOf } from './measure-process.mjs';

const GEA = fileURLToPath(new URL('../packages/cli/bin/gea.js', import.meta.url));

/** Path → modification time of every file under `dir`. */
function snapshot(dir) {
  const times = new Map();
  const walk = (folder) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else times.set(path, statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return times;
}

async function timedBuild(dir, outDir, extraArgs) {
  const before = snapshot(outDir);
  const run = await measureNode(GEA, ['build', dir, '--out', outDir, ...extraArgs], { nodeArgs: ['--max-old-space-size=8192'] });
  if (run.code !== 0 && run.code !== 1) throw new Error(`gea build failed (${run.code}): ${run.stderr}`);
  const after = snapshot(outDir);
  const written = [...after].filter(([path, time]) => before.get(path) !== time).length;
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMiB: run.peakRssMiB, filesWritten: written, files: after.size };
}

/**
 * Cold, warm and one-file-changed builds of the workspace in `dir` (changed back afterwards): the
 * cold build once (five minutes at L), the others the median of `runs`. Each one-file build follows
 * the last: the file's first English system name is renamed, then named back, and so on.
 */
export async function measureBuild(dir, { changedFile, png = false, runs = 1 } = {}) {
  const outDir = join(dir, 'out');
  const extraArgs = png ? ['--png'] : [];
  rmSync(outDir, { recursive: true, force: true });
  const path = join(dir, changedFile);
  const original = readFileSync(path, 'utf8');
  // A new English name for the agency's first system: its views, pages and specs change, nothing else.
  const renamed = original.replace(/name en "System ([^"]*)"/, 'name en "System $1 (renamed)"');
  try {
    const cold = await timedBuild(dir, outDir, extraArgs);
    const warm = await medianOf(runs, () => timedBuild(dir, outDir, extraArgs));
    const oneFileChanged = await medianOf(runs, (run) => {
      writeFileSync(path, run % 2 === 0 ? renamed : original);
      return timedBuild(dir, outDir, extraArgs);
    });
    return { cold, warm, oneFileChanged };
  } finally {
    writeFileSync(path, original);
    rmSync(outDir, { recursive: true, force: true });
  }
}
