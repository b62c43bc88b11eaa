// The diagram's embedded style sheet: every colour lives here, once per theme (light, and dark
// under `prefers-color-scheme`), keyed by the classes the renderer puts on shapes, lines and text.
import type { Classification } from '@gea/language';
import type { EdgeKind, NodeKind, Status } from '../view-graph.js';
import { FONT_FAMILY } from '../text-measure.js';

interface Paint {
  readonly fill: string;
  readonly stroke: string;
}

interface Palette {
  readonly background: string;
  readonly ink: string;
  readonly mutedInk: string;
  readonly titleBar: Paint;
  readonly agencyGroup: Paint & { readonly tab: string; readonly tabInk: string };
  readonly platformGroup: Paint & { readonly ink: string };
  /** Elements with no classification (or none that applies to their kind). */
  readonly kinds: Readonly<Record<NodeKind, Paint>>;
  readonly classifications: Readonly<Record<Classification, Paint>>;
  /** The gap between the two lines of a double (changed) border. */
  readonly doubleBorderGap: string;
  readonly statusBadges: Readonly<Record<Status, string>>;
  readonly classificationBadges: Readonly<Record<Classification, string>>;
  readonly badgeInk: string;
  readonly tagBadge: Paint & { readonly ink: string };
  readonly edges: Readonly<Record<EdgeKind, string>>;
  readonly edgeLabel: Paint & { readonly ink: string };
  readonly legend: Paint;
}

const LIGHT: Palette = {
  background: '#ffffff',
  ink: '#0f172a',
  mutedInk: '#475569',
  titleBar: { fill: '#f1f5f9', stroke: '#cbd5e1' },
  agencyGroup: { fill: '#f8fafc', stroke: '#94a3b8', tab: '#334155', tabInk: '#ffffff' },
  platformGroup: { fill: '#f5f9fc', stroke: '#64748b', ink: '#334155' },
  kinds: {
    agency: { fill: '#f1f5f9', stroke: '#334155' },
    system: { fill: '#ffffff', stroke: '#334155' },
    data: { fill: '#e0f2fe', stroke: '#0369a1' },
    document: { fill: '#fffbeb', stroke: '#a16207' },
    interface: { fill: '#e0f2fe', stroke: '#0369a1' },
    platform: { fill: '#eef2f6', stroke: '#4b5563' },
    trust: { fill: '#f3e8ff', stroke: '#7e22ce' },
  },
  classifications: {
    public: { fill: '#dcfce7', stroke: '#15803d' },
    internal: { fill: '#e0f2fe', stroke: '#0369a1' },
    restricted: { fill: '#ffedd5', stroke: '#c2410c' },
    secret: { fill: '#fee2e2', stroke: '#b91c1c' },
  },
  doubleBorderGap: '#ffffff',
  statusBadges: {
    active: '#475569',
    planned: '#15803d',
    retiring: '#92400e',
    new: '#15803d',
    eliminated: '#6b7280',
    changed: '#c2410c',
    kept: '#475569',
  },
  classificationBadges: { public: '#15803d', internal: '#0369a1', restricted: '#c2410c', secret: '#b91c1c' },
  badgeInk: '#ffffff',
  tagBadge: { fill: '#ffffff', stroke: '#94a3b8', ink: '#334155' },
  edges: {
    consumes: '#334155',
    provides: '#0f766e',
    masters: '#1d4ed8',
    stores: '#92400e',
    carries: '#0369a1',
    'depends-on': '#dc2626',
    uses: '#64748b',
    signs: '#7e22ce',
    seals: '#7e22ce',
    verifies: '#7e22ce',
    with: '#a855f7',
    timestamp: '#9333ea',
    issuer: '#6b21a8',
    aggregate: '#475569',
  },
  edgeLabel: { fill: '#ffffff', stroke: '#cbd5e1', ink: '#334155' },
  legend: { fill: '#f8fafc', stroke: '#cbd5e1' },
};

const DARK: Palette = {
  background: '#0f172a',
  ink: '#e2e8f0',
  mutedInk: '#94a3b8',
  titleBar: { fill: '#1e293b', stroke: '#334155' },
  agencyGroup: { fill: '#131d31', stroke: '#475569', tab: '#cbd5e1', tabInk: '#0f172a' },
  platformGroup: { fill: '#111b2e', stroke: '#94a3b8', ink: '#cbd5e1' },
  kinds: {
    agency: { fill: '#1e293b', stroke: '#cbd5e1' },
    system: { fill: '#1e293b', stroke: '#94a3b8' },
    data: { fill: '#082f49', stroke: '#38bdf8' },
    document: { fill: '#292524', stroke: '#fbbf24' },
    interface: { fill: '#082f49', stroke: '#38bdf8' },
    platform: { fill: '#1f2937', stroke: '#9ca3af' },
    trust: { fill: '#2e1065', stroke: '#c084fc' },
  },
  classifications: {
    public: { fill: '#052e16', stroke: '#4ade80' },
    internal: { fill: '#082f49', stroke: '#38bdf8' },
    restricted: { fill: '#431407', stroke: '#fb923c' },
    secret: { fill: '#450a0a', stroke: '#f87171' },
  },
  doubleBorderGap: '#0f172a',
  statusBadges: {
    active: '#64748b',
    planned: '#15803d',
    retiring: '#b45309',
    new: '#15803d',
    eliminated: '#4b5563',
    changed: '#c2410c',
    kept: '#64748b',
  },
  classificationBadges: { public: '#15803d', internal: '#0369a1', restricted: '#c2410c', secret: '#b91c1c' },
  badgeInk: '#ffffff',
  tagBadge: { fill: '#1e293b', stroke: '#64748b', ink: '#e2e8f0' },
  edges: {
    consumes: '#cbd5e1',
    provides: '#2dd4bf',
    masters: '#60a5fa',
    stores: '#fbbf24',
    carries: '#38bdf8',
    'depends-on': '#f87171',
    uses: '#94a3b8',
    signs: '#c084fc',
    seals: '#c084fc',
    verifies: '#c084fc',
    with: '#d8b4fe',
    timestamp: '#e879f9',
    issuer: '#a78bfa',
    aggregate: '#94a3b8',
  },
  edgeLabel: { fill: '#0f172a', stroke: '#475569', ink: '#e2e8f0' },
  legend: { fill: '#131d31', stroke: '#334155' },
};

/** Colour-free rules: fonts, line widths and dash patterns (the non-colour cues). */
const STRUCTURE_CSS = [
  `svg{font-family:"${FONT_FAMILY}",sans-serif}`,
  '.bold{font-weight:700}',
  '.shape{stroke-width:1.5}',
  '.shape-line{fill:none;stroke-width:1.2}',
  '.c-restricted .shape{stroke-width:2.2}',
  '.c-secret .shape{stroke-width:3}',
  '.s-planned .shape,.s-new .shape{stroke-dasharray:7 4}',
  '.s-retiring .shape,.s-eliminated .shape{stroke-dasharray:1.5 3.5;stroke-linecap:round}',
  '.s-changed .shape{stroke-width:5}',
  '.s-changed.c-secret .shape{stroke-width:6}',
  '.double-gap{fill:none;stroke-width:1.6}',
  '.s-eliminated,.edge.s-eliminated{opacity:.55}',
  '.s-retiring{opacity:.85}',
  '.strike{stroke-width:1.4}',
  '.frame{stroke-width:1.2}',
  '.g-platform .frame{stroke-dasharray:8 4}',
  '.group.s-planned .frame,.group.s-new .frame{stroke-dasharray:7 4;stroke-width:1.6}',
  '.group.s-changed .frame{stroke-width:4.5}',
  '.group.s-retiring .frame,.group.s-eliminated .frame{stroke-dasharray:1.5 3.5;stroke-linecap:round}',
  '.line{fill:none;stroke-width:1.5;stroke-linejoin:round}',
  '.e-masters .line{stroke-width:2.2}',
  '.e-aggregate .line{stroke-width:2.6}',
  '.e-uses .line,.e-issuer .line,.e-with .line{stroke-width:1.2}',
  '.e-stores .line{stroke-dasharray:2 3;stroke-linecap:round}',
  '.e-carries .line{stroke-dasharray:9 3 2 3}',
  '.e-depends-on .line{stroke-dasharray:6 4}',
  '.e-seals .line{stroke-dasharray:5 3}',
  '.e-verifies .line{stroke-dasharray:2 3;stroke-linecap:round}',
  '.e-with .line{stroke-dasharray:3 3}',
  '.e-timestamp .line{stroke-dasharray:1 3;stroke-linecap:round}',
  '.edge.s-planned .line,.edge.s-new .line{stroke-width:2.6}',
  '.marker{stroke-width:1.3;stroke-linejoin:round}',
  '.hit{fill:none;stroke:#000;stroke-opacity:0;stroke-width:10}',
  '.node:hover .shape,.group:hover .frame{stroke-width:3}',
  '.edge:hover .line{stroke-width:3}',
].join('\n');

function themeCss(p: Palette): string {
  const rules: string[] = [
    `.bg{fill:${p.background}}`,
    `text{fill:${p.ink}}`,
    `.muted{fill:${p.mutedInk}}`,
    `.title-bar{fill:${p.titleBar.fill};stroke:${p.titleBar.stroke}}`,
    `.g-agency .frame{fill:${p.agencyGroup.fill};stroke:${p.agencyGroup.stroke}}`,
    `.g-agency .tab{fill:${p.agencyGroup.tab}}`,
    `.g-agency .group-label{fill:${p.agencyGroup.tabInk}}`,
    `.g-platform .frame{fill:${p.platformGroup.fill};stroke:${p.platformGroup.stroke}}`,
    `.g-platform .group-label{fill:${p.platformGroup.ink}}`,
  ];
  for (const [kind, paint] of Object.entries(p.kinds)) {
    rules.push(`.k-${kind} .shape{fill:${paint.fill};stroke:${paint.stroke}}`, `.k-${kind} .accent{fill:${paint.stroke}}`);
  }
  // After the kinds, so that a classified element takes its classification's colours.
  for (const [classification, paint] of Object.entries(p.classifications)) {
    rules.push(
      `.c-${classification} .shape{fill:${paint.fill};stroke:${paint.stroke}}`,
      `.c-${classification} .accent{fill:${paint.stroke}}`,
    );
  }
  rules.push(`.double-gap{stroke:${p.doubleBorderGap}}`, `.strike{stroke:${p.ink}}`, `.seal-dot{fill:${p.background}}`);
  for (const [kind, paint] of Object.entries(p.kinds)) rules.push(`.k-${kind} .shape-line{stroke:${paint.stroke}}`);
  for (const [classification, paint] of Object.entries(p.classifications)) {
    rules.push(`.c-${classification} .shape-line{stroke:${paint.stroke}}`);
  }
  for (const [status, colour] of Object.entries(p.statusBadges)) rules.push(`.badge-s-${status} rect{fill:${colour}}`);
  for (const [classification, colour] of Object.entries(p.classificationBadges)) {
    rules.push(`.badge-c-${classification} rect{fill:${colour}}`);
  }
  rules.push(
    `.badge text{fill:${p.badgeInk}}`,
    `.badge-tag rect{fill:${p.tagBadge.fill};stroke:${p.tagBadge.stroke}}`,
    `.badge-tag text{fill:${p.tagBadge.ink}}`,
  );
  for (const [kind, colour] of Object.entries(p.edges)) {
    rules.push(`.e-${kind} .line{stroke:${colour}}`, `.m-${kind}{fill:${colour};stroke:${colour}}`, `.m-${kind}.hollow{fill:${p.background}}`);
  }
  rules.push(
    `.edge-label rect{fill:${p.edgeLabel.fill};stroke:${p.edgeLabel.stroke}}`,
    `.edge-label text{fill:${p.edgeLabel.ink}}`,
    `.legend-frame{fill:${p.legend.fill};stroke:${p.legend.stroke}}`,
  );
  return rules.join('\n');
}

/** Prefixes every selector with the diagram's root class, so a diagram inlined in a page styles only itself. */
function scoped(rules: string): string {
  return rules
    .split('\n')
    .map((rule) => {
      const brace = rule.indexOf('{');
      const selectors = rule
        .slice(0, brace)
        .split(',')
        .map((selector) => (selector === 'svg' ? ROOT_CLASS_SELECTOR : `${ROOT_CLASS_SELECTOR} ${selector}`));
      return `${selectors.join(',')}${rule.slice(brace)}`;
    })
    .join('\n');
}

/** The class on the `<svg>` element that every rule is scoped to. */
export const ROOT_CLASS = 'gea-diagram';
const ROOT_CLASS_SELECTOR = `.${ROOT_CLASS}`;

/** The whole style sheet: structure, light colours, and dark colours for dark-scheme viewers. */
export function diagramCss(): string {
  return `${scoped(STRUCTURE_CSS)}\n${scoped(themeCss(LIGHT))}\n@media (prefers-color-scheme: dark){\n${scoped(themeCss(DARK))}\n}`;
}
