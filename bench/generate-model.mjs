// Writes synthetic national-scale gea workspaces, the same files for the same seed: agencies that
// consume each other's interfaces at random — most via ХУР, some bypassing it, some reading another
// agency's database until a waiver runs out — with signatures, two plateaus and declared views.
// `npm run bench` uses its SCALES; `npm run generate:national -- DIR` (`--agencies N --seed S
// --scale S|M|L|XL DIR`) writes one for a look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each agency of `nationalModel` holds (consumptions by default; the bench scales ask for more). */
export const NATIONAL_PER_AGENCY = { data: 33, systems: 10, interfaces: 27, consumptions: 18 };

/**
 * The bench scales: 70 declarations and 50 consumptions of other agencies' interfaces per agency,
 * so L is ~21 k declarations (3 000 systems, 9 900 data assets, 8 100 interfaces, ~15 000
 * consumptions) and XL five times that.
 */
export const SCALES = {
  S: { agencies: 30, consumptions: 50 },
  M: { agencies: 100, consumptions: 50 },
  L: { agencies: 300, consumptions: 50 },
  XL: { agencies: 1500, consumptions: 50 },
};

/**
 * The files of a workspace of `agencies` agencies, by path: each with ~10 systems, ~33 data assets
 * (one or two base registries, one legally binding document) and ~27 interfaces. Its systems
 * consume interfaces of other agencies chosen at random (a few agencies, like a civil registry,
 * are wanted by many), almost all via ХУР; some agencies consume a point-to-point API that bypasses
 * ХУР, and some read another agency's database directly until `target` (half of those waived).
 */
export function nationalModel({ agencies = 30, seed = 1, consumptions: perAgency = NATIONAL_PER_AGENCY.consumptions } = {}) {
  const random = seededRandom(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const count = Math.max(2, agencies);
  const width = Math.max(2, String(count - 1).length);
  const ids = Array.from({ length: count }, (_, a) => `a${String(a).padStart(width, '0')}`);
  // Providers wanted by many: the first few agencies are drawn far more often than the rest.
  const weights = ids.map((_, a) => (a < 3 ? 8 : a < 8 ? 3 : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const weightedAgency = (except) => {
    for (;;) {
      let roll = random() * total;
      const a = weights.findIndex((weight) => (roll -= weight) < 0);
      if (a !== except) return a;
    }
  };
  const files = new Map();
  files.set('gea.yaml', 'name: synthetic national model\nlocale: mn\nlocales: [mn, en]\nevaluation-date: 2026-06-01\n');
  files.set(
    'plateaus.gea',
    [
      'plateau current "Одоогийн байдал" { name en "Current" date 2026-01-01 }',
      'plateau target "Зорилтот байдал" { name en "Target" date 2028-12-31 }',
      '',
    ].join('\n'),
  );
  files.set(
    'platforms.gea',
    [
      'namespace mn',
      'law pdp "Хувь хүний мэдээлэл хамгаалах тухай хууль" { name en "Law on personal data protection" }',
      'agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency }',
      'platform khur "ХУР" { name en "KHUR national data exchange" kind exchange operator ndc sla { availability 99.9% } }',
      'trust gov_ca "Төрийн гэрчилгээжүүлэх төв" { name en "Government CA" kind ca operator ndc accredited',
      '  levels qualified formats PAdES, XAdES',
      '  certificate "CN=Government CA" { valid-from 2024-01-01 valid-until 2034-01-01 } }',
      'trust gov_tsa "Төрийн цагийн тэмдгийн үйлчилгээ" { name en "Government TSA" kind tsa operator ndc accredited',
      '  certificate "CN=Government TSA" { valid-from 2024-01-01 valid-until 2034-01-01 } }',
      '',
    ].join('\n'),
  );
  // Who consumes what, decided before any file is written: consumptions[a] lists [system, agency, interface, lifecycle].
  const consumptions = ids.map(() => []);
  for (let a = 0; a < count; a++) {
    const taken = new Set();
    for (let c = 0; c < perAgency; c++) {
      const b = weightedAgency(a);
      // Every fifth agency also calls a point-to-point API (i26, not via ХУР) of another agency.
      const i = c === 0 && a % 5 === 4 ? NATIONAL_PER_AGENCY.interfaces - 1 : Math.floor(random() * (NATIONAL_PER_AGENCY.interfaces - 1));
      const s = Math.floor(random() * NATIONAL_PER_AGENCY.systems);
      const key = `${s}:${b}:${i}`;
      if (taken.has(key)) continue;
      taken.add(key);
      const roll = random();
      consumptions[a].push([s, b, i, roll < 0.1 ? ' (from target)' : roll < 0.18 ? ' (until target)' : '']);
    }
  }
  // The agencies are declared in namespace mn, so `mn.a07` names both the agency and the namespace of what it owns.
  files.set(
    'agencies.gea',
    [
      'namespace mn',
      ...ids.map((id, a) => `agency ${id} "Агентлаг ${a}" { name en "Agency ${a}" kind agency registry-code "${2000000 + a}" }`),
      '',
    ].join('\n'),
  );
  for (let a = 0; a < count; a++) files.set(`agencies/${ids[a]}/${ids[a]}.gea`, nationalAgencyFile(a, ids, consumptions[a], pick));
  files.set('views.gea', declaredViews(ids));
  return files;
}

/** Writes `nationalModel` into `dir`; returns the number of files. */
export function writeNationalModel(dir, options) {
  const files = nationalModel(options);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return files.size;
}

function nationalAgencyFile(a, ids, consumptions, pick) {
  const { data, systems, interfaces } = NATIONAL_PER_AGENCY;
  const id = ids[a];
  const master = (d) => d % systems;
  const lines = [`namespace mn.${id}`, ''];
  for (let d = 0; d < data; d++) {
    const registry = d === 0 || (d === 1 && a % 3 === 0);
    const document = d === 2;
    lines.push(
      `data d${d} "${document ? 'Гэрчилгээ' : 'Бүртгэл'} ${a}-${d}" {`,
      `  name en "${document ? 'Certificate' : 'Register'} ${a}-${d}"`,
      `  owner ${id}`,
      `  kind ${registry ? 'registry' : document ? 'document' : 'dataset'}`,
      registry ? '  base-registry' : '',
      document ? '  legally-binding\n  format pdf' : '',
      `  classification ${d % 3 === 0 ? 'restricted' : 'internal'}`,
      d % 3 === 0 ? '  privacy personal' : '',
      `  field key_${a}_${d} string "Дугаар" key`,
      `  field name_${a}_${d} string "Нэр"`,
      `  field value_${a}_${d} decimal "Утга"`,
      '}',
    );
  }
  // The agencies whose databases this one reads directly: every fourth agency, until target.
  const direct = a % 4 === 3 ? (a + 7) % ids.length : undefined;
  for (let s = 0; s < systems; s++) {
    const statements = [];
    for (let d = s; d < data; d += systems) statements.push(`  masters d${d}`);
    if (s === master(2)) statements.push('  signs d2 { level qualified format PAdES with mn.gov_ca timestamp mn.gov_tsa }');
    for (const [consumer, b, i, lifecycle] of consumptions) {
      if (consumer !== s) continue;
      const block = [
        `    purpose "Үйлчилгээ ${a}-${b}-${i}"`,
        '    legal-basis mn.pdp "8.1"',
        `    agreement "МСГ-${a}-${b}-${i}"`,
        i % 3 === 0 ? '    consent dan' : '',
        lifecycle ? `    ${lifecycle.slice(2, -1)}` : '',
      ].filter(Boolean);
      statements.push(`  consumes ${ids[b]}.i${i} {`, ...block, '  }');
    }
    if (direct !== undefined && s === 0) {
      statements.push(`  depends-on ${ids[direct]}.s${pick([1, 2, 3])} "Өгөгдлийн сангаас шууд уншдаг" { kind direct-db until target }`);
    }
    lines.push(
      `system s${s} "Систем ${a}-${s}" {`,
      `  name en "System ${a}-${s}"`,
      `  owner ${id}`,
      `  criticality ${s === 0 ? 'high' : 'medium'}`,
      ...statements,
      '}',
    );
  }
  if (direct !== undefined && a % 8 === 3) {
    lines.push(
      'waiver direct_db {',
      '  rule cross-agency-via-platform',
      '  on s0',
      '  reason "Хуучин холболт; 2028 онд ХУР-аар солино"',
      '  until target',
      '}',
    );
  }
  for (let i = 0; i < interfaces; i++) {
    const d = i;
    const restricted = d % 3 === 0;
    lines.push(
      `interface i${i} "Лавлагаа ${a}-${i}" {`,
      `  name en "Service ${a}-${i}"`,
      `  provider s${master(d)}`,
      i === interfaces - 1 ? '' : '  via mn.khur',
      `  style ${i % 4 === 0 ? 'rest' : 'soap'}`,
      '  version "1.0.0"',
      `  classification ${restricted ? 'restricted' : 'internal'}`,
      restricted ? '  consent dan' : '',
      '  sla { availability 99.9% latency 800ms }',
      d === 2 ? '  signature { level qualified format XAdES with mn.gov_ca timestamp mn.gov_tsa }' : '',
      `  operation get_${a}_${i} {`,
      i % 4 === 0 ? `    method GET\n    path "/items/{key_${a}_${d}}"` : '',
      `    input d${d} { key_${a}_${d} }`,
      `    output d${d} { key_${a}_${d}, name_${a}_${d}, value_${a}_${d} }`,
      '  }',
      '}',
    );
  }
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}

/** The views an architect keeps: for every tenth agency its context and the data flow of its civil register; a few landscapes. */
function declaredViews(ids) {
  const lines = ['namespace mn', ''];
  for (let a = 0; a < ids.length; a += 10) {
    const id = ids[a];
    lines.push(
      `view ${id}_context "Агентлаг ${a}-ын харилцаа" { name en "Context of agency ${a}" kind context of ${id} at target }`,
      `view ${id}_flow "Бүртгэл ${a}-0-ын урсгал" { name en "Data flow of register ${a}-0" kind dataflow of ${id}.d0 at target }`,
    );
  }
  for (let a = 0; a + 3 <= ids.length && a < 90; a += 30) {
    const group = ids.slice(a, a + 3).join(', ');
    lines.push(
      `view landscape_${ids[a]} "Системүүд ${a}" { name en "Systems ${a}" kind landscape at current include ${group} group-by agency }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A small deterministic generator (mulberry32): the same seed, the same numbers. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const index = args.indexOf(name);
    return index >= 0 ? args.splice(index, 2)[1] : undefined;
  };
  const scale = option('--scale');
  const agencies = Number(option('--agencies') ?? SCALES[scale]?.agencies ?? 30);
  const seed = Number(option('--seed') ?? 1);
  const [dir, ...extra] = args;
  // An option it does not know (`--help` included) is never taken for the folder to write into.
  if (
    !dir ||
    dir.startsWith('-') ||
    extra.length > 0 ||
    !Number.isInteger(agencies) ||
    !Number.isInteger(seed) ||
    (scale !== undefined && !SCALES[scale])
  ) {
    console.error('usage: node bench/generate-model.mjs [--scale S|M|L|XL] [--agencies N] [--seed S] DIR');
    process.exit(2);
  }
  const files = writeNationalModel(dir, { agencies, seed, consumptions: SCALES[scale]?.consumptions });
  console.error(`${dir}: ${agencies} agencies in ${files} files (seed ${seed})`);
}
