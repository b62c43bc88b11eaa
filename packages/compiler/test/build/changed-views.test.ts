// A build after a change draws again only the views the change shows in: every other view's files
// are linked from the last build without being drawn (a national model's PNGs are minutes of work),
// and a change only the tooltips show draws the SVGs again, not the pictures.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as DiagramsNode from '@gea-arch/diagrams/node';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { buildWorkspace, loadWorkspace } from '../../src/index.js';

/** The views whose PNG was drawn. */
const drawn = vi.hoisted(() => [] as string[]);

/** What a picture of an SVG shows: all of it but its tooltips and links, which draw nothing. */
const picture = vi.hoisted(() => (svg: string) => svg.replace(/<title>[^<]*<\/title>/g, '').replace(/ href="[^"]*"/g, ''));

vi.mock('@gea-arch/diagrams/node', async (original) => ({
  ...(await original<typeof DiagramsNode>()),
  PngPool: class {
    async render(svg: string): Promise<Uint8Array> {
      drawn.push(/data-view-id="([^"]+)"/.exec(svg)![1]!);
      return new TextEncoder().encode(picture(svg));
    }
  },
}));

describe('a build after a change', () => {
  it('draws again only the views whose drawing changed, and links the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gea-changed-'));
    cpSync(QUICKSTART_EXAMPLE, root, { recursive: true });
    const out = join(root, 'out');
    const diagrams = join(out, 'diagrams');
    const build = async () => {
      drawn.length = 0;
      await buildWorkspace(await loadWorkspace([root]), {
        outDir: out,
        toolVersion: 'test',
        evaluationDate: '2026-06-01',
        png: true,
        only: ['diagrams'],
      });
      const svgs = readdirSync(diagrams).filter((file) => file.endsWith('.svg'));
      return new Map(svgs.map((file) => [file.replace(/\.svg$/, ''), readFileSync(join(diagrams, file), 'utf8')]));
    };
    const inode = (file: string) => statSync(join(diagrams, file)).ino;

    const before = await build();
    expect(drawn.sort()).toEqual([...before.keys()].sort());
    const inodes = new Map([...before.keys()].map((view) => [view, inode(`${view}.png`)]));

    const model = join(root, 'model.gea');
    writeFileSync(model, readFileSync(model, 'utf8').replace('data citizen "Иргэний бүртгэл"', 'data citizen "Иргэдийн бүртгэл"'));
    const after = await build();
    const changed = [...after.keys()].filter((view) => after.get(view) !== before.get(view));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.size);
    expect(drawn.sort()).toEqual(changed.sort());
    for (const view of after.keys()) {
      if (!changed.includes(view)) expect(inode(`${view}.png`), view).toBe(inodes.get(view));
      expect(readFileSync(join(diagrams, `${view}.png`), 'utf8')).toBe(picture(after.get(view)!));
    }
    const pictures = new Map([...after.keys()].map((view) => [view, inode(`${view}.png`)]));
    const texts = new Map(
      [...after.keys()].flatMap((view) => ['mmd', 'puml'].map((format) => [`${view}.${format}`, inode(`${view}.${format}`)])),
    );

    // A description is a tooltip: the layout is the cached one, the SVG is not; the pictures, the
    // Mermaid and the PlantUML show no tooltip and stay as they were, not drawn again.
    writeFileSync(
      model,
      readFileSync(model, 'utf8').replace(
        '  name en "Citizen register"',
        '  name en "Citizen register"\n  description "Иргэн бүрийн бүртгэл"',
      ),
    );
    const described = await build();
    const redrawn = [...described.keys()].filter((view) => described.get(view) !== after.get(view));
    expect(redrawn.length).toBeGreaterThan(0);
    for (const view of redrawn) expect(described.get(view)).toContain('Иргэн бүрийн бүртгэл');
    expect(drawn).toEqual([]);
    for (const view of described.keys()) {
      expect(inode(`${view}.png`), view).toBe(pictures.get(view));
      expect(readFileSync(join(diagrams, `${view}.png`), 'utf8')).toBe(picture(described.get(view)!));
    }
    for (const [file, before] of texts) expect(inode(file), file).toBe(before);
  }, 120_000);
});
