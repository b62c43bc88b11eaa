// The site's one style sheet (`assets/site.css`): readable type in the bundled Noto Sans, the
// locale switch (only the chosen language's spans show), the classification banner, tables,
// diagrams, focus rings and a dark variant. Colours meet WCAG AA contrast on their backgrounds;
// severity and classification are also said in words, never by colour alone. Class names keep
// clear of those the inlined diagrams style (`.node`, `.label`, `.title`, …).

export const SITE_CSS = `@font-face { font-family: "Noto Sans"; font-weight: 400; src: url("fonts/NotoSans-Regular.ttf") format("truetype"); }
@font-face { font-family: "Noto Sans"; font-weight: 700; src: url("fonts/NotoSans-Bold.ttf") format("truetype"); }
:root {
  --ink: #1b1f24; --muted-ink: #4a535e; --paper: #ffffff; --panel: #f3f5f7; --rule: #c9d0d7; --link: #0b57a4; --focus: #c2410c;
  --error: #b42318; --warning: #8a5300; --info: #1d5fa8; --waived: #5b6470;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --ink: #e6e9ed; --muted-ink: #b3bcc6; --paper: #15191e; --panel: #1f252c; --rule: #3a434d; --link: #8cc4ff; --focus: #fdba74;
    --error: #ff8b80; --warning: #f5c451; --info: #8cc4ff; --waived: #b3bcc6; }
}
html[data-locale="mn"] .l-en, html[data-locale="en"] .l-mn { display: none; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 "Noto Sans", system-ui, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; overflow-wrap: anywhere; }
/* A name with no space to break at (an imported register's) wraps rather than widening the page. */
h1, h2, h3, p, li, dd, td { overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0.4rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 0.6rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--paper); padding: 0.4rem 0.8rem; z-index: 10; }
.skip:focus { top: 0.5rem; }
.banner { padding: 0.3rem 1rem; font-weight: 700; text-align: center; font-size: 0.9rem; }
.banner-public { background: #1e6b3a; color: #ffffff; }
.banner-internal { background: #2f4d6b; color: #ffffff; }
.banner-restricted { background: #f2b01e; color: #1b1f24; }
.banner-secret { background: #a4161a; color: #ffffff; }
header.top { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: center; padding: 0.6rem 1rem; background: var(--panel); border-bottom: 1px solid var(--rule); }
header.top .home { font-weight: 700; text-decoration: none; color: var(--ink); flex: 1 1 20rem; }
.search { position: relative; flex: 0 1 24rem; }
.search input { width: 100%; padding: 0.4rem 0.6rem; font: inherit; border: 1px solid var(--muted-ink); border-radius: 4px; background: var(--paper); color: var(--ink); }
.search-status { position: absolute; margin: 0; right: 0.6rem; top: 0.45rem; font-size: 0.8rem; color: var(--muted-ink); pointer-events: none; }
.search-results { position: absolute; z-index: 5; left: 0; right: 0; margin: 0.2rem 0 0; padding: 0.3rem 0; list-style: none; background: var(--paper);
  border: 1px solid var(--rule); border-radius: 4px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); max-height: 60vh; overflow-y: auto; }
.search-results a { display: block; padding: 0.3rem 0.7rem; text-decoration: none; color: var(--ink); }
.search-results a:hover, .search-results a:focus { background: var(--panel); }
.search-results .result-kind { font-size: 0.8rem; color: var(--muted-ink); margin-right: 0.4rem; }
.search-results .result-id { display: block; font-size: 0.8rem; color: var(--muted-ink); }
.locale-switch button { font: inherit; padding: 0.25rem 0.7rem; border: 1px solid var(--muted-ink); background: var(--paper); color: var(--ink); cursor: pointer; }
.locale-switch button:first-child { border-radius: 4px 0 0 4px; }
.locale-switch button:last-child { border-radius: 0 4px 4px 0; margin-left: -1px; }
.locale-switch button[aria-pressed="true"] { background: var(--ink); color: var(--paper); }
nav.site-nav { padding: 0.3rem 1rem; border-bottom: 1px solid var(--rule); }
nav.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0; padding: 0; list-style: none; }
nav.site-nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
main { display: block; max-width: 84rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
footer { max-width: 84rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted-ink); font-size: 0.85rem; }
.breadcrumb { margin: 0; font-size: 0.9rem; }
.note { color: var(--muted-ink); font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
table.findings, .gea-gap table { width: 100%; }
.scrolled { overflow-x: auto; }
.scrolled td:first-child { min-width: 12rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); }
thead th { background: var(--panel); position: sticky; top: 0; }
tbody tr:nth-child(even) { background: color-mix(in srgb, var(--panel) 55%, transparent); }
dl.props, dl.relations { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 0.3rem 1rem; margin: 0.5rem 0; }
dl.props dt, dl.relations dt { color: var(--muted-ink); }
dl.props dd, dl.relations dd { margin: 0; }
dl.props dd p { margin: 0 0 0.3rem; }
ul.columns { columns: 24rem; padding-left: 1.2rem; }
ul.columns li { break-inside: avoid; }
ul.files { padding-left: 1.2rem; }
table.findings td:nth-child(2) code, .nowrap { white-space: nowrap; }
.sev { display: inline-block; padding: 0 0.45rem; border-radius: 3px; font-size: 0.85rem; font-weight: 700; color: #ffffff; white-space: nowrap; }
.sev-error { background: #b42318; }
.sev-warning { background: #8a5300; }
.sev-info { background: #1d5fa8; }
.sev-waived { background: #5b6470; }
.cert-expired { color: var(--error); font-weight: 700; }
.cert-expiring { color: var(--warning); font-weight: 700; }
.filters { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: end; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: 0.9rem; }
.filters select { font: inherit; padding: 0.25rem; max-width: 22rem; background: var(--paper); color: var(--ink); }
.pager ul { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; list-style: none; padding: 0; margin: 0.3rem 0; }
.pager p { margin: 0.3rem 0 0; font-size: 0.9rem; }
figure.diagram { margin: 1rem 0; border: 1px solid var(--rule); border-radius: 4px; background: var(--panel); }
.diagram-tools { display: flex; gap: 0.3rem; padding: 0.3rem; border-bottom: 1px solid var(--rule); }
.diagram-tools button { font: inherit; min-width: 2.2rem; padding: 0.1rem 0.5rem; border: 1px solid var(--muted-ink); border-radius: 4px; background: var(--paper); color: var(--ink); cursor: pointer; }
.viewport { position: relative; overflow: hidden; height: 70vh; min-height: 16rem; cursor: grab; touch-action: none; background: var(--paper); }
.viewport.dragging { cursor: grabbing; }
.viewport > svg { position: absolute; left: 0; top: 0; transform-origin: 0 0; max-width: none; }
figure.diagram figcaption { padding: 0.3rem 0.6rem; font-size: 0.85rem; color: var(--muted-ink); }
`;
