// What an element's or a view's page is made from, as a digest: staging links a page unchanged
// while it is the digest recorded for it, without making it again (a national site is 22 000 pages;
// an edit that adds or removes no declaration changes those of the few elements it touches, as
// every page's frame counts the declarations).
// The digest covers everything the page writers read: the page's element (with where it is
// declared) and every element it names; the relationships both ways and the elements at their other
// ends; the views it appears in, with their titles; its findings and the waivers they name; its spec
// files; the drawings it inlines (by what the diagrams section made them from); for a view, its
// graph and the elements it shows; and what every page's frame shows (the model's name, how many
// files and elements, the highest classification, the build's locale) and gea itself. Of every
// element but the page's own, a page shows names in the site's languages and no description, and
// counts it so (decision 0042). A page whose drawing says nothing of what it is made from (no
// diagrams section) has no digest: it is made.
// test/build/made-from.test.ts edits the example model every way it can and checks that whenever a
// page changes, so does its digest.
import type { Element, Finding, ViewGraph } from '@gea-arch/core';
import { graphDigest } from '@gea-arch/diagrams/node';
import { ElementDigests } from '../build/element-digests.js';
import { SITE_LOCALES } from './bilingual.js';
import { ownDiagramViews } from './element-page.js';
import type { SiteContext } from './site-context.js';

export class PageDigests {
  private readonly elements: ElementDigests;
  private readonly frame: string;
  /** The locales a page names other elements in: the site's, and the default one they fall back to. */
  private readonly locales: readonly string[];

  /** `madeWith`: which gea makes the pages (build-stamp.ts `toolIdentity`). */
  constructor(
    private readonly site: SiteContext,
    madeWith: string,
  ) {
    this.elements = ElementDigests.of(site.model);
    this.locales = [...new Set([...SITE_LOCALES, site.defaultLocale])];
    this.frame = JSON.stringify([
      madeWith,
      site.name,
      site.locale,
      site.openLocale,
      site.defaultLocale,
      site.files,
      site.elements.length,
      site.classification,
      site.model.plateaus[0]?.id,
    ]);
  }

  /** The digest of an element's page, made when first asked; undefined when it cannot be told. */
  ofElement(element: Element): () => string | undefined {
    return once(() => {
      const inputs = new Inputs(this.site);
      inputs.element(element);
      const drawn = ownDiagramViews(element, this.site).map(({ view }) => view);
      return inputs.drawings(drawn) ? this.digest(inputs) : undefined;
    });
  }

  /** The digest of a view's page, made when first asked; undefined when it cannot be told. */
  ofView(view: ViewGraph): () => string | undefined {
    return once(() => {
      const inputs = new Inputs(this.site);
      // The graph's digest, made once per graph (and already made for its layout key): the JSON of
      // L's 1 067 graphs is 29 M characters.
      inputs.more.push(graphDigest(view), inputs.titles(view));
      for (const id of [...view.groups.map((group) => group.id), ...view.nodes.map((node) => node.id)]) {
        const shown = this.site.model.byId.get(id);
        if (shown) inputs.shown.add(shown);
      }
      const declared = this.site.model.byId.get(view.id);
      if (declared?.kind === 'view') inputs.element(declared);
      const downloads = ['svg', 'png', 'mmd', 'puml'].filter((extension) => this.site.diagrams?.has(`${view.id}.${extension}`));
      inputs.more.push(downloads.join(' '));
      return inputs.drawings([view]) ? this.digest(inputs) : undefined;
    });
  }

  private digest(inputs: Inputs): string {
    // A page shows the description and every name of its own element only; of the others their
    // names in the site's languages (bilingual.ts `nameHtml`).
    const namedIn = { locales: this.locales, inFull: (element: Element) => inputs.read.has(element) };
    // The frame is one more piece of text: one hash per page, not a second one over the first.
    inputs.more.push(this.frame);
    return this.elements.ofInputs(inputs.read, inputs.shown, inputs.more, namedIn);
  }
}

/** What one page reads: elements read in full (and what they name), elements shown by name, and the rest as text. */
class Inputs {
  readonly read = new Set<Element>();
  readonly shown = new Set<Element>();
  readonly more: string[] = [];

  constructor(private readonly site: SiteContext) {}

  element(element: Element): void {
    const site = this.site;
    this.read.add(element);
    this.more.push(`${element.kind} ${element.id} at ${site.relativePath(element.source.uri)}:${element.source.start.line}`);
    for (const relation of site.relations.outgoing(element)) this.relation(`→ ${relation.kind}`, relation.to);
    for (const relation of site.relations.incoming(element)) this.relation(`← ${relation.kind}`, relation.from);
    for (const view of site.viewsOf(element.id)) this.more.push(`in ${view.id} ${this.titles(view)}`);
    for (const finding of site.findingsOf(element.id)) this.finding(finding);
    this.more.push(`specs ${site.specFilesOf(element.id).join(' ')}`);
  }

  /** Each view's drawing, by what it is made from; false when one does not say. */
  drawings(views: readonly ViewGraph[]): boolean {
    const diagrams = this.site.diagrams;
    for (const view of views) {
      const path = `${view.id}.svg`;
      if (!diagrams?.has(path)) continue;
      const from = diagrams.madeFrom?.(path);
      if (from === undefined) return false;
      this.more.push(`drawing ${view.id} ${from} ${this.titles(view)}`);
    }
    return true;
  }

  titles(view: ViewGraph): string {
    return `${view.title} ${this.site.viewTitleHtml(view)}`;
  }

  private relation(kind: string, other: Element): void {
    this.more.push(`${kind} ${other.kind} ${other.id}`);
    this.shown.add(other);
  }

  private finding(finding: Finding): void {
    this.more.push(JSON.stringify(finding), this.site.relativePath(finding.source.uri));
    const waiver = finding.waiver !== undefined ? this.site.model.byId.get(finding.waiver) : undefined;
    if (waiver) this.shown.add(waiver);
  }
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
