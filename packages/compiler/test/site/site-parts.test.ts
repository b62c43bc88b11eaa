// The parts of the site that are easy to get subtly wrong: ids of inlined diagrams, the search
// index as a script, which spec files belong to an interface, and findings split by agency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { computeViews, type Finding, type SemanticModel } from '@gea-arch/core';
import { analyze, CONFORMANCE_DIR } from '@gea-arch/fixtures';
import { elementSections } from '../../src/site/element-page.js';
import { findingsPages } from '../../src/site/findings-page.js';
import { inlineSvg } from '../../src/site/inline-svg.js';
import { externalLink } from '../../src/site/markup.js';
import { propertiesHtml } from '../../src/site/properties.js';
import { scorecardTable } from '../../src/site/report-pages.js';
import { searchIndexScript } from '../../src/site/search-index.js';
import { siteContext } from '../../src/site/site-context.js';
import { specFilesByInterface } from '../../src/site/spec-links.js';

/** The site of a one-file model with no views, in `locale`. */
function siteOf(model: SemanticModel, findings: readonly Finding[], locale: string) {
  return siteContext({ model, findings, views: [], locale, files: 1, evaluationDate: '2026-01-01', rules: [], relativePath: (uri) => uri });
}

const SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="gea-diagram-title">',
  '<title id="gea-diagram-title">t</title>',
  '<defs><marker id="gea-head-consumes"/></defs>',
  '<g data-id="a"><a href="../site/system/a.html"><path marker-end="url(#gea-head-consumes)"/></a></g>',
  '<a href="https://example.org/x">x</a><use href="#gea-head-consumes"/>',
  '</svg>',
].join('\n');

describe('site parts', () => {
  it('gives an inlined diagram ids of its own, references included, and links from the page', () => {
    const svg = inlineSvg(SVG, 'd1-', '../');
    expect(svg).toContain('aria-labelledby="d1-gea-diagram-title"');
    expect(svg).toContain('<title id="d1-gea-diagram-title">');
    expect(svg).toContain('<marker id="d1-gea-head-consumes"/>');
    expect(svg).toContain('marker-end="url(#d1-gea-head-consumes)"');
    expect(svg).toContain('<use href="#d1-gea-head-consumes"/>');
    expect(svg).toContain('data-id="a"');
    expect(svg).toContain('href="../system/a.html"');
    expect(svg).toContain('href="https://example.org/x"');
  });

  it('writes the search index as a script whose names read back exactly, hostile ones included', async () => {
    const { model, findings } = await analyze(
      `agency evil "</script><script>alert(1)</script>" { name en "\\u2028 \\"q\\" 'a' \`b\` \${x}" kind agency }`,
    );
    const site = siteOf(model, findings, 'mn');
    const script = searchIndexScript(site);
    expect(script).not.toContain('</script');
    const window: { GEA_SEARCH?: { entries: string[][] } } = {};
    runInNewContext(script, { window });
    const evil = window.GEA_SEARCH!.entries.find((entry) => entry[0] === 'evil')!;
    expect(evil.slice(1)).toEqual(['agency', 'agency/evil.html', '</script><script>alert(1)</script>', model.agencies[0]!.names.en]);
  });

  it('tells apart by their ids the views of one title an element appears in', async () => {
    // `mine` has no title of its own: it is titled as the generated landscape of the plateau is.
    const { model, findings } = await analyze(
      'plateau p "П" { date 2026-01-01 }\nagency a "А" { kind agency }\nsystem s "С" { owner a }\nview mine { kind landscape }',
    );
    const views = computeViews(model);
    const site = siteContext({
      model,
      findings,
      views,
      locale: 'mn',
      files: 1,
      evaluationDate: '2026-01-01',
      rules: [],
      relativePath: (uri) => uri,
    });
    const list = elementSections(model.systems[0]!, site, '../').find((html) => html.includes('class="views columns"'))!;
    const items = list.match(/<li>.*?<\/li>/g)!;
    const landscapes = items.filter((item) => item.includes('view/mine.html') || item.includes('view/landscape-p.html'));
    expect(landscapes).toHaveLength(2);
    expect(landscapes[0]).toMatch(/<\/a> <code>(mine|landscape-p)<\/code><\/li>$/);
    expect(landscapes[1]).toMatch(/<\/a> <code>(mine|landscape-p)<\/code><\/li>$/);
    // A view whose title is its own is named by it alone.
    expect(items.find((item) => item.includes('view/context-a.html'))).not.toContain('<code>');
  });

  it('says on a data asset’s page the personal data it holds through its fields, not only its own privacy', async () => {
    const { model, findings } = await analyze(
      'agency a "А" { kind agency }\ndata d "Д" { owner a field id string key field health string sensitive }',
    );
    const site = siteOf(model, findings, 'en');
    const html = propertiesHtml(model.data[0]!, site, '../');
    expect(html).toContain(
      'Personal data</span></dt><dd><span class="l-mn" lang="mn">эмзэг мэдээлэл</span><span class="l-en" lang="en">sensitive</span></dd>',
    );
  });

  it('shows the fixed values of the language in the words of the tables, in both locales, as the agreements word them', async () => {
    const { model, findings } = await analyze(`agency a "А" { kind ministry }
platform x "Х" { kind exchange operator a sla { availability 99.5% latency 800ms support "08:00-18:00" } }
trust root_ca "CA" { kind ca operator a levels advanced, qualified formats XAdES }
data d "Д" { owner a kind registry privacy personal field id string key open { license "CC-BY-4.0" publisher a cadence monthly formats csv } }
system s "С" { owner a criticality critical }
interface i "И" { provider s via x style soap version "1.0" consent dan, otp auth mtls signature { level qualified format XAdES with root_ca } }
view v { kind landscape group-by platform }`);
    const site = siteOf(model, findings, 'mn');
    const both = (mn: string, en: string) => `<span class="l-mn" lang="mn">${mn}</span><span class="l-en" lang="en">${en}</span>`;
    const page = (id: string) => propertiesHtml(model.byId.get(id)!, site, '../');
    expect(page('a')).toContain(both('яам', 'ministry'));
    expect(page('x')).toContain(both('мэдээлэл солилцоо', 'data exchange'));
    expect(page('x')).toContain(
      both(
        'Бэлэн байдал <code>99.5%</code>; Хариу өгөх хугацаа <code>800 ms</code>; Дэмжлэг үзүүлэх цаг 08:00-18:00',
        'Availability <code>99.5%</code>; Latency <code>800 ms</code>; Support hours 08:00-18:00',
      ),
    );
    expect(page('root_ca')).toContain(both('гэрчилгээ олгогч төв', 'certification authority'));
    expect(page('root_ca')).toContain(both('ахисан түвшний, шаардлага хангасан', 'advanced, qualified'));
    expect(page('root_ca')).toContain('<code>XAdES</code>');
    expect(page('d')).toContain(both('бүртгэл', 'registry'));
    expect(page('d')).toContain(both('хувь хүний мэдээлэл', 'personal'));
    expect(page('d')).toContain(`<code>CC-BY-4.0</code> ${both('сар бүр', 'monthly')} <code>csv</code>`);
    expect(page('s')).toContain(both('онц чухал', 'critical'));
    expect(page('i')).toContain(both('SOAP вэб үйлчилгээ', 'SOAP web service'));
    expect(page('i')).toContain(both('ДАН танилт, нэвтрэлтийн систем, нэг удаагийн нууц үг', 'DAN identity service, one-time password'));
    expect(page('i')).toContain(both('харилцан TLS (хэрэглэгчийн гэрчилгээ)', 'mutual TLS (client certificates)'));
    expect(page('i')).toContain(
      `${both('шаардлага хангасан', 'qualified')} <code>XAdES</code>; ${both('цахим гарын үсгийн үйлчилгээ', 'signature with')}`,
    );
    expect(page('v')).toContain(both('Ландшафт', 'Landscape'));
    expect(page('v')).toContain(both('платформоор', 'by platform'));
    // No keyword of a fixed vocabulary is left as written code.
    for (const id of ['a', 'x', 'root_ca', 'd', 's', 'i', 'v']) {
      expect(page(id), id).not.toMatch(
        /<code>(?:ministry|exchange|ca|advanced|qualified|registry|personal|monthly|critical|soap|dan|otp|mtls|landscape|platform|level [a-z]+|availability [^<]*)<\/code>/,
      );
    }
  });

  it('shows in the scorecard every column of the scorecard report: platforms, trust services, infos and waivers too', async () => {
    const { model, findings } = await analyze(
      [
        'agency ndc "Дата төв" { kind agency }',
        'platform cloud "Үүл" { kind hosting operator ndc }',
        'trust ca "ГТ" { kind ca operator ndc }',
        'trust tsa "Цаг" { kind tsa operator ndc }',
        'system s "С" { owner ndc hosting cloud }',
        'waiver w { rule cross-agency-via-platform on s reason "r" }',
      ].join('\n'),
    );
    const html = scorecardTable(siteOf(model, findings, 'en'), '');
    const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map(([, header]) => /lang="en">([^<]*)/.exec(header!)?.[1] ?? header);
    expect(headers).toEqual(expect.arrayContaining(['Platforms', 'Trust services', 'Info', 'Waivers']));
    const cells = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, cell]) => cell);
    // System, data, interface, platform, trust; error, warning, info, waived findings; waivers.
    expect(cells.slice(1, 6)).toEqual(['1', '0', '0', '1', '2']);
    expect(cells[10]).toBe('1');
  });

  it('knows the spec files of each interface, its consumers’ agreements included', () => {
    const files = specFilesByInterface([
      'mn.a.api/openapi.yaml',
      'mn.a.api/schema.json',
      'agreements/mn.b.app--mn.a.api.md',
      'agreements/mn.b.app--mn.a.api--2.md',
      'agreements/mn.b.app--mn.a.other.md',
      'catalog.json',
    ]);
    expect(files.get('mn.a.api')).toEqual([
      'agreements/mn.b.app--mn.a.api--2.md',
      'agreements/mn.b.app--mn.a.api.md',
      'mn.a.api/openapi.yaml',
      'mn.a.api/schema.json',
    ]);
    expect(files.get('mn.a.other')).toEqual(['agreements/mn.b.app--mn.a.other.md']);
    expect([...files.keys()].sort()).toEqual(['mn.a.api', 'mn.a.other']);
  });
});

describe('findings pages', () => {
  it('split by agency above the limit, each finding on exactly one page, with the counts linking to them', async () => {
    const source = readFileSync(join(CONFORMANCE_DIR, '03-exchange-violations.gea'), 'utf8');
    const { model, findings } = await analyze(source);
    const site = siteOf(model, findings, 'en');
    expect(findingsPages(site).map((page) => page.path)).toEqual(['findings.html']);

    const pages = findingsPages(site, 1);
    const [index, ...perAgency] = pages;
    expect(perAgency.length).toBeGreaterThan(1);
    for (const page of perAgency) {
      expect(page.path).toMatch(/^findings\/[^/]+\.html$/);
      expect(index!.body).toContain(`href="${page.path}"`);
    }
    const rows = perAgency.map((page) => page.body.match(/<tr data-severity=/g)?.length ?? 0);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(findings.length);
    expect(index!.body).not.toContain('<tr data-severity=');
  });
});

describe('a model url on the site', () => {
  it('is a link when it is http, https or mailto, and text otherwise, whatever its case and spaces', () => {
    expect(externalLink(' https://data.gov.mn/a?b=1&c=2')).toBe(
      '<a href="https://data.gov.mn/a?b=1&amp;c=2" rel="external noopener"> https://data.gov.mn/a?b=1&amp;c=2</a>',
    );
    expect(externalLink('MAILTO:office@gov.mn')).toContain('<a href="MAILTO:office@gov.mn"');
    for (const unsafe of ['javascript:alert(1)', '  JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd'])
      expect(externalLink(unsafe)).not.toContain('<a');
  });
});
