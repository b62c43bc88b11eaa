import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gea } from './run-gea.js';

const QUICKSTART = resolve(import.meta.dirname, '../../../examples/quickstart');

describe('gea views', () => {
  it('lists every view with its kind, size and title (as out/ has it: in the workspace’s locale), and says how to draw one', async () => {
    const result = await gea(['views', QUICKSTART]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'view              kind        nodes  edges  title',
        'context-gasr      context         2      1  Харилцаа: Улсын бүртгэлийн ерөнхий газар',
        'context-ndc       context         2      1  Харилцаа: Үндэсний дата төв',
        'dataflow-citizen  dataflow        4      4  Өгөгдлийн урсгал: Иргэний бүртгэл',
        'landscape-now     landscape       3      2  Ландшафт',
        'signatures        signatures      0      0  Цахим гарын үсэг',
        '',
        '5 views; `gea diagram VIEW` draws one',
        '',
      ].join('\n'),
    );
  });

  it('writes its headings and, with --locale, the titles in the chosen language', async () => {
    const english = await gea(['views', QUICKSTART, '--locale', 'en']);
    expect(english.stdout).toContain('landscape-now     landscape       3      2  Landscape\n');
    expect(english.stdout).toContain('context-gasr      context         2      1  Context: General Authority for State Registration\n');
    const mongolian = await gea(['views', QUICKSTART, '--locale', 'mn']);
    expect(mongolian.stdout.split('\n')[0]).toBe('харагдац          төрөл       зангилаа  холбоос  гарчиг');
    expect(mongolian.stdout).toContain('landscape-now     landscape          3        2  Ландшафт\n');
    expect(mongolian.stdout).toMatch(/\n5 харагдац; нэгийг нь `gea diagram VIEW` зурна\n$/);
  });

  it('keeps each view on one line: line breaks, tabs and other control characters of a title are spaces', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-'));
    writeFileSync(join(root, 'm.gea'), 'agency a "First\\nsecond\\tthird\\r\\nfourth" { kind agency }\nsystem s "S" { owner a }\n');
    const result = await gea(['views', root, '--locale', 'en'], root);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'view           kind        nodes  edges  title',
      'context-a      context         1      0  Context: First second third fourth',
    ]);
  });

  it('marks the size of a view that may be drawn folded (more than 20 nodes), and says where its drawn size is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-'));
    const systems = Array.from({ length: 21 }, (_, index) => `system s${index} "S${index}" { owner a }\n`).join('');
    writeFileSync(join(root, 'm.gea'), `agency a "A" { kind agency }\nagency b "B" { kind agency }\nsystem t "T" { owner b }\n${systems}`);
    expect((await gea(['views', root, '--locale', 'en'])).stdout).toBe(
      [
        'view           kind        nodes  edges  title',
        'context-a      context       21*      0  Context: A',
        'context-b      context        1       0  Context: B',
        'landscape-now  landscape      2       0  Landscape [aggregated by agency]',
        'signatures     signatures     0       0  Signatures',
        '',
        '* counted in the model; a view of more than 20 nodes that is too dense to read is drawn with its systems folded into their agencies (`gea diagram VIEW -f json` gives the drawn size)',
        '4 views; `gea diagram VIEW` draws one',
        '',
      ].join('\n'),
    );
  });

  it('gives the same list as JSON, with the ids `gea diagram` takes', async () => {
    const result = await gea(['views', QUICKSTART, '--format', 'json']);
    const { views } = JSON.parse(result.stdout) as { views: { id: string; kind: string; nodes: number; aggregated: boolean }[] };
    expect(views.map((view) => view.id)).toEqual(['context-gasr', 'context-ndc', 'dataflow-citizen', 'landscape-now', 'signatures']);
    expect(views.find((view) => view.id === 'landscape-now')).toMatchObject({ kind: 'landscape', nodes: 3, aggregated: false });
    for (const { id } of views) expect((await gea(['diagram', id, QUICKSTART, '-f', 'mermaid'])).code, id).toBe(0);
  });

  it('is where `gea diagram --help` sends a reader looking for a view id', async () => {
    const help = (await gea(['diagram', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('the view id (`gea views` lists them)');
    const unknown = await gea(['views', QUICKSTART, '--format', 'yaml']);
    expect(unknown.code).toBe(2);
  });

  it('hands `gea diagram` views marked with the findings: a link that bypasses ХУР carries its error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-'));
    writeFileSync(
      join(root, 'model.gea'),
      `agency a "А" { kind agency }
agency b "Б" { kind agency }
system sa "СА" { owner a depends-on sb "шууд" { kind direct-db } }
system sb "СБ" { owner b }
`,
    );
    const json = JSON.parse((await gea(['diagram', 'landscape-now', root, '-f', 'json'])).stdout) as {
      graph: { edges: { id: string; findings?: unknown }[] };
    };
    expect(json.graph.edges).toEqual([
      expect.objectContaining({
        id: 'depends-on:sa->sb',
        findings: { severity: 'error', waived: false, rules: ['cross-agency-via-platform'] },
      }),
    ]);
  });

  it('draws a landscape with `compare` as the gap between the two plateaus in every text format', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-views-'));
    writeFileSync(
      join(root, 'model.gea'),
      `plateau одоо "Одоо" { date 2026-01-01 }
plateau зорилт "Зорилт" { date 2028-01-01 }
agency УБЕГ "Улсын бүртгэл" { kind agency }
system хуучин "Хуучин систем" { owner УБЕГ until зорилт }
system шинэ "Шинэ систем" { owner УБЕГ from зорилт }
view харьцуулалт { kind landscape compare одоо зорилт }
`,
    );
    const draw = async (format: string) => (await gea(['diagram', 'харьцуулалт', root, '-f', format])).stdout;
    const mermaid = await draw('mermaid');
    expect(mermaid).toContain('title: "Ландшафт — Одоо (2026-01-01) » Зорилт (2028-01-01)"');
    expect(mermaid).toMatch(/class n_\w+ status_new/);
    expect(mermaid).toMatch(/class n_\w+ status_eliminated/);
    const plantuml = await draw('plantuml');
    expect(plantuml).toMatch(/"Хуучин систем" as \w+ <<хасагдсан>>/);
    expect(plantuml).toMatch(/"Шинэ систем" as \w+ <<шинэ>>/);
    const json = JSON.parse(await draw('json')) as { graph: { compareFrom?: { id: string }; nodes: { id: string; status: string }[] } };
    expect(json.graph.compareFrom?.id).toBe('одоо');
    expect(json.graph.nodes.map((node) => `${node.id}:${node.status}`)).toEqual(['хуучин:eliminated', 'шинэ:new']);
  });
});
