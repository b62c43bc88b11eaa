// The views a build computed, remembered for the next one with what each read of the model, so that
// after an edit only the views it can change are computed again: the others are taken as they were.
// Computing a national model's 1 067 views took 1.6–1.9 s of every build, though the bench's edit
// changes three of them. Which views an edit can change is told by the elements whose digests
// changed (element-changes.ts) and what each view read (view-reads.ts); decision 0046 gives the
// rules, decision 0022 (the forty-fifth round) why they miss none, and a test checks them on every
// edit of the made-from battery. Kept in `out/.cache/views/` (views-file.ts) for the code and settings
// that wrote it.
import { createHash } from 'node:crypto';
import {
  computeView,
  PlateauProjections,
  viewSpecs,
  type Finding,
  type SemanticModel,
  type ViewDrawing,
  type ViewGraph,
  type ViewOptions,
  type ViewSpec,
} from '@gea-arch/core';
import { drawnGraphDigest, graphDigest, knowGraphDigests } from '@gea-arch/diagrams/node';
import {
  DRAWN,
  elementRecords,
  FOLLOWED,
  findingDigests,
  SHOWN,
  staleMasks,
  type ElementChanges,
  type ElementRecord,
} from './element-changes.js';
import type { ElementDigests } from './element-digests.js';
import { readsEverything, viewReads } from './view-reads.js';

/** One view as a build computed it. */
export interface RememberedView {
  /** Its spec, digested (`specDigest`). */
  readonly spec: string;
  readonly everything: boolean;
  /** What it read (view-reads.ts), by the places of the elements in its build's table. */
  readonly reads: Int32Array;
  /** Its graph's digests (graph-digests.ts): known when it is taken again without digesting it. */
  readonly whole: string;
  readonly drawn: string;
}

/** What a build remembers of its views: the model's elements and findings, digested, and the views. */
export interface ViewMemory {
  readonly plateaus: string;
  readonly elements: readonly ElementRecord[];
  readonly findings: ReadonlyMap<string, string>;
  /** By `keyOf` their spec. */
  readonly views: ReadonlyMap<string, RememberedView>;
  /** A view's graph, when it can still be read. */
  graphOf(view: RememberedView): ViewGraph | undefined;
}

/** What a build leaves for the next: its memory, and the graphs it computed by their digests. */
export interface ViewsToRemember {
  readonly memory: Omit<ViewMemory, 'graphOf'>;
  readonly computed: ReadonlyMap<string, ViewGraph>;
}

export interface RememberedViewsOptions {
  readonly locale?: string;
  readonly findings?: readonly Finding[];
}

/** A view computed in this build, remembered once its graph has been digested. */
interface Computed {
  readonly spec: string;
  readonly everything: boolean;
  readonly reads: Int32Array;
  readonly graph: ViewGraph;
}

/** The views of one build: each computed, or taken from `last` when the edit since cannot have changed it. */
export class RememberedViews {
  private readonly locale: string;
  private readonly projections: PlateauProjections;
  private readonly plateaus: string;
  private readonly elements: readonly ElementRecord[];
  private readonly findings: ReadonlyMap<string, string>;
  /** What changed since `last` (element-changes.ts). */
  private readonly changes?: ElementChanges;
  /** Each of `last`'s elements' place in this build's table. */
  private readonly places?: Int32Array;
  private readonly placeOf: (id: string) => number | undefined;
  private readonly views = new Map<string, RememberedView | Computed>();
  /** Views computed and taken so far. */
  readonly counts = { computed: 0, taken: 0 };

  constructor(
    private readonly model: SemanticModel,
    digests: ElementDigests,
    private readonly options: RememberedViewsOptions = {},
    private readonly last?: ViewMemory,
  ) {
    this.locale = options.locale ?? model.defaultLocale;
    this.projections = new PlateauProjections(model);
    this.plateaus = plateausDigest(model, digests);
    const before = new Map(last?.elements.map((record) => [record.id, record]));
    this.elements = elementRecords(model, digests, [this.locale, model.defaultLocale], before);
    this.findings = findingDigests(options.findings ?? []);
    const place = new Map(this.elements.map((record, index) => [record.id, index]));
    this.placeOf = (id) => place.get(id);
    if (last && last.plateaus === this.plateaus) {
      this.changes = staleMasks(last.elements, this.elements, last.findings, this.findings, model);
      this.places = Int32Array.from(last.elements, (record) => place.get(record.id) ?? -1);
    }
  }

  /** Every view of the model (as `computeViews` gives them), `foldOthers` folded. */
  all(foldOthers?: ViewOptions['foldOthers']): ViewGraph[] {
    return viewSpecs(this.model, { locale: this.locale, foldOthers }, this.projections).map((spec) => this.view(spec));
  }

  /** The view of `spec`, taken from the last build when nothing it read changed. */
  view(spec: ViewSpec): ViewGraph {
    const key = keyOf(spec);
    const digest = specDigest(spec);
    const last = this.last?.views.get(key);
    const taken = last && this.holds(last, digest) ? this.last!.graphOf(last) : undefined;
    if (last && taken) {
      knowGraphDigests(taken, last.whole, last.drawn);
      this.views.set(key, { ...last, reads: last.reads.map((read) => this.places![read >> 3]! * 8 + (read & 7)) });
      this.counts.taken++;
      return taken;
    }
    let drawing: ViewDrawing | undefined;
    const graph = computeView(this.model, spec, this.projections, this.options.findings, (drawn) => (drawing = drawn));
    const reads = drawing ? viewReads(spec, drawing, this.model, this.placeOf) : new Int32Array();
    this.views.set(key, { spec: digest, everything: readsEverything(spec), reads, graph });
    this.counts.computed++;
    return graph;
  }

  /** What this build remembers for the next: the views computed or taken so far, and the graphs it computed. */
  remembered(): ViewsToRemember {
    const views = new Map<string, RememberedView>();
    const computed = new Map<string, ViewGraph>();
    for (const [key, view] of this.views) {
      if ('whole' in view) views.set(key, view);
      else {
        const { graph, ...read } = view;
        const whole = graphDigest(graph);
        views.set(key, { ...read, whole, drawn: drawnGraphDigest(graph) });
        computed.set(whole, graph);
      }
    }
    return { memory: { plateaus: this.plateaus, elements: this.elements, findings: this.findings, views }, computed };
  }

  private holds(last: RememberedView, digest: string): boolean {
    if (!this.changes || last.spec !== digest) return false;
    const { masks, beyondNames } = this.changes;
    // A view of the whole model reads every element's label and all else it says, and shows in full only what it shows.
    if (last.everything && beyondNames) return false;
    const ways = last.everything ? SHOWN : SHOWN | DRAWN | FOLLOWED;
    for (const read of last.reads) if ((read & ways & masks[read >> 3]!) !== 0) return false;
    return true;
  }
}

/** A view and its folded version are remembered apart. */
function keyOf(spec: ViewSpec): string {
  return spec.foldOthers ? `${spec.id}\tfolded` : spec.id;
}

/** All a spec says, by the ids of the elements it names. */
function specDigest(spec: ViewSpec): string {
  return JSON.stringify([
    spec.kind,
    spec.declared,
    spec.title ?? null,
    spec.of?.id ?? null,
    spec.at.id,
    spec.from?.id ?? null,
    spec.include.map((element) => element.id),
    spec.exclude.map((element) => element.id),
    spec.tags,
    spec.groupBy,
    spec.depth,
    spec.level,
    spec.locale,
    spec.foldOthers === true,
  ]);
}

/** The plateaus, in order: every view's statuses compare neighbouring ones. */
function plateausDigest(model: SemanticModel, digests: ElementDigests): string {
  const hash = createHash('sha256');
  for (const plateau of model.plateaus) hash.update(`${digests.of(plateau).digest} `);
  return hash.digest('base64url');
}
