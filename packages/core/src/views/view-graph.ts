// The contract between view computation and everything that draws: a plain graph per view, in
// the words of the model (kinds, labels in one locale, classification, lifecycle status), with
// stable ids and a stable order so that the same model gives the same bytes.
import type { Classification, ViewKind } from '../model/vocabulary.js';

export type NodeKind = 'agency' | 'system' | 'data' | 'document' | 'interface' | 'platform' | 'trust';

/**
 * How a node or edge stands in time. In views at one plateau: `active`, or `planned` (it exists
 * here but its `from` is this plateau: it is new here) / `retiring` (it exists here but not at the
 * next plateau). In gap views: `new`, `eliminated`, `changed` or `kept`.
 */
export type Status = 'active' | 'planned' | 'retiring' | 'new' | 'eliminated' | 'changed' | 'kept';

export type EdgeKind =
  | 'consumes'
  | 'provides'
  | 'masters'
  | 'stores'
  | 'carries'
  | 'depends-on'
  | 'uses'
  | 'signs'
  | 'seals'
  | 'verifies'
  | 'with'
  | 'timestamp'
  | 'issuer'
  /** Aggregated traffic between two agencies in views too large to draw system by system. */
  | 'aggregate';

/**
 * The model's markers on an element. A node carries these keys; renderers draw them in the view's
 * locale (the words' `diagrams.badges`), and any other text as it is.
 */
export type ElementBadge = 'base registry' | 'personal' | 'legally binding' | 'open data' | 'deprecated' | 'accredited';

/**
 * The findings on what a node or edge draws, so a reviewer sees violations on the picture: the
 * worst unwaived severity (absent when every finding there is waived) and the rule ids.
 */
export interface FindingMark {
  readonly severity?: 'error' | 'warning' | 'info';
  /** True when some finding there is waived. */
  readonly waived: boolean;
  /** The rule ids of those findings, sorted. */
  readonly rules: readonly string[];
}

export interface ViewNode {
  /** Full name of the element it draws (unique in the view). */
  readonly id: string;
  readonly kind: NodeKind;
  /** Name in the view's locale (else the default locale, else the id). */
  readonly label: string;
  /** A second, smaller line: `SOAP 1.5.0`, `registry`, `CA`, or for aggregates `12 systems`. */
  readonly detail?: string;
  /** Data assets and interfaces; unstated counts as internal. */
  readonly classification?: Classification;
  readonly status: Status;
  /** The group (agency or platform) it is drawn inside, if any. */
  readonly group?: string;
  /** Short markers drawn as badges: ElementBadge keys (`base registry`, `personal`, …). */
  readonly badges: readonly string[];
  /** Tooltip text: full name, kind, names in other locales. */
  readonly tooltip: string;
  /** The element's page in the static site, relative to the site root: `system/mn.gasr.civil_registry.html`. */
  readonly href: string;
  /**
   * Findings on the element (for a node that stands for several, on any of them), when the view
   * was computed with findings; a finding inside a statement that an edge draws marks that edge
   * instead.
   */
  readonly findings?: FindingMark;
  /** How many systems an agency node stands for (agency landscapes, folded agencies); absent otherwise. */
  readonly count?: number;
}

export interface ViewGroup {
  readonly id: string;
  readonly kind: 'agency' | 'platform';
  readonly label: string;
  readonly status: Status;
  /** An enclosing group (a parent agency), if drawn. */
  readonly parent?: string;
  readonly tooltip: string;
  readonly href: string;
}

export interface ViewEdge {
  /** Stable: `${kind}:${from}->${to}` (with `#n` for a repeat). */
  readonly id: string;
  /** A node id. */
  readonly from: string;
  /** A node id. */
  readonly to: string;
  readonly kind: EdgeKind;
  /** Shown on the edge: the interface a consumption goes through, a signature level, a count. */
  readonly label?: string;
  readonly status: Status;
  readonly tooltip: string;
  /**
   * The site page, relative to the site root, of the element that states what the edge draws: the
   * interface for `provides`, else the element the edge starts at (for an edge that merges several
   * statements of different elements, the page of the node it starts at).
   */
  readonly href: string;
  /** Findings on the statements the edge draws, when the view was computed with findings. */
  readonly findings?: FindingMark;
  /** How many relations the edge stands for (aggregated and bundled edges); 1 when absent. */
  readonly count?: number;
  /**
   * Consumptions: the exchange platform they run via (its id; also on both legs of an exchange
   * drawn through the platform's node). Absent on a consumption that bypasses the exchange
   * platform, and on every other kind of edge.
   */
  readonly via?: string;
}

export interface ViewGraph {
  /** File-name-safe id: the declared view's full name, or a generated `landscape-current`, … */
  readonly id: string;
  readonly kind: ViewKind;
  /** Title in the view's locale, saying what is shown, at which plateau, and when aggregated. */
  readonly title: string;
  readonly locale: string;
  /** Plateau the view shows (id and label); for gap views the later one. */
  readonly plateau?: { readonly id: string; readonly label: string; readonly date: string };
  /** Gap views: the earlier plateau. */
  readonly compareFrom?: { readonly id: string; readonly label: string; readonly date: string };
  /** True for `view` declarations, false for generated default views. */
  readonly declared: boolean;
  /** True when systems were folded into their agencies because the view was too large. */
  readonly aggregated: boolean;
  /**
   * How it was folded, when aggregated: every system into its agency (`all`), the other agencies'
   * (`others`), or an integration's consumers (`consumers`). Its title says so.
   */
  readonly folding?: 'all' | 'others' | 'consumers';
  /** In a stable order (by id). */
  readonly nodes: readonly ViewNode[];
  readonly groups: readonly ViewGroup[];
  readonly edges: readonly ViewEdge[];
}
