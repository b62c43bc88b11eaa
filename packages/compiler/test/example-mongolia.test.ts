// The national example model (examples/mongolia) compiles with exactly the findings its README
// lists under "Expected findings", is as large as the README says, and keeps its promises: every
// base registry has exactly one master at each plateau, and every element has an English name.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeViews, existsAt, VOCABULARY, type Element, type Plateau } from '@gea-arch/core';
import { compileWorkspace, findingRecords, loadWorkspace, renderDiagram, type Compilation, type FindingRecord } from '@gea-arch/compiler';

const EXAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples/mongolia');

/** `rule file:line` keys of the table rows under `### HEADING` in the README's "Expected findings". */
function readmeFindings(heading: string): string[] {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8').replace(/\r\n/g, '\n');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Expected findings'));
  if (!section) throw new Error('README.md has no "## Expected findings" section');
  const subsection = section.split(/^### /m).find((part) => part.startsWith(heading));
  if (!subsection) throw new Error(`README.md has no "### ${heading}" under "## Expected findings"`);
  const keys: string[] = [];
  for (const line of subsection.split('\n')) {
    const row = /^\|\s*`([a-z-]+)`\s*\|\s*`([^`]+):(\d+)`\s*\|/.exec(line);
    if (row) keys.push(`${row[1]} ${row[2]}:${row[3]}`);
  }
  return keys.sort();
}

const key = (record: FindingRecord): string => `${record.rule} ${record.file}:${record.line}`;

describe('examples/mongolia', () => {
  let compilation: Compilation;
  let records: FindingRecord[];

  beforeAll(async () => {
    compilation = await compileWorkspace(await loadWorkspace([EXAMPLE]), { evaluationDate: '2026-11-27' });
    records = findingRecords(compilation);
  });

  it('reads its gea.yaml: Mongolian first, English expected', () => {
    expect(compilation.workspace.config.locale).toBe('mn');
    expect(compilation.workspace.config.locales).toEqual(['mn', 'en']);
  });

  it('has no errors', () => {
    const errors = records.filter((r) => !r.waived && r.severity === 'error');
    expect(errors.map((r) => `${key(r)} ${r.message}`)).toEqual([]);
  });

  it('has no info findings', () => {
    const infos = records.filter((r) => !r.waived && r.severity === 'info');
    expect(infos.map((r) => `${key(r)} ${r.message}`)).toEqual([]);
  });

  it('reports exactly the warnings the README lists', () => {
    const expected = readmeFindings('Warnings');
    expect(expected.length).toBeGreaterThan(0);
    const warnings = records.filter((r) => !r.waived && r.severity === 'warning');
    expect(warnings.map(key).sort()).toEqual(expected);
  });

  it('waives exactly the findings the README lists', () => {
    const expected = readmeFindings('Waived findings');
    const waived = records.filter((r) => r.waived);
    expect(waived.map(key).sort()).toEqual(expected);
    expect(waived.every((r) => r.waiver !== null && r.plateaus.length > 0 && !r.plateaus.includes('target'))).toBe(true);
  });

  it('is a model of national size', () => {
    const model = compilation.analysis.model;
    expect(model.agencies.length).toBeGreaterThanOrEqual(12);
    expect(model.systems.length).toBeGreaterThanOrEqual(30);
    expect(model.data.length).toBeGreaterThanOrEqual(35);
    expect(model.interfaces.length).toBeGreaterThanOrEqual(25);
    expect(model.platforms.length).toBeGreaterThanOrEqual(5);
    expect(model.trusts.length).toBeGreaterThanOrEqual(3);
    expect(model.views.length).toBeGreaterThanOrEqual(6);
    expect(new Set(model.views.map((view) => view.viewKind))).toEqual(new Set(VOCABULARY.viewKind));
    expect(model.plateaus.map((plateau) => [plateau.id, plateau.date])).toEqual([
      ['current', '2026-01-01'],
      ['target', '2028-12-31'],
    ]);
    expect(new Set(model.interfaces.map((api) => api.style))).toEqual(new Set(['soap', 'rest', 'event']));
    expect(model.interfaces.filter((api) => api.style === 'event').length).toBeGreaterThanOrEqual(2);
  });

  it('has the base registries it promises, each with exactly one master at each plateau', () => {
    const model = compilation.analysis.model;
    const registries = model.data.filter((data) => data.baseRegistry);
    expect(registries.map((data) => data.id).sort()).toEqual(
      [
        'mn.alamgac.address',
        'mn.alamgac.land_parcel',
        'mn.gasr.citizen',
        'mn.gasr.legal_entity',
        'mn.gasr.property',
        'mn.transport.vehicle',
      ].sort(),
    );
    for (const data of registries) {
      for (const plateau of model.plateaus) {
        if (!existsAt(data, plateau)) continue;
        const masters = data.masteredBy.filter((statement) => existsAt(statement, plateau) && existsAt(statement.system, plateau));
        expect(
          masters.map((statement) => statement.system.id),
          `${data.id} at ${plateau.id}`,
        ).toHaveLength(1);
      }
    }
    // The migration is real: some registry changes master between the plateaus.
    const masterAt = (id: string, plateau: Plateau): string | undefined =>
      model.data.find((data) => data.id === id)?.masteredBy.find((statement) => existsAt(statement, plateau))?.system.id;
    for (const id of ['mn.gasr.property', 'mn.transport.vehicle']) {
      const [current, target] = model.plateaus.map((plateau) => masterAt(id, plateau));
      expect(current, id).toBeDefined();
      expect(target, id).toBeDefined();
      expect(current, id).not.toBe(target);
    }
  });

  it('names every element in Mongolian and in English', () => {
    const model = compilation.analysis.model;
    // Waivers take no names (LANGUAGE.md); every other declaration has both.
    const named: Element[] = model.elements.filter((element) => element.kind !== 'waiver');
    const missing = named.filter((element) => !element.names['mn'] || !element.names['en']).map((element) => element.id);
    expect(missing).toEqual([]);
  });
  it(
    'has `gea diagram` fold the NDC’s two-step context as a build does: no layout of it is within the limits',
    { timeout: 120_000 },
    async () => {
      const { model, findings } = compilation.analysis;
      const graph = computeViews(model, { findings }).find((view) => view.id === 'mn.ndc_context')!;
      expect(graph.aggregated).toBe(false);
      const drawn = JSON.parse((await renderDiagram(graph, 'json', { model, findings })) as string) as { graph: { aggregated: boolean } };
      expect(drawn.graph.aggregated).toBe(true);
    },
  );
});
