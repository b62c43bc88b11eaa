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

/** The platforms' file of a generated model: its first platform is the exchange platform. */
const PLATFORMS_FILE = 'platforms.gea';

/**
 * Cold, warm and one-file-changed builds of the workspace in `dir` (changed back afterwards): the
 * cold build once (five minutes at L), the others the median of `runs`. Each one-file build follows
 * the last: the file's first English system name is renamed, then named back, and so on; then the
 * same with the exchange platform's English name, which most views, specs and pages show.
 */
export async function measureBuild(dir, { changedFile, png = false, runs = 1 } = {}) {
  const outDir = join(dir, 'out');
  const extraArgs = png ? ['--png'] : [];
  rmSync(outDir, { recursive: true, force: true });
  // A new English name for the agency's first system: its views, pages and specs change, nothing else.
  const system = renaming(join(dir, changedFile), /name en "(System [^"]*)"/);
  const platform = renaming(join(dir, PLATFORMS_FILE), /(?<=platform \S+ "[^"]*" \{ )name en "([^"]*)"/);
  const oneFileBuilds = (file) =>
    medianOf(runs, (run) => {
      file.write(run % 2 === 0);
      return timedBuild(dir, outDir, extraArgs);
    });
  try {
    const cold = await timedBuild(dir, outDir, extraArgs);
    const warm = await medianOf(runs, () => timedBuild(dir, outDir, extraArgs));
    const oneFileChanged = await oneFileBuilds(system);
    system.write(false);
    const platformRenamed = await oneFileBuilds(platform);
    return { cold, warm, oneFileChanged, platformRenamed };
  } finally {
    system.write(false);
    platform.write(false);
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The file at `path` with the English name `pattern` finds renamed (`write(true)`) or as it was. */
function renaming(path, pattern) {
  const original = readFileSync(path, 'utf8');
  if (!pattern.test(original)) throw new Error(`${path}: no ${pattern} to rename`);
  const renamed = original.replace(pattern, (match, name) => match.replace(name, `${name} (renamed)`));
  return { write: (changed) => writeFileSync(path, changed ? renamed : original) };
}
