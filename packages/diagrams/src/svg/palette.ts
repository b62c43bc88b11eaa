// The diagram's embedded style sheet: every colour lives here, once per theme (light, and dark
// under `prefers-color-scheme`), keyed by the classes the renderer puts on shapes, lines and text.
import { DARK, LIGHT, type Palette } from '../chrome/colours.js';

/** Colour-free rules: line widths and dash patterns (the non-colour cues). */
const STRUCTURE_CSS = [
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
  '.edge.s-planned .line,.edge.s-new .line,.edge-swatch.s-planned .line,.edge-swatch.s-new .line{stroke-width:2.6}',
  // A line's status has a cue besides its colour, as a box's has (OUTPUTS.md): dotted when it ends, heavy when it changes.
  '.edge.s-retiring .line,.edge.s-eliminated .line,.edge-swatch.s-retiring .line,.edge-swatch.s-eliminated .line{stroke-dasharray:1.5 3.5;stroke-linecap:round}',
  '.edge.s-changed .line,.edge-swatch.s-changed .line{stroke-width:3.4}',
  '.e-signs .line{stroke-width:2.4}',
  '.e-seals .line{stroke-width:1.8}',
  '.many .line{stroke-width:2.6}',
  '.marker{stroke-width:1.3;stroke-linejoin:round}',
  '.halo{fill:none;stroke-width:9;stroke-opacity:.35;stroke-linejoin:round}',
  '.f-warning .halo{stroke-dasharray:10 3}',
  '.f-waived .halo{stroke-width:5;stroke-opacity:.7;stroke-dasharray:2 3}',
  '.sign circle,.sign path{stroke-width:1.5}',
  '.keyed rect{stroke-width:1.4}',
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
    rules.push(
      `.e-${kind} .line{stroke:${colour}}`,
      `.m-${kind}{fill:${colour};stroke:${colour}}`,
      `.m-${kind}.hollow{fill:${p.background}}`,
    );
  }
  rules.push(
    `.edge-label rect{fill:${p.edgeLabel.fill};stroke:${p.edgeLabel.stroke}}`,
    `.edge-label text{fill:${p.edgeLabel.ink}}`,
    `.legend-frame{fill:${p.legend.fill};stroke:${p.legend.stroke}}`,
    `.sign text{fill:${p.background}}`,
  );
  for (const [level, colour] of Object.entries(p.findings)) {
    rules.push(
      `.f-${level} .halo{stroke:${colour}}`,
      `.sign-${level} circle,.sign-${level} path{fill:${colour};stroke:${colour}}`,
      `.badge-f-${level} rect{fill:${colour}}`,
    );
  }
  rules.push(
    `.sign-waived circle{fill:${p.background}}`,
    `.badge-f-waived rect{fill:${p.background};stroke:${p.findings.waived}}`,
    `.badge-f-waived text{fill:${p.findings.waived}}`,
    `.keyed rect{stroke:${p.ink}}`,
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

/**
 * The whole style sheet: text in `fontFamily` (sans-serif where a reader lacks it), structure,
 * light colours, and dark colours for dark-scheme viewers.
 */
export function diagramCss(fontFamily: string): string {
  const font = `svg{font-family:${JSON.stringify(fontFamily)},sans-serif}`;
  return `${scoped(`${font}\n${STRUCTURE_CSS}`)}\n${scoped(themeCss(LIGHT))}\n@media (prefers-color-scheme: dark){\n${scoped(themeCss(DARK))}\n}`;
}
