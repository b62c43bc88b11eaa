// Digests of a view's graph: of everything it says, and of what a picture of it shows. A tooltip
// (a node's full name, kind, names in other locales, description) and a link to the site's page
// are carried only by an SVG; a PNG (drawn from the SVG, whose <title> and <a> draw nothing), a
// Mermaid and a PlantUML file show neither. So a description or an English name changed in a
// popular element — the exchange platform is in most views — draws its SVGs again, not the
// pictures (622 PNGs of the national model, two minutes).
import { createHash } from 'node:crypto';
import type { ViewGraph } from '@gea-arch/core';

interface GraphDigests {
  /** Everything the graph says. */
  readonly whole: string;
  /** Everything but the tooltips and links. */
  readonly drawn: string;
}

const digests = new WeakMap<ViewGraph, GraphDigests>();

/** A digest of everything `graph` says (made once per graph object). */
export function graphDigest(graph: ViewGraph): string {
  return digestsOf(graph).whole;
}

/** A digest of what a picture of `graph` shows: all it says but its tooltips and links (made once per graph object). */
export function drawnGraphDigest(graph: ViewGraph): string {
  return digestsOf(graph).drawn;
}

/**
 * Makes `whole` and `drawn` the digests of `graph`, as digesting it would: a graph a build takes
 * from the last one as it was (compiler `remembered-views.ts`), with the digests it had there.
 */
export function knowGraphDigests(graph: ViewGraph, whole: string, drawn: string): void {
  digests.set(graph, { whole, drawn });
}

/** The parts of a node, group or edge that only an SVG carries. */
interface SvgOnly {
  readonly tooltip?: string;
  readonly href?: string;
}

// The whole digest is made from the drawn one and the parts left out of it, in order: the graph's
// JSON is written once (29 M characters for the national model's 1 067 views), not twice.
function digestsOf(graph: ViewGraph): GraphDigests {
  let known = digests.get(graph);
  if (!known) {
    const drawn = sha256(
      JSON.stringify({
        ...graph,
        nodes: graph.nodes.map(drawnPart),
        groups: graph.groups.map(drawnPart),
        edges: graph.edges.map(drawnPart),
      }),
    );
    const svgOnly = JSON.stringify([graph.nodes.map(svgOnlyPart), graph.groups.map(svgOnlyPart), graph.edges.map(svgOnlyPart)]);
    known = { drawn, whole: sha256(`${drawn}\n${svgOnly}`) };
    digests.set(graph, known);
  }
  return known;
}

function drawnPart<T extends SvgOnly>({ tooltip: _tooltip, href: _href, ...drawn }: T): Omit<T, keyof SvgOnly> {
  return drawn;
}

function svgOnlyPart({ tooltip, href }: SvgOnly): [string | undefined, string | undefined] {
  return [tooltip, href];
}

function sha256(text: string): string {
  // As UTF-16 code units: encoding 29 M characters of a national model's graphs as UTF-8 first took longer than hashing them.
  return createHash('sha256').update(text, 'utf16le').digest('base64url');
}
