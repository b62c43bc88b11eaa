// `npm run audit`: the advisories of the packages gea runs with (`npm audit --omit=dev`). Fails on a
// high or critical one; when the registry's advisory service cannot be reached (offline, or a
// mirror without it) it says so and passes, since that says nothing about the packages.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { error: { summary: run.stderr.trim() || 'no answer' } };
}
// npm answers a failed request with its error alone (`message`, `statusCode`) instead of a report.
if (report.error || !report.metadata) {
  const why = report.message || report.error?.summary || 'no report';
  console.warn(`audit: the advisory service could not be asked (${why}); see architecture/decisions/0023`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: ${Object.entries(counts)
    .map(([level, count]) => `${count} ${level}`)
    .join(', ')}`,
);
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {}))
  if (entry.severity === 'high' || entry.severity === 'critical') console.error(`audit: ${entry.severity}: ${name} ${entry.range}`);
process.exit(serious > 0 ? 1 : 0);
