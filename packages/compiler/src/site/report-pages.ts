// The reports as pages: the gap analysis between each pair of consecutive plateaus (the reports'
// HTML fragment, once per language), the agency scorecard and the signature map.
import {
  agencyScorecards,
  analyzeGap,
  hrefOf,
  signatureMap,
  type AgencyScorecard,
  type ElementSummary,
  type Plateau,
  type SignatureEntry,
  type Words,
} from '@gea-arch/core';
import { gapHtml } from '../report/gap-html.js';
import { element, escapeHtml, tableHtml } from '../report/html.js';
import { reportContext } from '../report/report-context.js';
import { nameHtml, say, SITE_LOCALES } from './bilingual.js';
import { code, link } from './markup.js';
import type { Page } from './page-shell.js';
import type { SiteContext } from './site-context.js';

/** The plateaus that have a gap page with the next one: consecutive pairs of declared plateaus. */
export function plateauPairs(site: SiteContext): Array<readonly [Plateau, Plateau]> {
  const plateaus = site.model.plateaus.filter((plateau) => !plateau.implicit);
  return plateaus.slice(1).map((to, index) => [plateaus[index]!, to] as const);
}

export function gapPath(from: Plateau, to: Plateau): string {
  return `gap-${from.id}-${to.id}.html`;
}

export function gapPages(site: SiteContext): Page[] {
  const pairs = plateauPairs(site);
  const list =
    pairs.length === 0
      ? element(
          'p',
          {},
          say((w) => w.site.gaps.none),
        )
      : element(
          'ul',
          {},
          ...pairs.map(([from, to]) =>
            element('li', {}, link(gapPath(from, to), `${nameHtml(from, site.defaultLocale)} → ${nameHtml(to, site.defaultLocale)}`)),
          ),
        );
  const index: Page = {
    path: 'gaps.html',
    title: (words) => words.site.gaps.title,
    body: [
      element(
        'h1',
        {},
        say((w) => w.site.gaps.title),
      ),
      list,
    ].join('\n'),
    section: 'gaps',
  };
  const pages = pairs.map(([from, to]): Page => {
    const fragments = SITE_LOCALES.map((locale) => {
      const gap = analyzeGap(site.model, from, to, site.findings, { locale });
      const context = reportContext({ locale, defaultLocale: site.defaultLocale, links: { relativePath: site.relativePath } });
      return element('div', { class: `l-${locale}`, lang: locale }, gapHtml(gap, context, { kept: false }));
    });
    return {
      path: gapPath(from, to),
      title: (words, locale) => words.reports.gap.title({ from: nameIn(from, locale, site), to: nameIn(to, locale, site) }),
      body: [
        element('h1', {}, `${nameHtml(from, site.defaultLocale)} → ${nameHtml(to, site.defaultLocale)}`),
        element(
          'p',
          { class: 'note' },
          say((w) => w.site.gaps.keptElsewhere),
          ' ',
          reportLinks(`gap-${from.id}-${to.id}`, site),
        ),
        ...fragments,
      ].join('\n'),
      section: 'gaps',
    };
  });
  return [index, ...pages];
}

/** Links to a report's files in the reports section, beside the site. */
function reportLinks(name: string, site: SiteContext): string {
  return [`${name}.md`, `${name}.json`]
    .filter((file) => site.reports?.has(file))
    .map((file) => element('a', { href: `../reports/${file}`, download: '' }, code(file)))
    .join(' ');
}

function nameIn(plateau: Plateau, locale: string, site: SiteContext): string {
  return plateau.names[locale] ?? plateau.names[site.defaultLocale] ?? plateau.id;
}

/** The scorecard table, with every column of reports/scorecard.md: every agency, or the first `limit` (worst first). */
export function scorecardTable(site: SiteContext, root: string, limit = Infinity): string {
  const scorecard = agencyScorecards(site.model, site.findings, site.rules);
  const c = (pick: (words: Words) => string) => say(pick);
  const headers = [
    c((w) => w.reports.common.agency),
    c((w) => w.reports.common.kinds.system),
    c((w) => w.reports.common.kinds.data),
    c((w) => w.reports.common.kinds.interface),
    c((w) => w.reports.common.kinds.platform),
    c((w) => w.reports.common.kinds.trust),
    c((w) => w.reports.common.severitiesPlural.error),
    c((w) => w.reports.common.severitiesPlural.warning),
    c((w) => w.reports.common.severitiesPlural.info),
    c((w) => w.reports.common.waived),
    c((w) => w.reports.scorecard.waivers),
    c((w) => w.reports.scorecard.rulesPassed),
    c((w) => w.reports.scorecard.failingRules),
  ];
  const row = (entry: AgencyScorecard) => [
    summaryLink(entry.agency, site, root),
    String(entry.elements.system),
    String(entry.elements.data),
    String(entry.elements.interface),
    String(entry.elements.platform),
    String(entry.elements.trust),
    String(entry.findings.error),
    String(entry.findings.warning),
    String(entry.findings.info),
    String(entry.findings.waived),
    String(entry.waivers.length),
    `<span class="nowrap">${entry.rulesPassed}/${scorecard.rules} (${Math.round(entry.share * 100)}%)</span>`,
    entry.failingRules.map(code).join(' '),
  ];
  // Thirteen columns: scrolled within their box on a narrow window, rather than widening the page.
  return element('div', { class: 'scrolled' }, tableHtml(headers, scorecard.agencies.slice(0, limit).map(row)));
}

export function scorecardPage(site: SiteContext): Page {
  const rules = site.rules.length;
  return {
    path: 'scorecard.html',
    title: (words) => words.reports.scorecard.title,
    body: [
      element(
        'h1',
        {},
        say((w) => w.reports.scorecard.title),
      ),
      element(
        'p',
        {},
        say((w) => w.reports.scorecard.intro({ rules })),
      ),
      scorecardTable(site, ''),
    ].join('\n'),
    section: 'scorecard',
  };
}

export function signaturesPage(site: SiteContext): Page {
  const map = signatureMap(site.model, site.evaluationDate);
  const s = (pick: (words: Words['reports']['signatures']) => string) => say((w) => pick(w.reports.signatures));
  const trusts = tableHtml(
    [
      say((w) => w.reports.common.name),
      s((w) => w.certificate),
      s((w) => w.validUntil),
      s((w) => w.daysLeft),
      s((w) => w.status),
      s((w) => w.dependents),
    ],
    map.trusts.flatMap((entry) => {
      const certificates = entry.certificates.length > 0 ? entry.certificates : [undefined];
      return certificates.map((certificate, index) => [
        index === 0 ? summaryLink(entry.trust, site, '') : '',
        certificate ? escapeHtml(certificate.subject) : s((w) => w.noCertificates),
        certificate?.validUntil ? code(certificate.validUntil) : '',
        certificate?.daysLeft !== undefined ? String(certificate.daysLeft) : '',
        certificate
          ? element(
              'span',
              { class: `cert cert-${certificate.state}` },
              s((w) => w.statuses[certificate.state]),
            )
          : '',
        index === 0 ? String(entry.dependents.length) : '',
      ]);
    }),
  );
  const signing = (entry: SignatureEntry) => [
    summaryLink(entry.signer, site, ''),
    s((w) => w.signingKinds[entry.kind]),
    entry.data !== undefined ? code(entry.data) : '',
    entry.level !== undefined ? say((w) => w.specs.levels[entry.level!]) : '',
    entry.format !== undefined ? code(entry.format) : '',
    entry.with !== undefined ? code(entry.with) : '',
    entry.timestamp !== undefined ? code(entry.timestamp) : '',
  ];
  const systems = tableHtml(
    [
      s((w) => w.signer),
      s((w) => w.signing),
      s((w) => w.document),
      s((w) => w.level),
      s((w) => w.format),
      s((w) => w.with),
      s((w) => w.timestamp),
    ],
    map.systems.flatMap((entry) => entry.signatures.map(signing)),
  );
  return {
    path: 'signatures.html',
    title: (words) => words.reports.signatures.title,
    body: [
      element(
        'h1',
        {},
        s((w) => w.title),
      ),
      element(
        'p',
        {},
        s((w) => w.intro({ date: map.evaluationDate })),
      ),
      element(
        'h2',
        {},
        s((w) => w.trustServices),
      ),
      trusts,
      element(
        'h2',
        {},
        s((w) => w.systems),
      ),
      systems,
    ].join('\n'),
    section: 'signatures',
  };
}

function summaryLink(summary: ElementSummary, site: SiteContext, root: string): string {
  const declared = site.model.byId.get(summary.id);
  return declared ? link(`${root}${hrefOf(declared)}`, nameHtml(declared, site.defaultLocale)) : code(summary.id);
}
