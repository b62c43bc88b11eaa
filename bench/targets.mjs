// The targets of issue 16 (this 2-core machine) and the table that puts the measured values beside
// them. A row reads its value for a scale out of bench/results.json; `target` says the bound by the
// scale it is for.
const seconds = (ms) => (ms === undefined ? undefined : ms / 1000);

export const ROWS = [
  { measure: '`gea --help`', unit: 'ms', target: { any: 150 }, once: (r) => r.startup?.helpMs },
  { measure: '`gea --help` CPU time', unit: 'ms', once: (r) => r.startup?.helpCpuMs },
  { measure: '`gea check examples/quickstart`', unit: 'ms', target: { any: 400 }, once: (r) => r.startup?.quickstartMs },
  { measure: '`gea check examples/quickstart` CPU time', unit: 'ms', once: (r) => r.startup?.quickstartCpuMs },
  { measure: '`gea check` wall', unit: 's', target: { L: 4 }, value: (s) => seconds(s.check?.wallMs) },
  { measure: '`gea check` CPU time', unit: 's', value: (s) => seconds(s.check?.cpuMs) },
  { measure: 'bare Langium parse + link (floor) wall', unit: 's', value: (s) => seconds(s.floor?.wallMs) },
  { measure: 'floor CPU time', unit: 's', value: (s) => seconds(s.floor?.cpuMs) },
  { measure: '`gea check` ÷ floor (wall)', unit: '×', target: { L: 1.5 }, value: (s) => ratio(s.check?.wallMs, s.floor?.wallMs) },
  { measure: '`gea check` ÷ floor (CPU)', unit: '×', value: (s) => ratio(s.check?.cpuMs, s.floor?.cpuMs) },
  { measure: '`gea check` peak RSS', unit: 'MiB', target: { L: 600, XL: 3072 }, value: (s) => s.check?.peakRssMiB },
  { measure: 'parse + link + validate (in process)', unit: 's', value: (s) => seconds(s.stages?.parseAndLinkMs) },
  {
    measure: 'model building ÷ parse + link',
    unit: '%',
    target: { L: 10 },
    value: (s) => percent(s.stages?.modelMs, s.stages?.parseAndLinkMs),
  },
  { measure: 'model building ÷ parse + link (CPU)', unit: '%', value: (s) => percent(s.stages?.modelCpuMs, s.stages?.parseAndLinkCpuMs) },
  // The floor of model building: a walk of the same trees that makes nothing (floor/walk-trees.mjs).
  {
    measure: 'a walk of the trees, making nothing ÷ parse + link',
    unit: '%',
    value: (s) => percent(s.stages?.walkMs, s.stages?.parseAndLinkMs),
  },
  { measure: 'all rules, all plateaus', unit: 'ms', value: (s) => s.stages?.rulesMs },
  { measure: 'all rules, one plateau', unit: 'ms', target: { L: 300 }, value: (s) => s.stages?.rulesOnePlateauMs },
  { measure: 'all rules, one plateau (CPU)', unit: 'ms', value: (s) => s.stages?.rulesOnePlateauCpuMs },
  { measure: 'LSP initial load', unit: 's', value: (s) => seconds(s.lsp?.startupMs) },
  { measure: 'LSP file diagnostics after an edit p50', unit: 'ms', target: { L: 250 }, value: (s) => s.lsp?.diagnosticsAfterEditMs?.p50 },
  { measure: 'LSP file diagnostics after an edit p95', unit: 'ms', target: { L: 500 }, value: (s) => s.lsp?.diagnosticsAfterEditMs?.p95 },
  {
    measure: 'LSP workspace findings after an edit p50',
    unit: 'ms',
    target: { L: 250 },
    value: (s) => s.lsp?.workspaceFindingsAfterEditMs?.p50,
  },
  {
    measure: 'LSP workspace findings after an edit p95',
    unit: 'ms',
    target: { L: 500 },
    value: (s) => s.lsp?.workspaceFindingsAfterEditMs?.p95,
  },
  { measure: 'LSP file diagnostics, edit during an analysis p50', unit: 'ms', value: (s) => s.lsp?.diagnosticsWhileAnalysingMs?.p50 },
  { measure: 'LSP file diagnostics, edit during an analysis p95', unit: 'ms', value: (s) => s.lsp?.diagnosticsWhileAnalysingMs?.p95 },
  {
    measure: 'LSP workspace findings after typing stops p50',
    unit: 'ms',
    value: (s) => s.lsp?.workspaceFindingsAfterTypingMs?.p50,
  },
  {
    measure: 'LSP workspace findings after typing stops p95',
    unit: 'ms',
    value: (s) => s.lsp?.workspaceFindingsAfterTypingMs?.p95,
  },
  { measure: 'LSP completion p95', unit: 'ms', target: { L: 50 }, value: (s) => s.lsp?.completionMs?.p95 },
  { measure: '`gea build` cold', unit: 's', target: { S: 60, L: 300 }, value: (s) => seconds(s.build?.cold?.wallMs) },
  { measure: '`gea build` cold CPU time', unit: 's', value: (s) => seconds(s.build?.cold?.cpuMs) },
  { measure: '`gea build` cold peak RSS', unit: 'MiB', target: { L: 1536 }, value: (s) => s.build?.cold?.peakRssMiB },
  { measure: '`gea build` cold files written', unit: '', value: (s) => s.build?.cold?.filesWritten },
  { measure: '`gea build` warm (nothing changed)', unit: 's', target: { L: 10 }, value: (s) => seconds(s.build?.warm?.wallMs) },
  { measure: '`gea build` warm CPU time', unit: 's', value: (s) => seconds(s.build?.warm?.cpuMs) },
  { measure: '`gea build` warm files written', unit: '', value: (s) => s.build?.warm?.filesWritten },
  { measure: '`gea build` after a one-file change', unit: 's', target: { L: 15 }, value: (s) => seconds(s.build?.oneFileChanged?.wallMs) },
  {
    measure: '`gea build` after a one-file change CPU time',
    unit: 's',
    value: (s) => seconds(s.build?.oneFileChanged?.cpuMs),
  },
  { measure: '`gea build` one-file change files written', unit: '', value: (s) => s.build?.oneFileChanged?.filesWritten },
  {
    measure: '`gea build` after renaming the exchange platform',
    unit: 's',
    value: (s) => seconds(s.build?.platformRenamed?.wallMs),
  },
  {
    measure: '`gea build` after renaming the exchange platform CPU time',
    unit: 's',
    value: (s) => seconds(s.build?.platformRenamed?.cpuMs),
  },
  { measure: '`gea build` exchange platform renamed files written', unit: '', value: (s) => s.build?.platformRenamed?.filesWritten },
];

function ratio(a, b) {
  return a === undefined || b === undefined ? undefined : a / b;
}

function percent(a, b) {
  return a === undefined || b === undefined ? undefined : (100 * a) / b;
}

/** A count (a measure without unit) whole; a time or a size to three figures. */
function shown(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (unit === '') return String(Math.round(value));
  return value >= 100 ? String(Math.round(value)) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** A Markdown table: one row per measure, a column per scale, the targets and whether they are met. */
export function resultsTable(results) {
  const scales = ['S', 'M', 'L', 'XL'].filter((scale) => results.scales?.[scale]);
  const lines = [`| measure | ${scales.join(' | ')} | target | met |`, `| --- | ${scales.map(() => '---:').join(' | ')} | --- | --- |`];
  const probe = results.machine?.probe;
  if (probe) lines.unshift(`${machineProbeLine(probe)}\n`);
  for (const row of ROWS) {
    const valueAt = (scale) => (row.once ? row.once(results) : row.value(results.scales[scale] ?? {}));
    const values = scales.map((scale, index) => (row.once && index > 0 ? undefined : valueAt(scale)));
    if (values.every((value) => value === undefined)) continue;
    const bounds = Object.entries(row.target ?? {});
    const target = bounds.map(
      ([scale, bound]) => `≤ ${bound}${row.unit === '×' ? '×' : ` ${row.unit}`}${scale === 'any' ? '' : ` (${scale})`}`,
    );
    const verdicts = bounds.flatMap(([scale, bound]) => {
      const value = valueAt(scale === 'any' ? scales[0] : scale);
      if (value === undefined || (scale !== 'any' && !results.scales[scale])) return [];
      return [value <= bound ? 'yes' : `no (${shown(value / bound)}× over)`];
    });
    const unit = row.unit && row.unit !== '×' ? ` (${row.unit})` : '';
    lines.push(
      `| ${row.measure}${unit} | ${values.map((value) => shown(value, row.unit)).join(' | ')} | ${target.join(', ')} | ${verdicts.join(', ')} |`,
    );
  }
  return lines.join('\n');
}

/** What the machine probe (machine-probe.mjs) took as the last run started and ended. */
export function machineProbeLine({ start, end }) {
  const ms = (probe) => `${Math.round(probe.wallMs)} ms (${Math.round(probe.cpuMs)} ms of CPU)`;
  return `Machine probe, the last run: ${ms(start)} as it started, ${ms(end)} as it ended; rows it did not measure are from earlier runs.`;
}
