// How fast this machine is at the moment, by one fixed piece of work of the kind gea does: small
// objects made and kept (a syntax tree), names built, sorted and hashed, a document written and read
// back as JSON. The machine the bench runs on is shared: the same build took 16 s in one hour and
// 25 s in another. A run's numbers are read against its probe (`results.machine.probe`), taken at
// its start and at its end. `node bench/machine-probe.mjs` does the work once and prints its times.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { measureNode, medianOf } from './measure-process.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const NODES = 150_000;

/** The probe's work, done once in this process: its wall and CPU time (ms). */
export function probeWork() {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const nodes = [];
  for (let i = 0; i < NODES; i++) {
    nodes.push({ kind: i % 7, name: `Систем ${(i * 7919) % NODES}`, parent: i === 0 ? undefined : nodes[(i * 31) % i], children: [] });
  }
  for (const node of nodes) node.parent?.children.push(node);
  const names = nodes.map((node) => `${node.name} (${node.kind}:${node.children.length})`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digest = createHash('sha256').update(names.join('\n'), 'utf16le').digest('hex');
  const document = JSON.stringify(nodes.map(({ kind, name, children }) => ({ kind, name, children: children.map((child) => child.name) })));
  const read = JSON.parse(document);
  if (read.length !== NODES || digest.length !== 64) throw new Error('the probe did not do its work');
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** The probe run `runs` times, each in a fresh process: the median of its wall and CPU times. */
export async function probeMachine(runs) {
  const { wallMs, cpuMs } = await medianOf(runs, async () => {
    const run = await measureNode(SCRIPT, []);
    if (run.code !== 0) throw new Error(`the machine probe exited ${run.code}: ${run.stderr}`);
    return JSON.parse(run.stdout);
  });
  return { wallMs, cpuMs };
}

if (process.argv[1] === SCRIPT) console.log(JSON.stringify(probeWork()));
