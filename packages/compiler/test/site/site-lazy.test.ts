// A national site is 22 000 pages: element and view pages are made when staging reads them, one at
// a time, not all held in memory; the overview pages, assets and search index are made at once.
import { describe, expect, it, vi } from 'vitest';
import { computeViews } from '@gea-arch/core';
import { analyze } from '@gea-arch/fixtures';
import type * as ElementPage from '../../src/site/element-page.js';
import { buildSite } from '../../src/site/build-site.js';

const made = vi.hoisted(() => ({ pages: [] as string[] }));

vi.mock('../../src/site/element-page.js', async (original) => {
  const actual = await original<typeof ElementPage>();
  return {
    ...actual,
    elementPage: (...args: Parameters<typeof actual.elementPage>) => {
      made.pages.push(args[0].id);
      return actual.elementPage(...args);
    },
  };
});

describe('the site as it is built', () => {
  it('makes an element page only when it is read, and the same page each time', async () => {
    const { model, findings } = await analyze(
      'agency a "А" { kind agency }\nsystem s "С" { owner a }\ndata d "Д" { owner a kind registry field id string key }',
    );
    const site = buildSite(
      {
        model,
        findings,
        views: computeViews(model),
        locale: 'mn',
        files: 1,
        evaluationDate: '2026-06-01',
        rules: [],
        relativePath: () => 'm.gea',
      },
      { regular: new Uint8Array(), bold: new Uint8Array() },
    );
    expect(made.pages).toEqual([]);
    const page = [...site.files.keys()].find((path) => path.startsWith('system/'))!;
    const html = site.files.get(page);
    expect(html).toContain('<html');
    expect(site.files.get(page)).toBe(html);
    expect(made.pages).toEqual(['s', 's']);
    expect(site.pages).toBe([...site.files.keys()].filter((path) => path.endsWith('.html')).length);
  });
});
