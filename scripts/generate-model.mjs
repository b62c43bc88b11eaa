// Writes a synthetic national-scale gea workspace: one file and namespace per agency, a shared
// platforms file, two plateaus. Each agency owns registers, systems that master them, interfaces
// via ХУР, and consumes the interfaces of its neighbours, so every rule has work to do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_AGENCY = { data: 20, systems: 15, interfaces: 14 };
export const ELEMENTS_PER_AGENCY = 1 + PER_AGENCY.data + PER_AGENCY.systems + PER_AGENCY.interfaces;

/** Writes about `elements` declarations into `dir`; returns the number of files and elements. */
export function generateModel(dir, elements) {
  const agencies = Math.max(2, Math.round(elements / ELEMENTS_PER_AGENCY));
  mkdirSync(join(dir, 'agencies'), { recursive: true });
  writeFileSync(join(dir, 'gea.yaml'), 'name: synthetic national model\nlocale: mn\nlocales: [mn, en]\n');
  writeFileSync(
    join(dir, 'platforms.gea'),
    [
      'namespace mn',
      'plateau current "Одоогийн байдал" { name en "Current" date 2026-01-01 }',
      'plateau target "Зорилтот байдал" { name en "Target" date 2028-12-31 }',
      'law pdp "Хувь хүний мэдээлэл хамгаалах тухай хууль" { name en "PDP law" }',
      'agency ndc "Үндэсний дата төв" { name en "National Data Center" kind agency }',
      'platform khur "ХУР" { name en "KHUR" kind exchange operator ndc }',
      '',
    ].join('\n'),
  );
  let count = 5;
  for (let a = 0; a < agencies; a++) {
    writeFileSync(join(dir, 'agencies', `a${String(a).padStart(5, '0')}.gea`), agencyFile(a, agencies));
    count += ELEMENTS_PER_AGENCY;
  }
  return { files: agencies + 1, elements: count };
}

function agencyFile(a, agencies) {
  const ns = `a${a}`;
  const neighbour = `a${(a + 1) % agencies}`;
  const lines = [
    `namespace mn.${ns}`,
    '',
    `agency office "Агентлаг ${a}" { name en "Agency ${a}" kind agency registry-code "${1000000 + a}" }`,
    '',
  ];
  for (let d = 0; d < PER_AGENCY.data; d++) {
    lines.push(
      `data d${d} "Бүртгэл ${a}-${d}" {`,
      `  name en "Register ${a}-${d}"`,
      '  owner office',
      `  kind ${d === 0 ? 'registry' : 'dataset'}`,
      d === 0 ? '  base-registry' : '',
      `  classification ${d % 3 === 0 ? 'restricted' : 'internal'}`,
      d % 3 === 0 ? '  privacy personal' : '',
      `  field id${d}_${a} string "Дугаар" key`,
      `  field name_${d} string "Нэр"`,
      `  field value_${d} decimal "Утга"`,
      '}',
    );
  }
  for (let s = 0; s < PER_AGENCY.systems; s++) {
    const statements = [`  masters d${s}`];
    if (s === 0)
      statements.push(...Array.from({ length: PER_AGENCY.data - PER_AGENCY.systems }, (_, k) => `  masters d${PER_AGENCY.systems + k}`));
    if (s < 3) {
      statements.push(
        `  stores ${neighbour}.d${s} { id${s}_${(a + 1) % agencies}, name_${s} }`,
        `  consumes ${neighbour}.i${s} { purpose "Үйлчилгээ" legal-basis mn.pdp "8.1" agreement "ХТ-${a}-${s}" }`,
      );
    }
    if (s === 5) statements.push(`  uses mn.khur (from target)`);
    lines.push(
      `system s${s} "Систем ${a}-${s}" {`,
      `  name en "System ${a}-${s}"`,
      '  owner office',
      `  criticality ${s === 0 ? 'high' : 'medium'}`,
      ...statements,
      '}',
    );
  }
  for (let i = 0; i < PER_AGENCY.interfaces; i++) {
    lines.push(
      `interface i${i} "Лавлагаа ${a}-${i}" {`,
      `  name en "Service ${a}-${i}"`,
      `  provider s${i}`,
      '  via mn.khur',
      `  style ${i % 4 === 0 ? 'rest' : 'soap'}`,
      '  version "1.0.0"',
      `  classification ${i % 3 === 0 ? 'restricted' : 'internal'}`,
      '  consent dan',
      '  sla { availability 99.9% }',
      `  operation WS${a}_${i} {`,
      i % 4 === 0 ? `    method GET\n    path "/items/{id${i}_${a}}"` : '',
      `    input d${i} { id${i}_${a} }`,
      `    output d${i} { id${i}_${a}, name_${i}, value_${i} }`,
      '  }',
      '}',
    );
  }
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}
