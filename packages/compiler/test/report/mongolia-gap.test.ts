// The gap between the national example's plateaus is the migration its README tells: the legacy
// property and vehicle registers, their services and the capital's resident copy go; the new
// registers, services and event feed come; the direct database links end with their waivers.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { MONGOLIA_EXAMPLE } from '@gea-arch/fixtures';
import { compileWorkspace, contextOf, gapOf, loadWorkspace, renderGap, type Compilation } from '../../src/index.js';
import type { GapAnalysis } from '@gea-arch/core';
import { readMarkdown } from './markdown-reader.js';
import { schemaErrors } from './schemas.js';

let compilation: Compilation;
let gap: GapAnalysis;

beforeAll(async () => {
  compilation = await compileWorkspace(await loadWorkspace([MONGOLIA_EXAMPLE]), { evaluationDate: '2026-11-27', locale: 'en' });
  gap = gapOf(compilation, 'current', 'target', 'en');
});

const ids = (list: readonly { readonly id: string }[]) => list.map((element) => element.id);

describe('gap current → target of examples/mongolia (README, "Plateaus and the migration story")', () => {
  it('1. property register: the legacy system and its service go, the new register and service v2 come', () => {
    expect(ids(gap.layers.applications.eliminated)).toEqual(expect.arrayContaining(['mn.gasr.property_legacy', 'mn.gasr.property_info']));
    expect(ids(gap.layers.applications.new)).toEqual(expect.arrayContaining(['mn.gasr.property_registry', 'mn.gasr.property_info_v2']));
    const masters = gap.layers.data.changed.find((change) => change.element.id === 'mn.gasr.property')!.changes;
    expect(masters).toEqual([
      {
        property: 'masters',
        from: ['mn.gasr.property_legacy'],
        to: ['mn.gasr.property_registry'],
        added: ['mn.gasr.property_registry'],
        removed: ['mn.gasr.property_legacy'],
      },
    ]);
    const itc = gap.layers.applications.changed.find((change) => change.element.id === 'mn.mta.itc')!.changes;
    const consumes = itc.find((change) => change.property === 'consumes');
    expect(consumes).toMatchObject({
      removed: [expect.stringMatching(/^mn\.gasr\.property_info /)],
      added: [expect.stringMatching(/^mn\.gasr\.property_info_v2 /)],
    });
  });

  it('2. vehicle register: legacy → registry, vehicle_info → vehicle_info_v2, and a new event feed', () => {
    expect(ids(gap.layers.applications.eliminated)).toEqual(
      expect.arrayContaining(['mn.transport.vehicle_legacy', 'mn.transport.vehicle_info']),
    );
    expect(ids(gap.layers.applications.new)).toEqual(
      expect.arrayContaining(['mn.transport.vehicle_registry', 'mn.transport.vehicle_info_v2', 'mn.transport.vehicle_events']),
    );
    expect(ids(gap.layers.data.changed.map((change) => change.element))).toEqual(
      expect.arrayContaining(['mn.transport.vehicle', 'mn.transport.vehicle_cert']),
    );
  });

  it('3. the direct database links end: each waiver until target ends, and none of its findings holds at target', () => {
    const waivers = gap.potentialGaps.filter((potential) => potential.kind === 'waiver-ends');
    expect(ids(waivers.map((potential) => potential.element)).sort()).toEqual(
      ['mn.police.traffic_vehicle_db', 'mn.ulaanbaatar.resident_address_db', 'mn.welfare.welfare_si_db'].sort(),
    );
    for (const waiver of waivers) {
      expect(waiver.covered!.map((finding) => finding.rule)).toEqual(['cross-agency-via-platform']);
      expect(waiver.stillHolding).toEqual([]);
    }
    const dependsOn = (id: string) =>
      gap.layers.applications.changed
        .find((change) => change.element.id === id)
        ?.changes.find((change) => change.property === 'depends-on');
    expect(dependsOn('mn.police.traffic_system')).toMatchObject({ added: [], removed: [expect.stringContaining('direct-db')] });
    expect(dependsOn('mn.welfare.welfare_system')).toMatchObject({ added: [], removed: [expect.stringContaining('direct-db')] });
  });

  it("4. the capital's resident copy and its system go; city services come; the deprecated citizen service v1 ends", () => {
    expect(ids(gap.layers.data.eliminated)).toEqual(['mn.ulaanbaatar.residents']);
    expect(ids(gap.layers.applications.eliminated)).toEqual(expect.arrayContaining(['mn.gasr.citizen_info_v1']));
    expect(ids(gap.layers.applications.new)).toEqual(expect.arrayContaining(['mn.ulaanbaatar.city_services']));
    const consumers = gap.layers.applications.changed.find((change) => change.element.id === 'mn.alamgac.address_api')!.changes;
    expect(consumers).toContainEqual(expect.objectContaining({ property: 'consumers', added: ['mn.ulaanbaatar.city_services'] }));
  });

  it('changes nothing in the agencies and the technology layer, and leaves no master, exchange or dependency gap', () => {
    expect(gap.layers.agencies.new.length + gap.layers.agencies.eliminated.length + gap.layers.agencies.changed.length).toBe(0);
    expect(gap.layers.technology.new.length + gap.layers.technology.eliminated.length + gap.layers.technology.changed.length).toBe(0);
    expect(gap.potentialGaps.map((potential) => potential.kind).filter((kind) => kind !== 'waiver-ends')).toEqual([]);
  });

  it("resolves the README's two warnings and three waived findings, and brings none (target has no findings)", () => {
    expect(gap.findings.resolved.map((finding) => `${finding.rule}${finding.waived ? '~' : ''}`).sort()).toEqual(
      [
        'cross-agency-via-platform~',
        'cross-agency-via-platform~',
        'cross-agency-via-platform~',
        'deprecated-interface',
        'duplicate-data',
      ].sort(),
    );
    expect(gap.findings.remaining).toEqual([]);
    expect(gap.findings.new).toEqual([]);
  });

  it('writes JSON that the gap schema accepts, in the OUTPUTS.md shape', () => {
    const json = renderGap(gap, 'json', contextOf(compilation, { locale: 'en' }));
    expect(schemaErrors('gap', json)).toEqual([]);
    const parsed = JSON.parse(json);
    expect(parsed.from).toBe('current');
    expect(parsed.to).toBe('target');
    expect(parsed.eliminated).toContain('mn.gasr.property_legacy');
    expect(parsed.layers.applications.new).toContain('mn.transport.vehicle_events');
    expect(parsed.changed.find((change: { element: string }) => change.element === 'mn.gasr.property').changes[0].property).toBe('masters');
    expect(parsed.findings.resolved[0]).toMatchObject({ file: expect.stringMatching(/^agencies\//), line: expect.any(Number) });
  });

  it('writes Markdown with the summary first, a matrix per layer, then the details with links to source lines', () => {
    const markdown = renderGap(gap, 'md', contextOf(compilation, { locale: 'en', linkFrom: MONGOLIA_EXAMPLE }));
    const document = readMarkdown(markdown);
    expect(
      document.headings
        .filter((heading) => heading.level <= 3)
        .map((heading) => heading.text)
        .slice(0, 8),
    ).toEqual([
      'Gap analysis: Current state 2026 (current) → Target state 2028 (target)',
      'Summary',
      'Gap matrix',
      'Agencies',
      'Data',
      'Applications (systems and interfaces)',
      'Technology (platforms and trust services)',
      'Changes',
    ]);
    const [layers] = document.tables;
    expect(layers!.headers).toEqual(['Layer', 'Kept', 'New', 'Eliminated', 'Changed']);
    expect(layers!.rows.at(-1)).toEqual(['Total', '96', '6', '7', '17']);
    const data = document.tables.find((table) => table.rows.some((row) => row[1] === 'mn.ulaanbaatar.residents'))!;
    expect(data.rows.find((row) => row[1] === 'mn.ulaanbaatar.residents')).toEqual([
      'Register of Ulaanbaatar residents (local copy)',
      'mn.ulaanbaatar.residents',
      'data asset',
      'yes',
      '—',
      'Eliminated',
    ]);
    expect(document.links).toContain('agencies/gasr/gasr.gea#L52');
    expect(document.links.every((link) => /^agencies\/[a-z]+\/[a-z]+\.gea#L\d+$/.test(link))).toBe(true);
  });

  it('gives the HTML page the Markdown’s summary: layers with totals, potential gaps, findings by severity', () => {
    const context = contextOf(compilation, { locale: 'en' });
    const summary = readMarkdown(renderGap(gap, 'md', context)).tables.slice(0, 3);
    const page = new JSDOM(renderGap(gap, 'html', context)).window.document;
    const htmlTables = [...page.querySelectorAll('table')].slice(0, 3).map((table) => ({
      headers: [...table.querySelectorAll('thead th')].map((cell) => cell.textContent),
      rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    }));
    expect(htmlTables).toEqual(summary.map(({ headers, rows }) => ({ headers, rows })));
    expect(htmlTables[2]!.rows.map((row) => row[0])).toEqual(['Errors', 'Warnings', 'Info', 'Waived']);
  });

  it('says it all in Mongolian with --locale mn: headings, labels and names', () => {
    const mongolian = gapOf(compilation, 'current', 'target', 'mn');
    const document = readMarkdown(renderGap(mongolian, 'md', contextOf(compilation, { locale: 'mn' })));
    expect(document.headings[0]!.text).toBe('Зөрүүний шинжилгээ: Одоогийн байдал 2026 (current) → Зорилтот байдал 2028 (target)');
    expect(document.tables[0]!.headers).toEqual(['Давхарга', 'Хэвээр', 'Шинэ', 'Хасагдсан', 'Өөрчлөгдсөн']);
    expect(mongolian.potentialGaps[0]!.message).toMatch(/чөлөөлөлт/);
  });

  it('gives the same bytes for the same model', () => {
    const again = gapOf(compilation, 'current', 'target', 'en');
    const context = contextOf(compilation, { locale: 'en' });
    for (const format of ['md', 'json', 'html'] as const) expect(renderGap(again, format, context)).toBe(renderGap(gap, format, context));
  });
});
