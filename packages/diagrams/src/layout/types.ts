// The contract between layout and rendering: a view graph with every box, label line and edge
// route placed, in one coordinate system (pixels, origin top-left of the diagram body).
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Lines of text already wrapped to fit, with the font size they were measured at. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly bold: boolean;
  /** Widest line, measured with the bundled Noto Sans. */
  readonly width: number;
}

export interface PlacedNode extends Box {
  readonly node: ViewNode;
  readonly label: TextBlock;
  readonly detail?: TextBlock;
}

export interface PlacedGroup extends Box {
  readonly group: ViewGroup;
  readonly label: TextBlock;
}

export interface PlacedEdge {
  readonly edge: ViewEdge;
  /** From the source node's border to the target node's border, with every bend in between. */
  readonly points: readonly Point[];
  /** Where the label sits, on its line; `key` when a number stands for the text (the legend's key gives it). */
  readonly label?: Box & { readonly text: TextBlock; readonly key?: number };
}

export interface ViewLayout {
  readonly graph: ViewGraph;
  readonly width: number;
  readonly height: number;
  /** In the graph's node order. */
  readonly nodes: readonly PlacedNode[];
  /** Outer groups before inner ones (parents before children). */
  readonly groups: readonly PlacedGroup[];
  /** In the graph's edge order. */
  readonly edges: readonly PlacedEdge[];
  /** Which candidate layout was kept (`nested-RIGHT-inline`, …, `grid` when ELK failed). */
  readonly plan?: string;
  /** What went wrong on the way (a failed or slow candidate), each naming the view. */
  readonly warnings?: readonly string[];
}
